package store

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// TestDiskFullLosesNothing: the disk fills up under a desk that saves
// intakes (a child process whose files may not grow beyond the database's
// size, RLIMIT_FSIZE). Each save that finds no room is refused with
// ErrDiskFull and leaves nothing behind; every save reported before it is
// there; the file passes bbolt's check; reads go on; and once there is
// room again the next save is numbered after the last one saved. Both as
// the owner of the file, which holds it open.
func TestDiskFullLosesNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "station.db")
	c := newClock()
	s := openAt(t, path, c)
	first := saveIntake(t, s, 1, newOrder("张伟", "13800138000", "PF2XK9A1"))
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	// Room for a few dozen intakes: bbolt grows a small file a page
	// at a time.
	s.Close() // the child is the owner now
	cmd, stderr := helper(t, "diskfull", path, "FRONTDESK_FSIZE="+strconv.FormatInt(info.Size()+256<<10, 10))
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, stderr)
	}
	saved := map[uint64]string{first.ID: first.Number}
	full, reads := 0, 0
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		var id uint64
		var number string
		switch {
		case strings.HasPrefix(line, "saved "):
			if _, err := fmt.Sscan(line[len("saved "):], &id, &number); err != nil {
				t.Fatalf("%q: %v", line, err)
			}
			saved[id] = number
		case strings.HasPrefix(line, "full "):
			full++
		case line == "read ok":
			reads++
		default:
			t.Fatalf("child said %q", line)
		}
	}
	if full == 0 || reads != full {
		t.Fatalf("%d saves refused as disk full, %d reads after them:\n%s", full, reads, out)
	}
	t.Logf("%d intakes saved before the disk was full, %d refused", len(saved)-1, full)
	s = openAt(t, path, c)
	defer s.Close()

	err = s.view(func(tx *bolt.Tx) error {
		for err := range tx.Check() {
			return fmt.Errorf("bbolt check: %w", err)
		}
		if n := tx.Bucket(bucketOrders).Stats().KeyN; n != len(saved) {
			return fmt.Errorf("%d orders in the file, %d reported saved", n, len(saved))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for id, number := range saved {
		if o, ok, err := s.Order(id); !ok || err != nil || o.Number != number {
			t.Errorf("saved order %d %s: %+v %v %v", id, number, o.Number, ok, err)
		}
	}
	// Room again: the next intake is numbered after the last saved.
	next := saveIntake(t, s, 1, newOrder("李雷", "13900139000", "NEXT0001"))
	if next.ID != uint64(len(saved))+1 {
		t.Errorf("after the disk full: order id %d, want %d", next.ID, len(saved)+1)
	}
}

// playDiskFull limits the size of the files this process writes to
// FRONTDESK_FSIZE bytes, then saves intakes with long texts, reporting
// "saved <id> <number>" for each, until three in a row are refused; each
// refusal is reported "full <error>" if it is ErrDiskFull (any other error
// ends the child), followed by "read ok" once the order saved last still
// reads.
func playDiskFull(out *bufio.Writer) error {
	limit := uint64(envInt("FRONTDESK_FSIZE"))
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &syscall.Rlimit{Cur: limit, Max: limit}); err != nil {
		return err
	}
	s, err := Open(Options{Path: os.Getenv("FRONTDESK_DB"), Queue: allTypes(), Now: childClock()})
	if err != nil {
		return err
	}
	defer s.Close()
	var last uint64 = 1
	for i, refused := 0, 0; refused < 3 && i < 10_000; i++ {
		o := newOrder("客户", fmt.Sprintf("138%08d", i), fmt.Sprintf("FULL%05d", i))
		o.Intake.Fault = strings.Repeat("开机后风扇狂转,屏幕无显示。", 40)
		saved, err := s.SaveIntake("desk", 1, o)
		switch {
		case err == nil:
			refused, last = 0, saved.ID
			fmt.Fprintf(out, "saved %d %s\n", saved.ID, saved.Number)
			continue
		case !errors.Is(err, ErrDiskFull):
			return fmt.Errorf("save %d: not a disk full: %w", i, err)
		}
		refused++
		fmt.Fprintf(out, "full %v\n", err)
		if o, ok, err := s.Order(last); !ok || err != nil || o.ID != last {
			return fmt.Errorf("after the disk was full, order %d: %v %v", last, ok, err)
		}
		fmt.Fprintln(out, "read ok")
	}
	return nil
}
