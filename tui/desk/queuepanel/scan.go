package queuepanel

import (
	"strings"

	tea "charm.land/bubbletea/v2"
)

// A barcode gun types like a fast keyboard ending in enter: the order
// number on a device's tag or a claim slip, a serial. On the queue screen
// no key is a capital letter or a digit, so one of them starts a code:
// what follows is gathered, drawn in the script box, and enter opens it
// (ScanMsg) — the same for an order number typed by hand. esc lets it go;
// backspace takes a character back.

// ScanMsg asks the root to open what Code names: the order of a number or
// claim code, or the search for it when it is not exactly one order.
type ScanMsg struct{ Code string }

// maxScan is the longest code gathered: more than any number, claim code
// or serial (the search box's MaxLen).
const maxScan = 40

// startsScan reports whether the text s of a key begins a code: a capital letter or a
// digit, which no key of the queue screen is.
func startsScan(s string) bool {
	return len(s) == 1 && (s[0] >= 'A' && s[0] <= 'Z' || s[0] >= '0' && s[0] <= '9')
}

// inScan reports whether the text s of a key goes on a code begun: a letter, a digit or
// a dash.
func inScan(s string) bool {
	return len(s) == 1 && (s[0] >= 'A' && s[0] <= 'Z' || s[0] >= 'a' && s[0] <= 'z' || s[0] >= '0' && s[0] <= '9' || s[0] == '-')
}

// updateScan takes a key while a code is being gathered.
func (m Model) updateScan(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	switch s := msg.String(); {
	case inScan(msg.Text) && len(m.scan) < maxScan: // what was typed, shift or not
		m.scan += msg.Text
	case s == "enter":
		code := m.scan
		m.scan = ""
		m.Send(ScanMsg{Code: code})
	case s == "esc" || s == "ctrl+c":
		m.scan = ""
		m.Say(m.c.Text.T("desk.scan.cancelled"), false)
	case s == "backspace":
		m.scan = m.scan[:len(m.scan)-1]
	}
	return m, nil
}

// scanLines is the code gathered, drawn in the script box.
func (m Model) scanLines() []string {
	return []string{m.c.Styles.Current.Render(strings.ToUpper(m.scan)) + "▏", m.c.Styles.Muted.Render(m.c.Text.T("desk.scan.help"))}
}
