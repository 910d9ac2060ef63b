package client

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"frontdesk/owner"
	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/wire"
)

// station is a store and its owner in this process, on a socket in a
// temporary directory, and a client of it.
type station struct {
	st   *store.Store
	c    *Client
	stop context.CancelFunc
	done chan error
}

func newStation(t *testing.T) *station {
	t.Helper()
	return serveFile(t, filepath.Join(t.TempDir(), "queue.db"))
}

// serveFile is a station on the database at path.
func serveFile(t *testing.T, path string) *station {
	t.Helper()
	st, err := store.Open(store.Options{Path: path, Queue: queue.DefaultConfig(), NoSync: true, Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := owner.Listen(st, owner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx, stop := context.WithCancel(context.Background())
	s := &station{st: st, stop: stop, done: make(chan error, 1)}
	go func() { s.done <- owner.Serve(ctx, st, ln, owner.Options{}) }()
	s.c, err = Open(Options{DB: path, Config: st.Config()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		s.c.Close()
		stop()
		<-s.done
		st.Close()
	})
	return s
}

func TestRequestsAnswerAsTheStoreWould(t *testing.T) {
	s := newStation(t)
	tk, est, err := s.c.Take("A", false, "kiosk")
	if err != nil || tk.Number == "" || est.Ahead != 0 {
		t.Fatalf("Take: %+v %+v %v", tk, est, err)
	}
	if _, _, err := s.c.Take("Z", false, "kiosk"); !errors.Is(err, queue.ErrUnknownType) {
		t.Fatalf("Take Z: %v, want ErrUnknownType", err)
	}
	called, err := s.c.CallNext(1, "张工")
	if err != nil || called.ID != tk.ID {
		t.Fatalf("CallNext: %+v %v", called, err)
	}
	if _, err := s.c.CallNext(1, "张工"); !errors.Is(err, queue.ErrBusy) && !errors.Is(err, queue.ErrNoneWaiting) {
		t.Fatalf("second CallNext: %v", err)
	}
	snap, err := s.c.Snapshot()
	if err != nil || len(snap.Tickets) != 1 || len(snap.Calls) != 1 {
		t.Fatalf("Snapshot: %+v %v", snap, err)
	}
	if _, ok, err := s.c.Order(99); ok || err != nil {
		t.Fatalf("Order 99: %v %v", ok, err)
	}
}

func TestFeedSeesCommits(t *testing.T) {
	s := newStation(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	feed := s.c.Watch(ctx)
	drain(feed)
	time.Sleep(50 * time.Millisecond) // the owner has the watch
	if _, _, err := s.c.Take("A", false, "kiosk"); err != nil {
		t.Fatal(err)
	}
	want, _ := s.st.Rev()
	deadline := time.After(5 * time.Second)
	for {
		select {
		case rev := <-feed:
			if rev >= want {
				return
			}
		case <-deadline:
			t.Fatalf("the feed never reached rev %d", want)
		}
	}
}

func drain(ch <-chan uint64) {
	for {
		select {
		case <-ch:
		default:
			return
		}
	}
}

func TestUpdateOrderAndPeriodsThroughTheOwner(t *testing.T) {
	s := newStation(t)
	now := time.Now()
	o := repair.Order{Number: "R2612050001", Claim: "ABCD2345", State: repair.StateReceived, Received: now,
		Intake: repair.Intake{Name: "李雷", Phone: "13800001234", Serial: "SN1"}}
	if err := s.st.BulkOrders([]repair.Order{o}); err != nil {
		t.Fatal(err)
	}
	saved, ok, err := s.c.OrderByNumber(o.Number)
	if err != nil || !ok {
		t.Fatalf("OrderByNumber: %v %v", ok, err)
	}
	got, err := s.c.UpdateOrder("张工", 1, saved.ID, func(o repair.Order, at time.Time) (repair.Order, error) {
		return repair.LogContact(o, repair.Contact{Kind: repair.ContactProgress, Reached: true}, "张工", at)
	})
	if err != nil || len(got.History) <= len(saved.History) {
		t.Fatalf("UpdateOrder: %v (%d steps)", err, len(got.History))
	}
	n := 0
	err = s.c.OrdersReceived(now.Add(-time.Hour), now.Add(time.Hour), func(os []repair.Order) error {
		n += len(os)
		return nil
	})
	if err != nil || n != 1 {
		t.Fatalf("OrdersReceived: %d orders, %v", n, err)
	}
	stop := errors.New("enough")
	if err := s.c.OrdersReceived(now.Add(-time.Hour), now.Add(time.Hour), func([]repair.Order) error { return stop }); !errors.Is(err, stop) {
		t.Fatalf("a reader stopped by its function returned %v", err)
	}
}

func TestLinkDownSaysReconnecting(t *testing.T) {
	s := newStation(t)
	s.stop()
	<-s.done
	s.done <- nil // for the cleanup
	deadline := time.Now().Add(5 * time.Second)
	for {
		_, err := s.c.Snapshot()
		if errors.Is(err, wire.ErrReconnecting) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("with the owner gone, Snapshot says %v", err)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestHelloNamesTheOtherPrograms: each program's Hello hears which other
// programs are connected (what a restore tells the station), and a
// program that has gone is no longer among them.
func TestHelloNamesTheOtherPrograms(t *testing.T) {
	s := newStation(t) // its own client names no program
	open := func(program string) *Client {
		c, err := Open(Options{DB: s.st.Path(), Config: s.st.Config(), Program: program})
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	desk, display := open("desk"), open("display")
	defer desk.Close()
	told := func() []string {
		c := open("restore")
		defer c.Close()
		return c.Owner().Programs
	}
	if got := told(); !slices.Equal(got, []string{"desk", "display"}) {
		t.Fatalf("programs told to a third: %q", got)
	}
	display.Close()
	deadline := time.Now().Add(5 * time.Second)
	for got := told(); !slices.Equal(got, []string{"desk"}); got = told() {
		if time.Now().After(deadline) {
			t.Fatalf("after the display closed: %q", got)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
