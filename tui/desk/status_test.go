package desk

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"frontdesk/tui/desk/internal/desktest"
)

// TestAStatusMessageDoesNotFollowTheEngineerToTheQueue: an intake saved
// without a printer says so on the slip screen; back at the queue the
// status line is clear. What is said on the way (an abandoned pickup) is
// for the screen arrived at, and stays.
func TestAStatusMessageDoesNotFollowTheEngineerToTheQueue(t *testing.T) {
	s := desktest.MorningStation(t)
	if _, _, err := s.St.Take("A", false, "kiosk"); err != nil {
		t.Fatal(err)
	}
	m := stationDesk(s, "zh", 80, 24)
	m = drive(m, press("n")...)
	m = drive(m, press("i")...)
	if m.screen != screenIntake {
		t.Fatalf("no intake: %q\n%s", m.sess.Status.Text, plain(m))
	}
	m = drive(m, desktest.IntakeKeys()...)
	m = drive(m, press("y")...)
	if !strings.HasPrefix(m.sess.Status.Text, "已保存") || !strings.Contains(m.sess.Status.Text, "没有设置打印机") {
		t.Fatalf("not saved: %q\n%s", m.sess.Status.Text, plain(m))
	}
	m = drive(m, press("p")...) // the printer's refusal, on the slip screen
	if !m.sess.Status.Bad {
		t.Fatalf("p without a printer: %q", m.sess.Status.Text)
	}
	m = drive(m, press("enter")...)
	if m.screen != screenQueue || m.sess.Status.Text != "" {
		t.Fatalf("back at the queue the status says %q\n%s", m.sess.Status.Text, plain(m))
	}
	if strings.Contains(plain(m), "打印机") {
		t.Errorf("the queue screen still speaks of the printer:\n%s", plain(m))
	}
	// A board opened and closed: whatever was said stays behind.
	m.say("示例", true)
	m = drive(m, press("o", "esc")...)
	if m.screen != screenQueue || m.sess.Status.Text != "" {
		t.Errorf("after the board the status says %q", m.sess.Status.Text)
	}
}

// TestPlaceholderStationDetailsAreWarnedAtStartup: a desk on the default
// configuration's sample station name and phone says so once it is signed
// in, in a line that fits 80 columns, naming the file to set them in; once,
// not again at the next sign-in; a station that set them hears nothing.
func TestPlaceholderStationDetailsAreWarnedAtStartup(t *testing.T) {
	s := desktest.MorningStation(t)
	for _, lang := range []string{"zh", "en"} {
		c := desktest.CommonWith(s.St, lang)
		c.ConfigFile = "/home/station/.local/share/frontdesk/frontdesk.toml"
		c.SetSize(80, 24)
		m := New(c, nil, Options{Desk: testDesk, DB: s.Path, Counter: 3, Engineer: "张工"})
		m = send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
		m = run(m, m.Init())
		want := map[string]string{"zh": "取机凭证上的站名和电话还是示例", "en": "Slips show a sample station name and phone"}[lang]
		st := m.sess.Status
		if !st.Bad || !strings.Contains(st.Text, want) || !strings.Contains(st.Text, "frontdesk.toml") {
			t.Fatalf("%s: status %+v\n%s", lang, st, plain(m))
		}
		if w := lipgloss.Width("✗ " + st.Text); w > 80 {
			t.Errorf("%s: the warning is %d columns: %q", lang, w, st.Text)
		}
		if !strings.Contains(plain(m), want) {
			t.Errorf("%s: the warning is not on the screen:\n%s", lang, plain(m))
		}
		m = drive(m, press("o", "esc")...)
		m = run(m, m.signIn(false, false))
		if strings.Contains(m.sess.Status.Text, want) {
			t.Errorf("%s: warned again: %q", lang, m.sess.Status.Text)
		}
	}
	m := stationDesk(s, "zh", 80, 24) // its station has a name and phone
	if m.sess.Status.Text != "" {
		t.Errorf("a configured station is warned: %q", m.sess.Status.Text)
	}
}
