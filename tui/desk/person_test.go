package desk

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"frontdesk/staff"
	"frontdesk/tui/desk/internal/desktest"
)

// TestASessionsNameCannotBeTyped: at a desk of an SSH session the
// engineer is the key's person — the sign-in asks the counter only, takes
// no name typed, and remembers the counter per key (the prefs' key); a
// person with a fixed counter goes straight to work.
func TestASessionsNameCannotBeTyped(t *testing.T) {
	s := desktest.NewStation(t)
	prefs := t.TempDir() + "/ssh-desks.json"
	c := desktest.CommonWith(s.St, "zh")
	c.Person = staff.Member{Name: "张工", Role: staff.Engineer}
	m := New(c, nil, Options{DB: "key SHA256:abc", PrefsFile: prefs, Desk: "one"})
	m = drive(m, tea.WindowSizeMsg{Width: 100, Height: 30})
	if m.screen != screenSetup || !strings.Contains(plain(m), "张工") || !strings.Contains(plain(m), "SSH 密钥") {
		t.Fatalf("the first connection's sign-in:\n%s", plain(m))
	}
	m = drive(m, press("3", "tab", "enter")...) // tab finds no name field
	if m.screen != screenQueue || m.sess.Counter != 3 || m.sess.Engineer != "张工" {
		t.Fatalf("signed in as %+v on screen %d:\n%s", m.sess, m.screen, plain(m))
	}
	if p, ok := LoadPrefs(prefs, "key SHA256:abc"); !ok || p.Counter != 3 {
		t.Fatalf("remembered %+v %v; want counter 3 for the key", p, ok)
	}
	again := New(c, nil, Options{DB: "key SHA256:abc", PrefsFile: prefs, Desk: "two"})
	if again.screen != screenQueue || again.sess.Counter != 3 || again.sess.Engineer != "张工" {
		t.Fatalf("the next connection: screen %d, %+v", again.screen, again.sess)
	}
	c.Person.Counter = 2
	fixedCounter := New(c, nil, Options{DB: "key SHA256:abc", PrefsFile: prefs, Desk: "three"})
	if fixedCounter.screen != screenQueue || fixedCounter.sess.Counter != 2 {
		t.Fatalf("a person with counter 2 in the staff record: screen %d, %+v", fixedCounter.screen, fixedCounter.sess)
	}
}
