package store

import (
	"errors"
	"path/filepath"
	"testing"
	"time"

	"frontdesk/internal/planted"
)

// A search that meets a damaged order among those it finds shows the
// intact ones and names the damaged one, which is not shown, in its
// result and in the store's damage for every screen.
func TestASearchGoesOnPastADamagedHead(t *testing.T) {
	path := filepath.Join(t.TempDir(), "station.db")
	s := openAt(t, path, newClock())
	stored(t, s, 10, time.Minute)
	planted.Digit(t, path, []byte(`"phone":"13800000005"`), len(`"phone":"138`))

	res, err := s.Search("1380000", 20)
	if err != nil {
		t.Fatalf("search: %v", err)
	}
	var ids []uint64
	for _, h := range res.Heads {
		ids = append(ids, h.ID)
		if h.Phone == "13800000005" || h.ID == 5 {
			t.Errorf("the damaged head is shown: %+v", h)
		}
	}
	if len(ids) != 9 {
		t.Errorf("intact heads found: %v, want the other 9", ids)
	}
	if len(res.Damage) != 1 || res.Damage[0].Bucket != "order_heads" || res.Damage[0].Key != "5" {
		t.Fatalf("damage named: %+v, want order_heads 5", res.Damage)
	}
	if err := res.Err(path); !errors.Is(err, ErrDamaged) {
		t.Errorf("the result as an error: %v, want ErrDamaged", err)
	}
	if got := snap(t, s); len(got.Damage) != 1 || got.Damage[0].Key != "5" {
		t.Errorf("the store's damage for the screens: %+v", got.Damage)
	}
	if res, err := s.Search("13800000007", 20); err != nil || len(res.Heads) != 1 || len(res.Damage) != 0 {
		t.Errorf("a search that meets no damage: %+v %v", res, err)
	}
}
