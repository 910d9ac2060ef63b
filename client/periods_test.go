package client

import (
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/store"
)

// collect reads a period through read and returns every record and the
// number of pages they came in.
func collect[T any](t *testing.T, read func(func([]T) error) error) ([]T, int) {
	t.Helper()
	var all []T
	pages := 0
	if err := read(func(page []T) error {
		all = append(all, page...)
		pages++
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return all, pages
}

// orders are n orders received a minute apart from start.
func orders(n int, start time.Time) []repair.Order {
	out := make([]repair.Order, n)
	for i := range out {
		out[i] = repair.Order{Number: fmt.Sprintf("R%010d", i+1), Claim: fmt.Sprintf("CL%06d", i+1),
			State: repair.StateReceived, Received: start.Add(time.Duration(i) * time.Minute),
			Intake: repair.Intake{Name: "李雷", Phone: "13800001234", Serial: fmt.Sprintf("SN%d", i)}}
	}
	return out
}

// TestPeriodsThroughTheOwnerAreTheStores: the owner passes a period's
// records on as stored and the client decodes them; what a client reads,
// page after page, is what the store reads itself — every order of a
// range of three pages and more, in order, none outside it, the tickets
// and events of the day, the orders by number and by id.
func TestPeriodsThroughTheOwnerAreTheStores(t *testing.T) {
	s := newStation(t)
	start := time.Now().Add(-48 * time.Hour).Truncate(time.Minute)
	if err := s.st.BulkOrders(orders(store.PageSize*2+37, start)); err != nil {
		t.Fatal(err)
	}
	for range 30 {
		if _, _, err := s.c.Take("A", false, "kiosk"); err != nil {
			t.Fatal(err)
		}
	}
	from, to := start.Add(10*time.Minute), start.Add(1010*time.Minute)
	viaOwner, pages := collect(t, func(fn func([]repair.Order) error) error { return s.c.OrdersReceived(from, to, fn) })
	direct, _ := collect(t, func(fn func([]repair.Order) error) error { return s.st.OrdersReceived(from, to, fn) })
	if len(viaOwner) != 1000 || pages < 2 || !reflect.DeepEqual(viaOwner, direct) {
		t.Fatalf("OrdersReceived through the owner: %d orders in %d pages, the store's own %d, equal %v",
			len(viaOwner), pages, len(direct), reflect.DeepEqual(viaOwner, direct))
	}
	if !viaOwner[0].Received.Equal(from) || !viaOwner[999].Received.Before(to) {
		t.Fatalf("range %v–%v, got %v–%v", from, to, viaOwner[0].Received, viaOwner[999].Received)
	}

	day := s.st.Config().Day(time.Now())
	tickets, _ := collect(t, func(fn func([]queue.Ticket) error) error { return s.c.TicketsOfDays(day, day, fn) })
	ownTickets, _ := collect(t, func(fn func([]queue.Ticket) error) error { return s.st.TicketsOfDays(day, day, fn) })
	if len(tickets) != 30 || !reflect.DeepEqual(tickets, ownTickets) {
		t.Fatalf("TicketsOfDays: %d through the owner, %d the store's", len(tickets), len(ownTickets))
	}
	hour := time.Now().Add(-time.Hour)
	events, _ := collect(t, func(fn func([]store.Event) error) error { return s.c.EventsBetween(hour, hour.Add(2*time.Hour), fn) })
	ownEvents, _ := collect(t, func(fn func([]store.Event) error) error { return s.st.EventsBetween(hour, hour.Add(2*time.Hour), fn) })
	if len(events) < 30 || !reflect.DeepEqual(events, ownEvents) {
		t.Fatalf("EventsBetween: %d through the owner, %d the store's", len(events), len(ownEvents))
	}

	numbered, _ := collect(t, func(fn func([]repair.Order) error) error {
		return s.c.OrdersNumbered([]string{direct[5].Number, "R-none", direct[2].Number}, fn)
	})
	byID, _ := collect(t, func(fn func([]repair.Order) error) error {
		return s.c.OrdersWithIDs([]uint64{direct[7].ID, 1 << 40}, fn)
	})
	if len(numbered) != 2 || numbered[0].ID != direct[5].ID || numbered[1].ID != direct[2].ID || len(byID) != 1 || byID[0].ID != direct[7].ID {
		t.Fatalf("OrdersNumbered %d, OrdersWithIDs %d", len(numbered), len(byID))
	}
}

// TestDamagedRecordIsNamedAtTheClient: a record the disk damaged reaches
// the client as it is stored, and the client's decoding names it damage
// (ErrNotDatabase) — not a broken link, not a request the owner did not
// understand — while the intact records before it came through.
func TestDamagedRecordIsNamedAtTheClient(t *testing.T) {
	path := filepath.Join(t.TempDir(), "queue.db")
	st, err := store.Open(store.Options{Path: path, Queue: queue.DefaultConfig(), NoSync: true, Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now().Add(-time.Hour).Truncate(time.Minute)
	if err := st.BulkOrders(orders(10, start)); err != nil {
		t.Fatal(err)
	}
	st.Close()
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		c := tx.Bucket([]byte("orders")).Cursor()
		k, _ := c.First()
		return tx.Bucket([]byte("orders")).Put(k, []byte("{\"id\":1,\"number\":\"R\x00\n\xff")) // no seal: damage
	})
	if cerr := db.Close(); err != nil || cerr != nil {
		t.Fatal(err, cerr)
	}

	s := serveFile(t, path)
	err = s.c.OrdersReceived(start.Add(-time.Minute), start.Add(time.Hour), func([]repair.Order) error { return nil })
	if de, ok := store.DamageOf(err); !errors.Is(err, store.ErrDamaged) || !ok || de.Bucket != "orders" || de.Key != "1" {
		t.Fatalf("a damaged order read through the owner: %v, want ErrDamaged naming orders 1", err)
	}
	// The owner goes on serving: the orders after the damaged one, by id.
	got, _ := collect(t, func(fn func([]repair.Order) error) error { return s.c.OrdersWithIDs([]uint64{2, 3}, fn) })
	if len(got) != 2 {
		t.Fatalf("after the damage, %d of 2 intact orders", len(got))
	}
}
