package store

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"frontdesk/queue"
	"frontdesk/repair"
)

// TestWhatARestoreTookOutIsRecoveredFromTheCopy: an order made after the
// backup, and a step taken on an older one, are out of the live station
// after the restore and in the copy it kept; RecoverOrders brings both
// back, with their numbers and claim codes, findable, and leaves an order
// changed on both sides as the live one is. Run again, it finds nothing.
func TestWhatARestoreTookOutIsRecoveredFromTheCopy(t *testing.T) {
	c := newClock()
	path := filepath.Join(t.TempDir(), "queue.db")
	s := openAt(t, path, c)
	older := saveIntake(t, s, 1, newOrder("a", "13800000001", "S1"))
	both := saveIntake(t, s, 1, newOrder("b", "13800000002", "S2"))
	backup := filepath.Join(t.TempDir(), "backup.db")
	if _, err := s.Backup(backup); err != nil {
		t.Fatal(err)
	}
	made := saveIntake(t, s, 1, newOrder("c", "13800000003", "S3"))
	atCounter := take(t, s, "A") // called at counter 1 after the backup
	must(t)(s.CallNext(1, "安娜"))
	waiting := take(t, s, "A") // still waiting
	if _, err := s.UpdateOrder("安娜", 1, older.ID, move(repair.StateDiagnosing, "")); err != nil {
		t.Fatal(err)
	}
	if _, err := s.UpdateOrder("安娜", 1, both.ID, move(repair.StateDiagnosing, "")); err != nil {
		t.Fatal(err)
	}

	c.Add(time.Minute)
	if err := s.Restore(backup); err != nil {
		t.Fatal(err)
	}
	kept, _ := filepath.Glob(path + ".before-restore-*")
	if len(kept) != 1 {
		t.Fatalf("copies kept: %v", kept)
	}
	// After the restore, the live order b moves on its own way, and
	// counter 1 calls another customer.
	take(t, s, "A")
	must(t)(s.CallNext(1, "安娜"))
	if _, err := s.UpdateOrder("安娜", 1, both.ID, move(repair.StateCancelled, "客户不修了")); err != nil {
		t.Fatal(err)
	}

	dry, err := s.RecoverOrders(kept[0], "张工", false)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(dry.Added, []string{made.Number}) || !slices.Equal(dry.Updated, []string{older.Number}) || !slices.Equal(dry.Kept, []string{both.Number}) {
		t.Fatalf("found %+v", dry)
	}
	if !slices.Equal(dry.Tickets, []string{atCounter.Number, waiting.Number}) {
		t.Fatalf("found the tickets %v", dry.Tickets)
	}
	if _, found, _ := s.Order(made.ID); found {
		t.Fatal("a look without apply wrote the order")
	}
	done, err := s.RecoverOrders(kept[0], "张工", true)
	if err != nil {
		t.Fatal(err)
	}
	// The waiting customer is back in the queue at their place; the one
	// called to counter 1 is not, counter 1 has another customer now.
	if !slices.Equal(done.Tickets, []string{waiting.Number}) || !slices.Equal(done.TicketsLeft, []string{atCounter.Number}) {
		t.Errorf("tickets back %v, left %v", done.Tickets, done.TicketsLeft)
	}
	if got := ticketByID(t, s, waiting.ID); got.State != queue.Waiting || got.Number != waiting.Number {
		t.Errorf("the waiting ticket is back as %+v", got)
	}
	if _, err := s.Check(); err != nil {
		t.Errorf("the database after the recovery: %v", err)
	}
	got := order(t, s, made.ID)
	if got.Number != made.Number || got.Claim != made.Claim {
		t.Errorf("recovered %s %s, was %s %s", got.Number, got.Claim, made.Number, made.Claim)
	}
	if res, err := s.Search(made.Intake.Phone, 5); err != nil || len(res.Heads) != 1 || res.Heads[0].ID != made.ID {
		t.Errorf("the recovered order is not found by its phone: %+v, %v", res, err)
	}
	if o := order(t, s, older.ID); o.State != repair.StateDiagnosing {
		t.Errorf("older is %s, want the copy's step", o.State)
	}
	if o := order(t, s, both.ID); o.State != repair.StateCancelled {
		t.Errorf("b is %s, want the live one kept", o.State)
	}
	again, err := s.RecoverOrders(kept[0], "张工", true)
	if err != nil || len(again.Added)+len(again.Updated)+len(again.Tickets) != 0 {
		t.Errorf("a second recovery: %+v, %v", again, err)
	}
	// The next intake is numbered after all of them.
	if next := saveIntake(t, s, 1, newOrder("d", "13800000004", "S4")); next.ID <= made.ID || next.Number == made.Number {
		t.Errorf("next intake %s id %d after recovering %s id %d", next.Number, next.ID, made.Number, made.ID)
	}
}

// TestRecoverRefusesAFileThatIsNotACopy: another file says so, changes
// nothing.
func TestRecoverRefusesAFileThatIsNotACopy(t *testing.T) {
	s := openTest(t, newClock())
	none := filepath.Join(t.TempDir(), "none.db")
	if _, err := s.RecoverOrders(none, "张工", true); !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), none) {
		t.Errorf("from a file that does not exist: %v", err)
	}
	text := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(text, []byte("not a database"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := s.RecoverOrders(text, "张工", true); !errors.Is(err, ErrNotDatabase) {
		t.Errorf("from a text file: %v", err)
	}
}

// order reads order id of s, which must be there.
func order(t *testing.T, s *Store, id uint64) repair.Order {
	t.Helper()
	o, found, err := s.Order(id)
	if err != nil || !found {
		t.Fatalf("order %d: found %v, %v", id, found, err)
	}
	return o
}
