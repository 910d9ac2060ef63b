package queuepanel

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"frontdesk/queue"
	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/internal/desktest"
)

// withStore is the queue screen at counter 3 on a real database file, with
// a clock that moves a second on every reading, so arrival order is real.
func withStore(t *testing.T) (*desk, *store.Store) {
	t.Helper()
	clock := desktest.Fixed
	now := func() time.Time { clock = clock.Add(time.Second); return clock }
	st, err := store.Open(store.Options{Path: filepath.Join(t.TempDir(), "s.db"), Queue: queue.DefaultConfig(), Now: now, NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	c := desktest.CommonWith(st, "zh")
	c.Now = now
	return open(c, 100, 30), st
}

// take issues tickets of the codes at the kiosk and reloads the screen.
func take(t *testing.T, d *desk, st *store.Store, codes ...string) {
	t.Helper()
	for _, code := range codes {
		if _, _, err := st.Take(code, false, "kiosk"); err != nil {
			t.Fatal(err)
		}
	}
	d.run(common.Load(st))
}

// TestDeskSavesThenSays: each action is written, and only after the commit
// returned does the desk say "已保存".
func TestDeskSavesThenSays(t *testing.T) {
	d, st := withStore(t)
	take(t, d, st, "A", "B", "A")
	if got := d.Plain(); !strings.Contains(got, "本台可叫 3") {
		t.Fatalf("queue not shown:\n%s", got)
	}
	d.keys("n")
	v := d.Plain()
	if !strings.Contains(v, "已保存 · A001 已叫号") || !strings.Contains(v, "「请排队号为A001号的用户到3号接待台来,我们将为您服务,谢谢!」") {
		t.Fatalf("call not saved/shown:\n%s", v)
	}
	snap, _ := st.Snapshot()
	if snap.Tickets[0].State != queue.Called || snap.Tickets[0].Counter != 3 {
		t.Fatalf("store has %+v", snap.Tickets[0])
	}
	// Calling again while A001 is at the counter is refused, nothing changes.
	d.keys("n")
	if !strings.Contains(d.Plain(), "本台还有当前客户") {
		t.Fatalf("second call not refused:\n%s", d.Plain())
	}
	d.keys("r", "s")
	if !strings.Contains(d.Plain(), "A001 开始服务") {
		t.Fatalf("start:\n%s", d.Plain())
	}
	d.keys("f", "n", "x") // B001 does not come
	if !strings.Contains(d.Plain(), "B001 已过号") {
		t.Fatalf("no-show:\n%s", d.Plain())
	}
	// Select the no-show (last row) and bring it back: it queues near the front.
	for range 5 {
		d.keys("down")
	}
	d.keys("b")
	if !strings.Contains(d.Plain(), "B001 过号回来") {
		t.Fatalf("return:\n%s", d.Plain())
	}
	d.keys("p", "n")
	if !strings.Contains(d.Plain(), "本台已暂停,先恢复再叫号") {
		t.Fatalf("paused counter called:\n%s", d.Plain())
	}
	evs, err := st.Events(0, 100)
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, e := range evs {
		kinds = append(kinds, e.Kind)
	}
	// The sign-in is the root's: the queue screen's own events only.
	if got, want := strings.Join(kinds, " "), "take take take call recall start finish call noshow return pause"; got != want {
		t.Errorf("events %q, want %q", got, want)
	}
}

func TestDeskTransfer(t *testing.T) {
	d, st := withStore(t)
	take(t, d, st, "C")
	d.keys("n", "t")
	d.keys("d") // to business customers
	d.keys("4") // at counter 4
	if !strings.Contains(d.Plain(), "C001 已转移") {
		t.Fatalf("transfer:\n%s", d.Plain())
	}
	snap, _ := st.Snapshot()
	if tk := snap.Tickets[0]; tk.State != queue.Transferred || tk.Type != "D" || tk.ToCounter != 4 {
		t.Fatalf("store has %+v", tk)
	}
}
