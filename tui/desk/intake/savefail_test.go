package intake

import (
	"strings"
	"testing"

	"frontdesk/store"
	"frontdesk/tui/desk/internal/desktest"
)

// TestIntakeRefusedWhenTheDiskIsFull: a save the store refuses because the
// disk is full (store.TestDiskFullLosesNothing makes the real refusal)
// says so in the engineer's language, never "saved", and keeps everything
// typed, so that enter saves it once there is room.
func TestIntakeRefusedWhenTheDiskIsFull(t *testing.T) {
	for lang, want := range map[string]string{"zh": "未保存:磁盘已满", "en": "Not saved: The disk is full"} {
		m := atIntake(t, lang, 100, 30)
		m = drive(m, desktest.IntakeKeys()...)
		in := *m.M.form.in
		m = drive(m, OrderSavedMsg{Err: &store.PathError{Path: "/srv/station.db", Err: store.ErrDiskFull}})
		if m.M.stage != stageForm || m.M.form == nil || m.M.form.saving {
			t.Fatalf("%s: after a refused save the intake is at stage %v", lang, m.M.stage)
		}
		if got := *m.M.form.in; got.Name != in.Name || got.Phone != in.Phone || got.Serial != in.Serial || got.Fault != in.Fault {
			t.Errorf("%s: the form lost what was typed: %+v", lang, got)
		}
		if !strings.Contains(m.Status(), want) || strings.HasPrefix(m.Status(), m.M.c.Text.T("saved")) {
			t.Errorf("%s: status %q, want %q", lang, m.Status(), want)
		}
		if !strings.Contains(strings.Join(strings.Fields(m.Plain()), ""), strings.Join(strings.Fields(want), "")) {
			t.Errorf("%s: the refusal is not on the screen:\n%s", lang, m.Plain())
		}
	}
}
