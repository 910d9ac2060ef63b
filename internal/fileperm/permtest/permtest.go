// Package permtest is what the tests of the files of customers' data share:
// a station group this user may give files to, and how to read a file's
// permissions and group.
package permtest

import (
	"os"
	"os/user"
	"testing"

	"frontdesk/internal/fileperm"
)

// Group is a station group the tests may set: this user's primary group,
// which it is always in — or, as root (CI runs as root in a container),
// who is in every group, another group of the system's, so that a file's
// group is seen to change. The test is skipped where there is none with
// a name.
func Group(t testing.TB) (name string, m fileperm.Modes) {
	t.Helper()
	u, err := user.Current()
	if err != nil {
		t.Skipf("no current user: %v", err)
	}
	var names []string
	if os.Geteuid() == 0 {
		names = []string{"daemon", "bin", "sys", "adm", "users", "nogroup"}
	}
	if g, err := user.LookupGroupId(u.Gid); err == nil {
		names = append(names, g.Name)
	}
	for _, name := range names {
		if m, err := fileperm.ForGroup(name); err == nil {
			return name, m
		}
	}
	t.Skip("no group with a name this user is in")
	return "", fileperm.Modes{}
}

// Mode is the permissions and group id of the file at path.
func Mode(t testing.TB, path string) (os.FileMode, int) {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return info.Mode().Perm(), fileperm.GID(info)
}

// Want checks that each of paths has the permissions perm and the group
// gid (any group when gid < 0).
func Want(t testing.TB, perm os.FileMode, gid int, paths ...string) {
	t.Helper()
	for _, p := range paths {
		if got, g := Mode(t, p); got != perm || gid >= 0 && g != gid {
			t.Errorf("%s: %v of group %d, want %v of group %d", p, got, g, perm, gid)
		}
	}
}
