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
	fd := int(f.Fd())
	release := func() { f.Close() } // closing the descriptor drops the lock

	// Uncontended, the common case: no goroutine, no timer.
	err = syscall.Flock(fd, how|syscall.LOCK_NB)
	if err == nil {
		return release, nil
	}
	if !errors.Is(err, syscall.EWOULDBLOCK) {
		f.Close()
		return nil, err
	}

	// Contended: wait in the kernel's queue on another goroutine, for at
	// most timeout. Once we have given up, that goroutine still owns the
	// descriptor; it closes it when its flock returns, so a lock granted
	// after the timeout is released at once instead of being held by nobody.
	done := make(chan error, 1)
	go func() { done <- flockWait(fd, how) }()
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	// A desk may be lingering (linger.go): knock, and knock again while
	// waiting, as it may have taken the file back for its next keystroke
	// before the kernel woke us.
	db := strings.TrimSuffix(path, ".lock")
	knock(db)
	knocking := time.NewTicker(knockEvery)
	defer knocking.Stop()
	for {
		select {
		case <-knocking.C:
			knock(db)
		case err := <-done:
			if err != nil {
				f.Close()
				return nil, err
			}
			return release, nil
		case <-timer.C:
			go func() {
				<-done
				f.Close()
			}()
			return nil, errLockTimeout
		}
	}
}

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
