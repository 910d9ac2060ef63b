package store

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
	"syscall"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Backups. A backup is a hot copy: one read transaction writes the database
// with tx.WriteTo while the desks keep working, never a byte copy of the live
// file. Every file written here (a backup, the copy kept before a restore,
// the restored database) is written to a temporary file beside its
// destination, fsynced and renamed over it, so a crash leaves either the old
// file or the whole new one, never half of one.

// BackupInfo describes a backup: what Backup wrote, or what Verify found.
type BackupInfo struct {
	Path    string    // the file
	Size    int64     // bytes
	Rev     uint64    // the change counter the copy was taken at
	Schema  int       // the schema version of the copy
	Tickets int       // the tickets it holds, of every day
	Time    time.Time // UTC: when Backup took it; for Verify, when the file was last written
}

// ErrLiveDatabase is a backup to, or a restore from, the live database file itself.
var ErrLiveDatabase = errors.New("that is the live database file itself")

// Backup writes a consistent copy of the database to dest, replacing dest if
// it exists. The copy is one read transaction, so it takes the shared lock
// like any read: other programs keep reading, and writers wait only while the
// pages are copied (the fsync happens after the lock is let go). dest may not
// be the live database (or its lock file), by any path or link.
func (s *Store) Backup(dest string) (BackupInfo, error) {
	if sameFile(dest, s.path) || sameFile(dest, s.lockPath) {
		return BackupInfo{}, fmt.Errorf("store: backup to %s: %w", dest, ErrLiveDatabase)
	}
	var info BackupInfo
	err := replaceFile(dest, s.perm(), func(f *os.File) error {
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
// read-only, waiting at most DefaultTimeout for bbolt's lock, and takes no
// sidecar lock, so it never creates a file beside the copy. The errors about
// the file are *PathError wrapping ErrNotDatabase, ErrNewerSchema or ErrLocked.
func Verify(path string) (BackupInfo, error) {
	file := fileAt(path, DefaultTimeout)
	st, err := os.Stat(path)
	switch {
	case err != nil:
		return BackupInfo{}, file.fileError(err)
	case !st.Mode().IsRegular() || st.Size() == 0:
		return BackupInfo{}, file.fileError(notDatabase("not a database file"))
	}
	var info BackupInfo
	err = file.viewFile(func(tx *bolt.Tx) (err error) {
		info, err = checkCopy(tx)
		return err
	})
	if err != nil {
		return BackupInfo{}, err
	}
	info.Path, info.Size, info.Time = path, st.Size(), st.ModTime().UTC()
	return info, nil
}

// Restore replaces the database with the backup src. src is verified first;
// a bad src changes nothing. Then, under the exclusive lock, so that no other
// frontdesk program is in the middle of an operation:
//
//   - the current database is kept as "<path>.before-restore-<UTC time>",
//     a hot copy (or, if it is too damaged to be read, its bytes: nobody
//     has it open while the exclusive lock is held);
//   - src is copied (checked again in the transaction it is copied from) to
//     a temporary file beside the database, migrated if it is older, given a
//     rev above both the current one and its own, fsynced and renamed over
//     the database.
//
// Other programs need not be told: they open the file per operation, so
// their next one reads the restored database, and their watchers see the rev
// change (it always moves, even to a backup taken at the current rev).
func (s *Store) Restore(src string) error {
	if sameFile(src, s.path) {
		return fmt.Errorf("store: restore from %s: %w", src, ErrLiveDatabase)
	}
	if _, err := Verify(src); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.dropLocked() // its own kept file first: restore reopens it below
	unlock, err := lockFile(s.lockPath, true, s.timeout)
	if err != nil {
		return s.fileError(err)
	}
	defer unlock()

	liveRev, err := s.keepBeforeRestore()
	if err != nil {
		return err
	}
	var rev uint64
	err = replaceFile(resolve(s.path), s.perm(), func(f *os.File) error {
		return fileAt(src, s.timeout).viewFile(func(tx *bolt.Tx) error {
			info, err := checkCopy(tx)
			if err != nil {
				return err
			}
			rev = max(liveRev, info.Rev) + 1
			_, err = tx.WriteTo(f)
			return err
		})
	}, func(tmp string) error { return s.stamp(tmp, rev) })
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
	return s.Restore(src)
}

// keepBeforeRestore copies the current database beside itself and returns
// its rev. The caller holds the exclusive lock. A missing database is
// nothing to keep.
func (s *Store) keepBeforeRestore() (rev uint64, err error) {
	if _, err := os.Stat(s.path); errors.Is(err, fs.ErrNotExist) {
		return 0, nil
	}
	keep := unusedName(s.path + ".before-restore-" + s.now().UTC().Format("20060102T150405Z"))
	err = replaceFile(keep, s.perm(), func(f *os.File) error {
		err := s.viewFile(func(tx *bolt.Tx) error {
			if meta := tx.Bucket(bucketMeta); meta != nil {
				rev, _ = readU64(meta.Get(keyRev))
			}
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
		return 0, backupError("keep the database as", keep, err)
	}
	return rev, nil
}

// stamp brings a restored copy at path, not yet in place, to this binary's
// schema and sets its rev.
func (s *Store) stamp(path string, rev uint64) error {
	db, err := bolt.Open(path, 0, &bolt.Options{Timeout: s.timeout, NoSync: s.opts.NoSync, OpenFile: openFile(readWrite)})
	if err != nil {
		return err
	}
	err = db.Update(func(tx *bolt.Tx) error {
		if err := migrate(tx); err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Put(keyRev, u64(rev))
	})
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	return err
}

// DailyBackup makes today's backup in dir, "frontdesk-YYYY-MM-DD.db" by the
// station-local date, unless it is there already, and then deletes the
// oldest files named so beyond the newest keep (nothing else in dir, and
// never the live database). It returns the path of the backup it made, or
// "" if today's was there.
func (s *Store) DailyBackup(dir string, keep int) (string, error) {
	if keep < 1 {
		return "", fmt.Errorf("store: daily backup: keep %d, want at least 1", keep)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("store: daily backup: %w", err)
	}
	dest := filepath.Join(dir, dailyPrefix+s.opts.Queue.Day(s.now())+dailySuffix)
	made := ""
	switch _, err := os.Lstat(dest); {
	case errors.Is(err, fs.ErrNotExist):
		if _, err := s.Backup(dest); err != nil {
			return "", err
		}
		made = dest
	case err != nil:
		return "", fmt.Errorf("store: daily backup: %w", err)
	}
	return made, s.pruneDaily(dir, keep)
}

const (
	dailyPrefix = "frontdesk-"
	dailySuffix = ".db"
)

// isDaily reports whether name is exactly "frontdesk-YYYY-MM-DD.db".
func isDaily(name string) bool {
	day, ok := strings.CutPrefix(name, dailyPrefix)
	if !ok {
		return false
	}
	if day, ok = strings.CutSuffix(day, dailySuffix); !ok {
		return false
	}
	t, err := time.Parse(time.DateOnly, day)
	return err == nil && t.Format(time.DateOnly) == day
}

// DailyBackups lists the daily backups in dir (DailyBackup), oldest first:
// where to look when the database is damaged.
func DailyBackups(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var daily []string
	for _, e := range entries {
		if e.Type().IsRegular() && isDaily(e.Name()) {
			daily = append(daily, filepath.Join(dir, e.Name()))
		}
	}
	sort.Strings(daily) // the date in the name sorts them oldest first
	return daily, nil
}

// pruneDaily deletes the oldest daily backups in dir beyond keep.
func (s *Store) pruneDaily(dir string, keep int) error {
	all, err := DailyBackups(dir)
	if err != nil {
		return fmt.Errorf("store: daily backup: %w", err)
	}
	daily := slices.DeleteFunc(all, func(path string) bool { return sameFile(path, s.path) })
	for _, path := range daily[:max(len(daily)-keep, 0)] {
		if err := os.Remove(path); err != nil {
			return fmt.Errorf("store: daily backup: %w", err)
		}
	}
	return nil
}

// checkCopy is Verify's test of a copy: bbolt's consistency check, then inspect.
//
// tx.Check runs on a goroutine of its own, where a read past the end of the
// file is a fatal fault rather than the panic viewFile recovers from. So a
// file shorter than its pages (a truncated copy) is refused first, and every
// bucket is walked once here, where a fault is caught, before Check reads
// them again.
func checkCopy(tx *bolt.Tx) (BackupInfo, error) {
	st, err := os.Stat(tx.DB().Path())
	if err != nil {
		return BackupInfo{}, err
	}
	if st.Size() < tx.Size() {
		return BackupInfo{}, notDatabase(fmt.Sprintf("truncated: %d bytes of %d", st.Size(), tx.Size()))
	}
	_ = tx.ForEach(func(_ []byte, b *bolt.Bucket) error {
		b.Stats()
		return nil
	})
	var errs []error
	for err := range tx.Check() { // read to the end: the check runs until then
		errs = append(errs, err)
	}
	if len(errs) > 0 {
		return BackupInfo{}, notDatabase(fmt.Sprintf("consistency check: %v (%d problems)", errs[0], len(errs)))
	}
	return inspect(tx)
}

// inspect reads what a BackupInfo says of the database in tx, refusing one
// that is not frontdesk's or is newer than this binary.
func inspect(tx *bolt.Tx) (BackupInfo, error) {
	if meta := tx.Bucket(bucketMeta); meta == nil || string(meta.Get(keyApp)) != appName {
		return BackupInfo{}, notDatabase("no frontdesk meta")
	}
	v, err := schemaOf(tx)
	switch {
	case err != nil:
		return BackupInfo{}, err
	case v > schemaVersion:
		return BackupInfo{}, newerSchema(v)
	}
	info := BackupInfo{Rev: revOf(tx), Schema: v}
	if b := tx.Bucket(bucketTickets); b != nil {
		info.Tickets = b.Stats().KeyN
	}
	return info, nil
}

// fileAt is a Store for reading one file with viewFile, a backup rather than
// the database: it has only what fileError and openError need to name the
// file and the wait.
func fileAt(path string, timeout time.Duration) *Store {
	return &Store{path: filepath.Clean(path), timeout: timeout}
}

// openRun is the second half of run, without its locks: open the file as
// mode says, giving bbolt until deadline for its own lock, run fn in one
// transaction, close. A file that bbolt cannot read, or that makes it fault
// or panic, is ErrNotDatabase. Verify uses it on copies, which have no
// sidecar lock, and Restore on the database while it holds the exclusive one;
// run, after taking the locks.
//
// A damaged file can make bbolt read past the end of its memory map or trip
// one of its own panics; the caller gets ErrNotDatabase instead of a crashed
// desk. bbolt has rolled the transaction back by then, so the file can be
// closed (and its lock dropped) as usual.
func (s *Store) openRun(deadline time.Time, mode access, fn func(*bolt.Tx) error) (err error) {
	write := mode != readOnly
	var db *bolt.DB
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			if db != nil {
				db.Close()
			}
			err = s.fileError(notDatabase(fmt.Sprintf("damaged: %v", r)))
		}
	}()

	db, err = s.boltOpen(deadline, mode)
	if err != nil {
		return err
	}
	if write {
		err = db.Update(fn)
	} else {
		err = db.View(fn)
	}
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	return s.fileError(err)
}

// boltOpen opens the file with bbolt as mode says, giving it until
// deadline for its own lock. bbolt reads the file's first pages as it
// opens it, and a damaged file can make it fault there: the caller has
// debug.SetPanicOnFault on and recovers, and the file bbolt opened is
// unlocked and closed here on the way, so that no lock of a half-opened
// file outlives the attempt in a program that goes on running. Unlocked
// first: bbolt's memory map of it, which is lost with the DB, keeps the
// open file (and so its flock) alive after the close.
func (s *Store) boltOpen(deadline time.Time, mode access) (*bolt.DB, error) {
	var file *os.File
	open := openFile(mode)
	db, err := func() (db *bolt.DB, err error) {
		defer func() {
			if r := recover(); r != nil {
				if file != nil {
					syscall.Flock(int(file.Fd()), syscall.LOCK_UN)
					file.Close()
				}
				panic(r)
			}
		}()
		return bolt.Open(s.path, 0o644, &bolt.Options{
			Timeout:  max(time.Until(deadline), time.Millisecond) + boltPoll,
			ReadOnly: mode == readOnly,
			NoSync:   s.opts.NoSync,
			OpenFile: func(name string, flag int, perm os.FileMode) (*os.File, error) {
				f, err := open(name, flag, perm)
				file = f
				return f, err
			},
		})
	}()
	if err != nil {
		return nil, s.openError(err)
	}
	return db, nil
}

// viewFile runs fn in a read transaction of s.path, without the sidecar lock.
func (s *Store) viewFile(fn func(*bolt.Tx) error) error {
	knock(s.path) // a lingering desk holds bbolt's lock too
	return s.openRun(time.Now().Add(s.timeout), readOnly, fn)
}

// replaceFile writes dest through a temporary file in its directory: fill
// writes it; it is fsynced and closed; ready, if any, may still change it by
// its path; then it is renamed over dest and the directory is fsynced. On
// any failure the temporary file is removed and dest is untouched.
func replaceFile(dest string, perm fs.FileMode, fill func(*os.File) error, ready func(tmp string) error) (err error) {
	dir := filepath.Dir(dest)
	f, err := os.CreateTemp(dir, "."+filepath.Base(dest)+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if err = f.Chmod(perm); err != nil {
		return err
	}
	if err = fill(f); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if ready != nil {
		if err = ready(tmp); err != nil {
			return err
		}
	}
	if err = os.Rename(tmp, dest); err != nil {
		return err
	}
	return syncDir(dir)
}

// syncDir makes a rename in dir durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// rewind empties f to write it again.
func rewind(f *os.File) error {
	if err := f.Truncate(0); err != nil {
		return err
	}
	_, err := f.Seek(0, io.SeekStart)
	return err
}

// backupError names the other file of a backup or restore in errors that are
// not already about a database file (*PathError).
func backupError(what, path string, err error) error {
	if pe := (*PathError)(nil); errors.As(err, &pe) {
		return err
	}
	return fmt.Errorf("store: %s %s: %w", what, path, err)
}

// perm is the database file's permissions, which its copies get too: they
// hold the same data.
func (s *Store) perm() fs.FileMode {
	if st, err := os.Stat(s.path); err == nil {
		return st.Mode().Perm()
	}
	return 0o644
}

// unusedName is path, or path with "-2", "-3", … if that is taken, so that
// a second restore within a second keeps the first one's copy.
func unusedName(path string) string {
	name := path
	for i := 2; ; i++ {
		if _, err := os.Lstat(name); errors.Is(err, fs.ErrNotExist) {
			return name
		}
		name = fmt.Sprintf("%s-%d", path, i)
	}
}

// sameFile reports whether a and b name the same file: the same inode if
// both exist, else the same absolute path with links resolved.
func sameFile(a, b string) bool {
	sa, errA := os.Stat(a)
	sb, errB := os.Stat(b)
	if errA == nil && errB == nil {
		return os.SameFile(sa, sb)
	}
	return resolve(a) == resolve(b)
}

// resolve is path made absolute with its links resolved; of a file not made
// yet, its directory's.
func resolve(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return filepath.Clean(path)
	}
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		return r
	}
	if d, err := filepath.EvalSymlinks(filepath.Dir(abs)); err == nil {
		return filepath.Join(d, filepath.Base(abs))
	}
	return abs
}
