package fileperm

import (
	"errors"
	"os"
	"os/user"
	"path/filepath"
	"slices"
	"strconv"
	"syscall"
	"testing"
)

// PrimaryGroup is the name and id of this user's primary group, which it
// is always a member of (as root too); the test is skipped on a system
// that has no name for it.
func primaryGroup(t *testing.T) (string, int) {
	t.Helper()
	u, err := user.Current()
	if err != nil {
		t.Skipf("no current user: %v", err)
	}
	g, err := user.LookupGroupId(u.Gid)
	if err != nil {
		t.Skipf("the primary group %s has no name: %v", u.Gid, err)
	}
	gid, _ := strconv.Atoi(g.Gid)
	return g.Name, gid
}

func gidOf(t *testing.T, path string) int {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return int(info.Sys().(*syscall.Stat_t).Gid)
}

func TestDefaultIsTheOwnersOnly(t *testing.T) {
	for _, m := range []Modes{Default(), Modes{}.OrDefault()} {
		if m.File != 0o600 || m.Dir != 0o700 || m.Grouped() {
			t.Errorf("%+v, want 0600, 0700 and no group", m)
		}
	}
	if m, err := ForGroup(""); err != nil || m != Default() {
		t.Errorf("ForGroup(\"\") = %+v, %v, want Default", m, err)
	}
	// Own does nothing without a group, not even for the zero Modes
	// (whose GID 0 is root's group, not a setting).
	path := filepath.Join(t.TempDir(), "f")
	os.WriteFile(path, nil, 0o600)
	before := gidOf(t, path)
	for _, m := range []Modes{Default(), {}} {
		if err := m.Own(path); err != nil || gidOf(t, path) != before {
			t.Errorf("%+v.Own: %v, group %d, want %d", m, err, gidOf(t, path), before)
		}
	}
}

func TestForGroupOfTheUsersOwnGroup(t *testing.T) {
	name, gid := primaryGroup(t)
	m, err := ForGroup(name)
	if err != nil {
		t.Fatal(err)
	}
	if want := (Modes{File: 0o640, Dir: 0o750, GID: gid}); m != want {
		t.Errorf("ForGroup(%q) = %+v, want %+v", name, m, want)
	}
}

func TestForGroupThatDoesNotExist(t *testing.T) {
	if _, err := ForGroup("frontdesk-no-such-group"); !errors.Is(err, ErrNoGroup) {
		t.Errorf("err %v, want ErrNoGroup", err)
	}
}

// A group the user is not in is refused: the system would not let it give
// a file to it. Root is in every group, so it is tried only as another
// user, on a group of the system it is not in.
func TestForGroupTheUserIsNotIn(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root may give a file to any group")
	}
	groups, _ := os.Getgroups()
	for _, name := range []string{"root", "wheel", "daemon", "bin", "sys", "adm", "nogroup"} {
		g, err := user.LookupGroup(name)
		if err != nil {
			continue
		}
		gid, _ := strconv.Atoi(g.Gid)
		if gid == os.Getegid() || slices.Contains(groups, gid) {
			continue
		}
		if _, err := ForGroup(name); !errors.Is(err, ErrNotMember) {
			t.Errorf("ForGroup(%q): %v, want ErrNotMember", name, err)
		}
		return
	}
	t.Skip("no group of the system this user is not in")
}

// With a group, a directory made (and those above it that were missing)
// is 0750 and a file 0640, both of the group, even under a umask that
// would take the group's bits; the directory that was there is left alone.
func TestGroupModesWhateverTheUmask(t *testing.T) {
	name, gid := primaryGroup(t)
	m, err := ForGroup(name)
	if err != nil {
		t.Fatal(err)
	}
	old := syscall.Umask(0o077)
	defer syscall.Umask(old)
	root := t.TempDir()
	os.Chmod(root, 0o711)
	dir := filepath.Join(root, "a", "b")
	if err := m.MkdirAll(dir); err != nil {
		t.Fatal(err)
	}
	for _, d := range []string{dir, filepath.Dir(dir)} {
		info, _ := os.Stat(d)
		if info.Mode().Perm() != 0o750 || gidOf(t, d) != gid {
			t.Errorf("%s: %v group %d, want 0750 group %d", d, info.Mode().Perm(), gidOf(t, d), gid)
		}
	}
	if info, _ := os.Stat(root); info.Mode().Perm() != 0o711 {
		t.Errorf("the directory that was there is %v now", info.Mode().Perm())
	}
	if err := m.MkdirAll(dir); err != nil {
		t.Errorf("again: %v", err)
	}
	f, err := os.CreateTemp(dir, "slip")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := m.Apply(f); err != nil {
		t.Fatal(err)
	}
	if info, _ := f.Stat(); info.Mode().Perm() != 0o640 || gidOf(t, f.Name()) != gid {
		t.Errorf("file: %v group %d, want 0640 group %d", info.Mode().Perm(), gidOf(t, f.Name()), gid)
	}
	// Without a group: the owner's only, whatever the umask.
	syscall.Umask(0)
	plain := filepath.Join(root, "plain")
	if err := Default().MkdirAll(plain); err != nil {
		t.Fatal(err)
	}
	if info, _ := os.Stat(plain); info.Mode().Perm() != 0o700 {
		t.Errorf("default dir %v, want 0700", info.Mode().Perm())
	}
	if err := Default().Apply(f); err != nil {
		t.Fatal(err)
	}
	if info, _ := f.Stat(); info.Mode().Perm() != 0o600 {
		t.Errorf("default file %v, want 0600", info.Mode().Perm())
	}
}

// Own gives a file to the station group: the user's primary group, or as
// root another group of the system's, which the file was not of.
func TestOwnGivesTheFileToTheGroup(t *testing.T) {
	name, gid := primaryGroup(t)
	if os.Geteuid() == 0 {
		for _, other := range []string{"daemon", "bin", "sys", "adm", "users", "nogroup"} {
			g, err := user.LookupGroup(other)
			if err != nil {
				continue
			}
			if n, _ := strconv.Atoi(g.Gid); n != gid {
				name, gid = other, n
				break
			}
		}
	}
	m, err := ForGroup(name)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "export.csv")
	os.WriteFile(path, nil, 0o600)
	if err := m.Own(path); err != nil {
		t.Fatal(err)
	}
	if got := gidOf(t, path); got != gid {
		t.Errorf("group %d, want %d (%s)", got, gid, name)
	}
}
