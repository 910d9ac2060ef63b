package cli

import "golang.org/x/sys/unix"

// pace waits for the step handed to the disk last time to be on it, and
// hands it the one written since: at most two steps of the export are
// dirty at a time, one of them already on its way.
func (p *pacedFile) pace() error {
	// Errors are not the export's: a file system that cannot do this
	// leaves the writing to the kernel, and the export's own fsync at the
	// end still reports a disk that failed.
	fd := int(p.f.Fd())
	if p.flushed > p.waited {
		_ = unix.SyncFileRange(fd, p.waited, p.flushed-p.waited,
			unix.SYNC_FILE_RANGE_WAIT_BEFORE|unix.SYNC_FILE_RANGE_WRITE|unix.SYNC_FILE_RANGE_WAIT_AFTER)
	}
	_ = unix.SyncFileRange(fd, p.flushed, p.written-p.flushed, unix.SYNC_FILE_RANGE_WRITE)
	p.waited, p.flushed = p.flushed, p.written
	return nil
}
