package store

// Files written whole or not at all, and telling files apart by what they
// are rather than by how they are named: what backups, restores and the
// copies kept before a restore need of the file system.

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"frontdesk/internal/fileperm"
)

// replaceFile writes dest through a temporary file in its directory: fill
// writes it; it is fsynced and closed; ready, if any, may still change it by
// its path; then it is renamed over dest and the directory is fsynced. On
// any failure the temporary file is removed and dest is untouched.
func replaceFile(dest string, m fileperm.Modes, fill func(*os.File) error, ready func(tmp string) error) (err error) {
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
	if err = m.Apply(f); err != nil {
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

// copyModes is how a copy of the database is made — a backup, the file
// restored or compacted in its place, the copy kept before a restore: with
// the database file's permissions, which its copies get too since they
// hold the same data (the options' when there is no file yet), and the
// options' station group.
func (s *Store) copyModes() fileperm.Modes {
	m := s.opts.Files
	if st, err := os.Stat(s.path); err == nil {
		m.File = st.Mode().Perm()
	}
	return m
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
