package store

// Backups. A backup is a hot copy: one read transaction writes the database
// with tx.WriteTo while the desks keep working, never a byte copy of the live
// file. Every file written here (a backup, the copy kept before a restore,
// the restored database) is written to a temporary file beside its
// destination, fsynced and renamed over it, so a crash leaves either the old
// file or the whole new one, never half of one.

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"time"

	bolt "go.etcd.io/bbolt"
)

// BackupInfo describes a backup: what Backup wrote, or what Verify found.
type BackupInfo struct {
	Path    string    // the file
	Size    int64     // bytes
	Rev     uint64    // the change counter the copy was taken at
	Schema  int       // the schema version of the copy
	Tickets int       // the tickets it holds, of every day
	Time    time.Time // UTC: when Backup took it; for Verify, when the file was last written
	Records int       // Verify and Check: the records whose seals they checked
}

// ErrLiveDatabase is a backup to, or a restore from, the live database file itself.
var ErrLiveDatabase = errors.New("that is the live database file itself")

// Backup writes a consistent copy of the database to dest, replacing dest if
// it exists. The copy is one read transaction: every client goes on
// reading and writing meanwhile (the fsync happens after the transaction).
// dest may not be the live database, by any path or link.
func (s *Store) Backup(dest string) (BackupInfo, error) {
	if sameFile(dest, s.path) {
		return BackupInfo{}, fmt.Errorf("store: backup to %s: %w", dest, ErrLiveDatabase)
	}
	var info BackupInfo
	err := replaceFile(dest, s.copyModes(), func(f *os.File) error {
		return s.view(func(tx *bolt.Tx) (err error) {
			if info, err = inspect(tx); err != nil {
				return err
			}
			info.Time = s.now().UTC()
			info.Size, err = tx.WriteTo(f)
			return err
		})
	}, nil)
	if err != nil {
		return BackupInfo{}, backupError("backup to", dest, err)
	}
	info.Path = dest
	return info, nil
}

// Verify checks a backup (or any copy of a database) without changing it:
// bbolt's consistency check finds nothing, the file is a frontdesk database
// and its schema is not newer than this binary's. It opens the file
// read-only, waiting at most DefaultTimeout for bbolt's lock, and never
// creates a file beside the copy. The errors about
// the file are *PathError wrapping ErrNotDatabase, ErrNewerSchema or ErrLocked.
func Verify(path string) (BackupInfo, error) {
	return readCopy(path, DefaultTimeout, func(tx *bolt.Tx) (BackupInfo, error) {
		info, err := checkCopy(tx)
		if err != nil {
			return info, err
		}
		info.Records, err = verifyRecords(tx)
		return info, err
	})
}

// readCopy opens the copy at path read-only, waiting at most timeout for
// bbolt's lock, and reads what it is with read in one transaction (checkCopy
// for Verify, inspect for a look); the file's path, size and time are
// added from the file system.
func readCopy(path string, timeout time.Duration, read func(tx *bolt.Tx) (BackupInfo, error)) (BackupInfo, error) {
	file := fileAt(path, timeout)
	st, err := os.Stat(path)
	switch {
	case err != nil:
		return BackupInfo{}, file.fileError(err)
	case !st.Mode().IsRegular() || st.Size() == 0:
		return BackupInfo{}, file.fileError(notDatabase("not a database file"))
	}
	var info BackupInfo
	err = file.viewFile(func(tx *bolt.Tx) (err error) {
		info, err = read(tx)
		return err
	})
	if err != nil {
		return BackupInfo{}, err
	}
	info.Path, info.Size, info.Time = path, st.Size(), st.ModTime().UTC()
	return info, nil
}

// Restore replaces the database with the backup src. src is verified first;
// a bad src changes nothing. Then, with no operation in the middle:
//
//   - the current database is kept as "<path>.before-restore-<UTC time>",
//     a hot copy (or, if it is too damaged to be read, its bytes: nobody
//     has it open while the store has let go of it);
//   - src is copied (checked again in the transaction it is copied from) to
//     a temporary file beside the database, migrated if it is older, given a
//     rev above both the current one and its own and the numbering of the
//     higher of the two (restore_numbers.go), fsynced and renamed over the
//     database.
//
// The store lets go of the file meanwhile, its gate held alone: every
// operation of its clients waits, then reads the restored database, and
// the feed publishes the new rev (it always moves, even to a backup taken
// at the current rev).
func (s *Store) Restore(src string) error {
	if sameFile(src, s.path) {
		return fmt.Errorf("store: restore from %s: %w", src, ErrLiveDatabase)
	}
	if _, err := Verify(src); err != nil {
		return err
	}
	rev, err := s.exclusive(func() error { return s.restore(src) })
	if err == nil && rev != 0 {
		s.feed.publish(rev)
	}
	return err
}

// restore is Restore with the file let go: the live database is kept, then
// src put in its place.
func (s *Store) restore(src string) error {
	liveRev, issued, err := s.keepBeforeRestore()
	if err != nil {
		return err
	}
	var rev uint64
	err = replaceFile(resolve(s.path), s.copyModes(), func(f *os.File) error {
		return fileAt(src, s.timeout).viewFile(func(tx *bolt.Tx) error {
			info, err := checkCopy(tx)
			if err != nil {
				return err
			}
			rev = max(liveRev, info.Rev) + 1
			_, err = tx.WriteTo(f)
			return err
		})
	}, func(tmp string) error { return s.stamp(tmp, rev, issued) })
	if err != nil {
		return backupError("restore from", src, err)
	}
	return nil
}

