package desk

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"frontdesk/config"
	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/tui/common"
)

// withStore is a desk at counter 3 on a real database file, with a clock
// that moves a second on every reading, so arrival order is real.
func withStore(t *testing.T) (Model, *store.Store) {
	t.Helper()
	cfg := queue.DefaultConfig()
	clock := fixed
	now := func() time.Time { clock = clock.Add(time.Second); return clock }
	path := filepath.Join(t.TempDir(), "s.db")
	st, err := store.Open(store.Options{Path: path, Queue: cfg, Now: now, NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	return withStoreAt(t, st, path, now)
}

// withStoreAt is another desk at counter 3 on the same database, as after
// a restart.
func withStoreAt(t *testing.T, st *store.Store, path string, now func() time.Time) (Model, *store.Store) {
	c := common.New(st, queue.DefaultConfig(), "zh", true, now)
	c.Repair, c.Station, c.Print = repair.DefaultConfig(), config.Default().Station, config.Default().Print
	m := New(c, nil, Options{DB: path, Counter: 3, Engineer: "张工"})
	m = send(m, tea.WindowSizeMsg{Width: 100, Height: 30})
	return run(m, common.Load(st)), st
}

func hit(m Model, k string) Model {
	for _, msg := range press(k) {
		next, cmd := m.Update(msg)
		m = run(next.(Model), cmd)
	}
	return m
}

// TestDeskSavesThenSays: each action is written, and only after the commit
// returned does the desk say "已保存".
func TestDeskSavesThenSays(t *testing.T) {
	m, st := withStore(t)
	for _, code := range []string{"A", "B", "A"} {
		if _, _, err := st.Take(code, false, "kiosk"); err != nil {
			t.Fatal(err)
		}
	}
	m = run(m, common.Load(st))
	if got := plain(m); !strings.Contains(got, "本台可叫 3") {
		t.Fatalf("queue not shown:\n%s", got)
	}
	m = hit(m, "n")
	v := plain(m)
	if !strings.Contains(v, "已保存 · A001 已叫号") || !strings.Contains(v, "「请排队号为A001号的用户到3号接待台来,我们将为您服务,谢谢!」") {
		t.Fatalf("call not saved/shown:\n%s", v)
	}
	snap, _ := st.Snapshot()
	if snap.Tickets[0].State != queue.Called || snap.Tickets[0].Counter != 3 {
		t.Fatalf("store has %+v", snap.Tickets[0])
	}
	// Calling again while A001 is at the counter is refused, nothing changes.
	m = hit(m, "n")
	if !strings.Contains(plain(m), "本台还有当前客户") {
		t.Fatalf("second call not refused:\n%s", plain(m))
	}
	m = hit(m, "r")
	m = hit(m, "s")
	if !strings.Contains(plain(m), "A001 开始服务") {
		t.Fatalf("start:\n%s", plain(m))
	}
	m = hit(m, "f")
	m = hit(m, "n")
	m = hit(m, "x") // B001 does not come
	if !strings.Contains(plain(m), "B001 已过号") {
		t.Fatalf("no-show:\n%s", plain(m))
	}
	// Select the no-show (last row) and bring it back: it queues near the front.
	for range 5 {
		m = hit(m, "down")
	}
	m = hit(m, "b")
	if !strings.Contains(plain(m), "B001 过号回来") {
		t.Fatalf("return:\n%s", plain(m))
	}
	m = hit(m, "p")
	m = hit(m, "n")
	if !strings.Contains(plain(m), "本台已暂停,先恢复再叫号") {
		t.Fatalf("paused counter called:\n%s", plain(m))
	}
	evs, err := st.Events(0, 100)
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, e := range evs {
		kinds = append(kinds, e.Kind)
	}
	want := "take take take signin call recall start finish call noshow return pause"
	if got := strings.Join(kinds, " "); got != want && got != strings.Replace(want, " signin", "", 1) {
		t.Errorf("events %q, want %q", got, want)
	}
}

func TestDeskTransfer(t *testing.T) {
	m, st := withStore(t)
	if _, _, err := st.Take("C", false, "kiosk"); err != nil {
		t.Fatal(err)
	}
	m = run(m, common.Load(st))
	m = hit(m, "n")
	m = hit(m, "t")
	m = hit(m, "d") // to business customers
	m = hit(m, "4") // at counter 4
	if !strings.Contains(plain(m), "C001 已转移") {
		t.Fatalf("transfer:\n%s", plain(m))
	}
	snap, _ := st.Snapshot()
	if tk := snap.Tickets[0]; tk.State != queue.Transferred || tk.Type != "D" || tk.ToCounter != 4 {
		t.Fatalf("store has %+v", tk)
	}
}
