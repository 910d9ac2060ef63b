package benchdb

import (
	"path/filepath"
	"testing"
)

func TestTheNameCarriesTheSize(t *testing.T) {
	t.Setenv("FRONTDESK_BENCH_DIR", "/bench")
	t.Setenv("FRONTDESK_BENCH_ORDERS", "100000")
	s, err := FromEnv()
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join("/bench", "orders-100000-tickets-200000-requests-20000-v10.db"); s.Path(10) != want {
		t.Errorf("%s, want %s", s.Path(10), want)
	}
	t.Setenv("FRONTDESK_BENCH_TICKETS", "-3")
	if _, err := FromEnv(); err == nil {
		t.Error("a negative count was taken")
	}
}
