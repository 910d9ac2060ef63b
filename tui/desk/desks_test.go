package desk

import (
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"frontdesk/tui/common"
	"frontdesk/tui/desk/internal/desktest"
)

// TestFlagsAreNotRemembered: a desk started with --counter and --engineer
// signs in for that run only; the next plain start finds the sign-in the
// engineer chose in the form, not the flags.
func TestFlagsAreNotRemembered(t *testing.T) {
	s := desktest.NewStation(t)
	prefs := filepath.Join(t.TempDir(), "desk.json")
	c := desktest.CommonWith(s.St, "zh")
	chosen := New(c, nil, Options{DB: s.Path, PrefsFile: prefs, Desk: "first"})
	chosen = drive(chosen, tea.WindowSizeMsg{Width: 100, Height: 30})
	chosen = drive(chosen, press("3", "enter", "张工", "enter")...)
	if chosen.screen != screenQueue {
		t.Fatalf("the sign-in in the form was not taken:\n%s", plain(chosen))
	}
	flagged := New(c, nil, Options{DB: s.Path, PrefsFile: prefs, Counter: 1, Engineer: "王工", Desk: "second"})
	flagged = run(flagged, flagged.Init())
	if flagged.screen != screenQueue || flagged.sess.Counter != 1 {
		t.Fatalf("the flags' sign-in: screen %d, %+v", flagged.screen, flagged.sess)
	}
	if p, ok := LoadPrefs(prefs, s.Path); !ok || p.Counter != 3 || p.Engineer != "张工" {
		t.Fatalf("remembered after a run with flags: %+v %v; want counter 3 · 张工 as chosen in the form", p, ok)
	}
}

// TestCounterOpenElsewhereIsRefused: a second desk that starts at a
// counter another desk has open — by flags or a remembered sign-in — is
// told so at the sign-in and opens nothing; ctrl+t takes the counter over,
// and the first desk, at its next read, goes back to the sign-in saying
// who took it.
func TestCounterOpenElsewhereIsRefused(t *testing.T) {
	s := desktest.NewStation(t)
	c := desktest.CommonWith(s.St, "zh")
	first := New(c, nil, Options{DB: s.Path, Counter: 1, Engineer: "张工", Desk: "first"})
	first = run(send(first, tea.WindowSizeMsg{Width: 100, Height: 30}), first.Init())
	prefs := filepath.Join(t.TempDir(), "desk.json")
	second := New(c, nil, Options{DB: s.Path, PrefsFile: prefs, Counter: 1, Engineer: "王工", Desk: "second"})
	second = run(send(second, tea.WindowSizeMsg{Width: 100, Height: 30}), second.Init())
	if second.screen != screenSetup || !strings.Contains(plain(second), "1号接待台已在另一处打开") || !strings.Contains(plain(second), "Ctrl+T 接管") {
		t.Fatalf("a second desk at counter 1:\n%s", plain(second))
	}
	if second.sess.Counter != 0 {
		t.Fatalf("the refused desk works at counter %d", second.sess.Counter)
	}
	second = drive(second, tea.KeyPressMsg{Code: 't', Mod: tea.ModCtrl})
	if second.screen != screenQueue || second.sess.Counter != 1 || second.sess.Engineer != "王工" {
		t.Fatalf("after ctrl+t: screen %d %+v\n%s", second.screen, second.sess, plain(second))
	}
	if p, ok := LoadPrefs(prefs, s.Path); ok {
		t.Fatalf("the takeover of a sign-in given by flags was remembered: %+v", p)
	}
	snap, err := s.St.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	first = drive(first, common.SnapshotMsg{Snap: snap})
	if first.screen != screenSetup || !strings.Contains(plain(first), "1号接待台已由另一处接管(王工)") {
		t.Fatalf("the desk taken over:\n%s", plain(first))
	}
	// Choosing another counter in the form works at once.
	first = drive(first, press("tab", "backspace", "2", "enter", "enter")...)
	if first.screen != screenQueue || first.sess.Counter != 2 {
		t.Fatalf("the first desk at counter 2: screen %d %+v\n%s", first.screen, first.sess, plain(first))
	}
}
