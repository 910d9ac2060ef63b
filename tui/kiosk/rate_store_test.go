package kiosk

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"frontdesk/care"
	"frontdesk/queue"
	"frontdesk/store"
	"frontdesk/tui/common"
)

// TestC1_KioskRatesOnARealStore: on a real database where counter 3
// finished A001 and A002 waits, the kiosk — rating through the store it
// was given — rates A001 once: the second time it is rated already; A002
// has not ended; A099 was not issued today. Each refusal is said, and only
// the first rating is stored.
func TestC1_KioskRatesOnARealStore(t *testing.T) {
	cfg := queue.DefaultConfig()
	st, err := store.Open(store.Options{Path: filepath.Join(t.TempDir(), "fd.db"), Queue: cfg, Now: func() time.Time { return fixed }, NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for _, step := range []func() (queue.Ticket, error){
		func() (queue.Ticket, error) { tk, _, err := st.Take("A", false, who); return tk, err },
		func() (queue.Ticket, error) { tk, _, err := st.Take("A", false, who); return tk, err },
		func() (queue.Ticket, error) { return st.CallNext(3, "张三丰") },
		func() (queue.Ticket, error) { return st.Start(3, "张三丰") },
		func() (queue.Ticket, error) { return st.Finish(3, "张三丰") },
	} {
		if _, err := step(); err != nil {
			t.Fatal(err)
		}
	}
	c := common.New(st, cfg, "zh", true, func() time.Time { return fixed })
	kiosk, _ := update(t, New(c, nil), tea.WindowSizeMsg{Width: 80, Height: 24})
	rateAs := func(number string) Model {
		t.Helper()
		m, _ := update(t, kiosk, press("+"))
		m, _ = update(t, m, typeIn(number)...)
		m, cmd := update(t, m, press("enter"), press("4"))
		return sent(t, m, cmd)
	}
	if m := rateAs("a1"); m.mode != rated || !strings.Contains(plain(m), "感谢您的评价!") {
		t.Fatalf("A001 not rated:\n%s", plain(m))
	}
	for number, want := range map[string]string{"A001": "本次服务已经评价过了", "A002": "这个号的服务还没有结束", "A099": "今天没有这个排队号"} {
		if m := rateAs(number); m.mode != rateNumber || !strings.Contains(plain(m), want) {
			t.Errorf("%s: mode %d, want %q:\n%s", number, m.mode, want, plain(m))
		}
	}
	n := 0
	err = st.RatingsBetween(fixed.Add(-time.Hour), fixed.Add(time.Hour), func(rs []care.Rating) error {
		for _, r := range rs {
			if r.Score != 4 || r.Channel != care.AtKiosk || r.Service.Ticket != "A001" {
				t.Errorf("stored %+v", r)
			}
		}
		n += len(rs)
		return nil
	})
	if err != nil || n != 1 {
		t.Fatalf("%d ratings stored (%v), want A001's", n, err)
	}
}
