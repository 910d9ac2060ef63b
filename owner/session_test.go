package owner_test

import (
	"errors"
	"path/filepath"
	"testing"
	"time"

	"frontdesk/client"
	"frontdesk/owner/ownertest"
	"frontdesk/staff"
	"frontdesk/store"
)

// TestASessionActsAsItsPerson: a connection inside the owner for an SSH
// session's person does what the person's role may and nothing else, and
// every event it causes names the person, whatever name its program sent.
func TestASessionActsAsItsPerson(t *testing.T) {
	st, err := store.Open(store.Options{Path: filepath.Join(t.TempDir(), "s.db"), Queue: stationQueue(), Timeout: 2 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	s := ownertest.Start(t, st)
	display := s.As(staff.Member{Name: "大厅屏", Role: staff.Display})
	kiosk := s.As(staff.Member{Name: "取号机", Role: staff.Kiosk})
	eng := s.As(staff.Member{Name: "张工", Role: staff.Engineer})
	keypad := s.As(staff.Member{Name: "3号呼叫器", Role: staff.Keypad})

	if _, err := display.Snapshot(); err != nil {
		t.Fatalf("a display reading the queue: %v", err)
	}
	if _, _, err := display.Take("A", false, "x"); !errors.Is(err, staff.ErrNotAllowed) {
		t.Errorf("a display took a ticket: %v", err)
	}
	if _, _, err := kiosk.Take("A", false, "王大锤"); err != nil {
		t.Fatal(err)
	}
	if _, err := kiosk.CallNext(1, "x"); !errors.Is(err, staff.ErrNotAllowed) {
		t.Errorf("a kiosk called: %v", err)
	}
	if err := keypad.OpenDesk(3, "x", "d", false); !errors.Is(err, staff.ErrNotAllowed) {
		t.Errorf("a keypad opened a desk: %v", err)
	}
	if _, err := eng.CloseDay("x", "李主任"); !errors.Is(err, staff.ErrSupervisorOnly) {
		t.Errorf("an engineer closed the day: %v", err)
	}
	if _, err := eng.Backup(filepath.Join(t.TempDir(), "b.db")); !errors.Is(err, staff.ErrNotAllowed) {
		t.Errorf("an engineer's session wrote a backup on the server: %v", err)
	}
	if _, err := eng.CallNext(1, "李主任"); err != nil {
		t.Fatal(err)
	}
	if _, err := keypad.CallNext(2, "keypad"); errors.Is(err, staff.ErrNotAllowed) {
		t.Errorf("a keypad may call: %v", err) // nobody waits: the queue refuses it, the role does not
	}
	local := s.Connect()
	evs, err := local.Events(0, 0)
	if err != nil {
		t.Fatal(err)
	}
	who := map[string]string{}
	for _, e := range evs {
		who[e.Kind] = e.Who
	}
	if who[store.KindTake] != "取号机" || who[store.KindCall] != "张工" {
		t.Errorf("events name %v; want the take the kiosk's, the call 张工's", who)
	}
}

// TestSnapshotsAreReadFreshEachTime: the owner encodes a snapshot once for
// the screens that read the same one, and every read after a commit has
// that commit.
func TestSnapshotsAreReadFreshEachTime(t *testing.T) {
	st, err := store.Open(store.Options{Path: filepath.Join(t.TempDir(), "s.db"), Queue: stationQueue(), Timeout: 2 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	s := ownertest.Start(t, st)
	a, b := s.Connect(), s.As(staff.Member{Name: "大厅屏", Role: staff.Display})
	for i := range 5 {
		tk, _, err := a.Take("A", false, "kiosk")
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range []*client.Client{a, b, a} {
			snap, err := c.Snapshot()
			if err != nil {
				t.Fatal(err)
			}
			if len(snap.Tickets) != i+1 || snap.Tickets[i].Number != tk.Number {
				t.Fatalf("after take %d the snapshot has %d tickets", i+1, len(snap.Tickets))
			}
		}
	}
}

// TestASessionsCounterIsFreedWhenItCloses: a desk over SSH that opened a
// counter and went (its session closed: the SSH client gone) leaves the
// counter to the next desk, as a desk whose connection ended does; and a
// closed session does nothing more.
func TestASessionsCounterIsFreedWhenItCloses(t *testing.T) {
	st, err := store.Open(store.Options{Path: filepath.Join(t.TempDir(), "s.db"), Queue: stationQueue(), Timeout: 2 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	s := ownertest.Start(t, st)
	first := s.As(staff.Member{Name: "张工", Role: staff.Engineer})
	if err := first.OpenDesk(3, "张工", "first", false); err != nil {
		t.Fatal(err)
	}
	second := s.As(staff.Member{Name: "王工", Role: staff.Engineer})
	if err := second.OpenDesk(3, "王工", "second", false); !errors.Is(err, store.ErrDeskOpen) {
		t.Fatalf("counter 3 open at two desks: %v", err)
	}
	first.Close()
	if err := second.OpenDesk(3, "王工", "second", false); err != nil {
		t.Fatalf("counter 3 after the first desk's session closed: %v", err)
	}
	if _, err := first.Snapshot(); err == nil {
		t.Error("a closed session still reads")
	}
}
