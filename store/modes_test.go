package store

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"frontdesk/internal/fileperm"
	"frontdesk/internal/fileperm/permtest"
	"frontdesk/queue"
)

// With the station group in Options.Files, the database and the directory
// made for it, a backup, the daily backups' directory, a daily backup and
// its record are 0640 (0750) and of the group, whatever the umask; without
// it (the zero Files), 0600 (0700) as ever.
func TestOpenMakesItsFilesWithTheStationGroup(t *testing.T) {
	old := syscall.Umask(0o077) // would take the group's bits
	defer syscall.Umask(old)
	_, group := permtest.Group(t)
	for _, c := range []struct {
		name      string
		files     fileperm.Modes
		file, dir os.FileMode
		gid       int
	}{
		{"station group", group, 0o640, 0o750, group.GID},
		{"no group", fileperm.Modes{}, 0o600, 0o700, -1},
	} {
		t.Run(c.name, func(t *testing.T) {
			root := t.TempDir()
			path := filepath.Join(root, "data", "station.db")
			s, err := Open(Options{Path: path, Queue: queue.DefaultConfig(), NoSync: true, Timeout: time.Second, Files: c.files})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			backup := filepath.Join(root, "copy.db")
			if _, err := s.Backup(backup); err != nil {
				t.Fatal(err)
			}
			daily := filepath.Join(root, "backups")
			made, err := s.DailyBackup(daily, 3)
			if err != nil {
				t.Fatal(err)
			}
			permtest.Want(t, c.file, c.gid, path, backup, made, recordOf(made))
			permtest.Want(t, c.dir, c.gid, filepath.Dir(path), daily)
		})
	}
}
