package store

import (
	"errors"
	"os"
	"strings"
	"syscall"
	"time"
)

// lockFile takes the sidecar lock "<path>.lock": shared for a read,
// exclusive for a write. It returns the function that releases it.
//
// Why a sidecar: bbolt polls its own flock every 50 ms, so a program that
// waits for a busy file keeps losing to the ones that happen to poll at the
// right moment. A blocking flock queues in the kernel and is woken as soon as
// the holder lets go. Each call opens its own descriptor, because flock
// belongs to the open file: two readers of one process sharing a descriptor
// would release each other's lock.
//
// A writer that has to wait holds the turnstile "<db>.turn" while it waits
// (passTurnstile): flock queues nobody, so without it a long read that
// takes the shared lock again page after page could keep winning it over
// the writer it woke.
func lockFile(path string, exclusive bool, timeout time.Duration) (unlock func(), err error) {
	// Read-only is enough to flock, and lets a reader lock a file it cannot write.
	f, err := os.OpenFile(path, os.O_RDONLY|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	how := syscall.LOCK_SH
	if exclusive {
		how = syscall.LOCK_EX
	}
	release := func() { f.Close() } // closing the descriptor drops the lock

	// Uncontended, the common case: no goroutine, no timer.
	err = syscall.Flock(int(f.Fd()), how|syscall.LOCK_NB)
	if err == nil {
		return release, nil
	}
	if !errors.Is(err, syscall.EWOULDBLOCK) {
		f.Close()
		return nil, err
	}

	// Contended.
	waitFrom := time.Now()
	deadline := waitFrom.Add(timeout)
	db := strings.TrimSuffix(path, ".lock")
	if exclusive {
		turn, err := holdTurnstile(db, deadline)
		if err != nil {
			f.Close()
			return nil, err
		}
		defer turn() // until this writer is in, or gives up
	}
	// A desk may be lingering (linger.go): knock, and knock again while
	// waiting, as it may have taken the file back for its next keystroke
	// before the kernel woke us.
	knock(db)
	if err := waitFlock(f, how, deadline, func() { knock(db) }); err != nil {
		return nil, err
	}
	if lockWaited != nil {
		lockWaited(exclusive, time.Since(waitFrom))
	}
	return release, nil
}

// waitFlock waits in the kernel's queue for flock how on f, until
// deadline, calling tick (if any) every knockEvery. Once it has given up,
// the goroutine that waits still owns the descriptor; it closes it when its
// flock returns, so that a lock granted after the deadline is released at
// once instead of being held by nobody. On an error f is closed.
func waitFlock(f *os.File, how int, deadline time.Time, tick func()) error {
	done := make(chan error, 1)
	go func() { done <- flockWait(int(f.Fd()), how) }()
	timer := time.NewTimer(time.Until(deadline))
	defer timer.Stop()
	ticking := time.NewTicker(knockEvery)
	defer ticking.Stop()
	for {
		select {
		case <-ticking.C:
			if tick != nil {
				tick()
			}
		case err := <-done:
			if err != nil {
				f.Close()
			}
			return err
		case <-timer.C:
			go func() {
				<-done //nolint:errcheck // the caller has given up: whatever the flock says, only the file is left to close
				f.Close()
			}()
			return errLockTimeout
		}
	}
}

// turnSuffix names the turnstile beside the database.
const turnSuffix = ".turn"

// holdTurnstile takes the turnstile of the database at db exclusively, for
// a writer while it waits for the file; the function it returns lets go.
// A turnstile that cannot be made (a read-only directory) is no turnstile:
// nothing to hold.
func holdTurnstile(db string, deadline time.Time) (func(), error) {
	f, err := os.OpenFile(db+turnSuffix, os.O_RDONLY|os.O_CREATE, 0o644)
	if err != nil {
		return func() {}, nil //nolint:nilerr // no turnstile is not an error: nothing to hold
	}
	if err := waitFlock(f, syscall.LOCK_EX, deadline, nil); err != nil {
		return nil, err
	}
	return func() { f.Close() }, nil
}

// passTurnstile waits, until deadline, while a writer waits for the file
// of the database at db (holdTurnstile), and returns once none does. Long
// reads pass it before each of their transactions (export.go's paged), so
// that a writer waits for one of their pages at most.
func passTurnstile(db string, deadline time.Time) error {
	f, err := os.OpenFile(db+turnSuffix, os.O_RDONLY|os.O_CREATE, 0o644)
	if err != nil {
		return nil //nolint:nilerr // as holdTurnstile: no turnstile, nobody holds it
	}
	if err := waitFlock(f, syscall.LOCK_SH, deadline, nil); err != nil {
		return err
	}
	return f.Close()
}

// lockWaited, when set (by tests), is told how long each contended lock
// was waited for.
var lockWaited func(exclusive bool, waited time.Duration)

// knockEvery is how often a program waiting for the file knocks.
const knockEvery = 20 * time.Millisecond

// flockWait is a blocking flock that is not cut short by signals.
func flockWait(fd, how int) error {
	for {
		err := syscall.Flock(fd, how)
		if !errors.Is(err, syscall.EINTR) {
			return err
		}
	}
}