// RestoreOver is Restore without opening the database of opts first: the
// way back when Open refuses it as damaged (or it is missing). The damaged
// file is kept beside it, as Restore keeps any.
func RestoreOver(opts Options, src string) error {
	s, err := newStore(opts)
	if err != nil {
		return err
	}
	if err := s.free(); err != nil {
		return err
	}
	return s.Restore(src)
}

// keepBeforeRestore copies the current database beside itself and returns
// its rev and what it has issued. The caller has let go of the file, its
// gate held alone. A missing database is nothing to keep; one too damaged
// to read is kept as its bytes, and what it issued is not known.
func (s *Store) keepBeforeRestore() (rev uint64, issued numbering, err error) {
	if _, err := os.Stat(s.path); errors.Is(err, fs.ErrNotExist) {
		return 0, issued, nil
	}
	keep := unusedName(s.path + ".before-restore-" + s.now().UTC().Format("20060102T150405Z"))
	err = replaceFile(keep, s.copyModes(), func(f *os.File) error {
		err := s.viewFile(func(tx *bolt.Tx) error {
			rev, _ = revOf(tx) // a damaged rev: the restored file's own, moved on, stands
			issued = numberingOf(tx)
			_, err := tx.WriteTo(f)
			return err
		})
		if err == nil {
			return nil
		}
		// Too damaged to read (not a database, or cut short: its pages end
		// past its end): keep the bytes as they are.
		if err := rewind(f); err != nil {
			return err
		}
		live, err := os.Open(s.path)
		if err != nil {
			return err
		}
		defer live.Close()
		_, err = io.Copy(f, live)
		return err
	}, nil)
	if err != nil {
		return 0, issued, backupError("keep the database as", keep, err)
	}
	return rev, issued, nil
}

// stamp brings a restored copy at path, not yet in place, to this binary's
// schema, sets its rev and has it go on numbering after what the live file
// issued.
func (s *Store) stamp(path string, rev uint64, issued numbering) error {
	db, err := bolt.Open(path, 0, &bolt.Options{Timeout: s.timeout, NoSync: s.opts.NoSync, OpenFile: openFile(readWrite)})
	if err != nil {
		return err
	}
	err = db.Update(func(tx *bolt.Tx) error {
		if err := migrate(tx); err != nil {
			return err
		}
		if err := issued.carryOn(tx); err != nil {
			return err
		}
		return tab(tx, bucketMeta).put(keyRev, u64(rev))
	})
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	return err
}

// checkCopy is Verify's test of a copy: bbolt's consistency check, then inspect.
//
// tx.Check runs on a goroutine of its own, where a read past the end of the
// file is a fatal fault rather than the panic viewFile recovers from. So a
// file shorter than its pages (a truncated copy) is refused first, and
// every page tx reaches is walked by package pagecheck, which reads the
// file and checks every offset before it uses it: bbolt's check reads only
// a file whose pages pagecheck found sound (checkpages.go).
func checkCopy(tx *bolt.Tx) (BackupInfo, error) {
	st, err := os.Stat(tx.DB().Path())
	if err != nil {
		return BackupInfo{}, err
	}
	if st.Size() < tx.Size() {
		return BackupInfo{}, damagedFile(whyTruncated, fmt.Sprintf("%d bytes of %d", st.Size(), tx.Size()))
	}
	if err := checkPages(tx); err != nil {
		return BackupInfo{}, err
	}
	var errs []error
	for err := range tx.Check() { // read to the end: the check runs until then
		errs = append(errs, err)
	}
	if len(errs) > 0 {
		return BackupInfo{}, damagedFile(whyStructure, fmt.Sprintf("%v (%d problems)", errs[0], len(errs)))
	}
	return inspect(tx)
}

// inspect reads what a BackupInfo says of the database in tx, refusing one
// that is not frontdesk's or is newer than this binary.
func inspect(tx *bolt.Tx) (BackupInfo, error) {
	if meta := tx.Bucket(bucketMeta); meta == nil || string(meta.Get(keyApp)) != appName { // raw: never sealed
		return BackupInfo{}, notDatabase("no frontdesk meta")
	}
	v, err := schemaOf(tx)
	switch {
	case err != nil:
		return BackupInfo{}, err
	case v > schemaVersion:
		return BackupInfo{}, newerSchema(v)
	}
	info := BackupInfo{Schema: v}
	if v < sealedSchema { // a copy from before the seals
		info.Rev, _ = readU64(tx.Bucket(bucketMeta).Get(keyRev)) // raw: unsealed
	} else if info.Rev, err = revOf(tx); err != nil {
		return BackupInfo{}, err
	}
	if b := tx.Bucket(bucketTickets); b != nil {
		info.Tickets = b.Stats().KeyN
	}
	return info, nil
}

// backupError names the other file of a backup or restore in errors that are
// not already about a database file (*PathError).
func backupError(what, path string, err error) error {
	if pe := (*PathError)(nil); errors.As(err, &pe) {
		return err
	}
	return fmt.Errorf("store: %s %s: %w", what, path, err)
}
