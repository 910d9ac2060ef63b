package intake

import (
	"path/filepath"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"

	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/internal/screentest"
)

// TestSavingWithNoPrinterSaysSoAndStillSaves: without a print command the
// last step offers 「保存」, not 「保存并打印」; the save is stored and said
// saved in a status line that fits 80 columns; the slip screen says, in
// words and wrapped, that no printer is set up, where the slip file is and
// in which file printing is set up; p says the same, briefly.
func TestSavingWithNoPrinterSaysSoAndStillSaves(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		c, st, tk := calledA(t)
		c.Text = desktest.Common(lang).Text
		c.ConfigFile = "/srv/station/frontdesk.toml"
		m := open(t, c, 80, 24, tk)
		m = drive(m, desktest.IntakeKeys()...)
		v := m.Plain()
		if save := map[string]string{"zh": "保存并打印", "en": "Save and print"}[lang]; strings.Contains(v, save) {
			t.Errorf("%s: printing is offered with no printer:\n%s", lang, v)
		}
		m = drive(m, press("y")...)
		if m.M.stage != stageSlip {
			t.Fatalf("%s: not saved: %s\n%s", lang, m.Status(), m.Plain())
		}
		o := m.M.slip.order
		if _, ok, err := st.OrderByNumber(o.Number); !ok || err != nil {
			t.Fatalf("%s: the order is not stored: %v", lang, err)
		}
		saved := map[string]string{"zh": "已保存", "en": "Saved"}[lang]
		if !strings.HasPrefix(m.Status(), saved) || m.Sess.Status.Bad || !strings.Contains(m.Status(), map[string]string{"zh": "没有设置打印机", "en": "no printer"}[lang]) {
			t.Errorf("%s: status %q (bad %v)", lang, m.Status(), m.Sess.Status.Bad)
		}
		if w := lipgloss.Width("✓ " + m.Status()); w > 80 {
			t.Errorf("%s: the status is %d columns: %q", lang, w, m.Status())
		}
		screentest.CheckFits(t, lang+" slip without a printer", m.View(), 80, 24)
		flat := desktest.Flat(m.Plain())
		file := filepath.Join(filepath.Dir(st.Path()), "slips", o.Number+".txt")
		for _, want := range []string{strings.ReplaceAll(file, " ", ""), "/srv/station/frontdesk.toml", "lp-d"} {
			if !strings.Contains(flat, want) {
				t.Errorf("%s: the slip screen lacks %q:\n%s", lang, want, m.Plain())
			}
		}
		for _, key := range []string{"print.command", "[print]", "command ="} {
			if strings.Contains(m.Plain(), key) {
				t.Errorf("%s: a configuration key %q on the engineer's screen", lang, key)
			}
		}
		if strings.Contains(m.Plain(), map[string]string{"zh": "p 重新打印", "en": "p print again"}[lang]) {
			t.Errorf("%s: reprinting is offered with no printer", lang)
		}
		m = drive(m, press("p")...)
		if w := lipgloss.Width("✗ " + m.Status()); !m.Sess.Status.Bad || w > 80 {
			t.Errorf("%s: p without a printer: %q (%d columns)", lang, m.Status(), w)
		}
	}
}
