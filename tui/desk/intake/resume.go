package intake

import (
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"frontdesk/repair"
)

// resume takes a draft's form to the step it was left at, field by field as
// enter would, so that nine sections are not typed through again. It stops
// earlier at the first field whose value the rules refuse (a draft never
// skips a problem), and a draft stored without its step stops at the first
// field that is not complete — the last step when every field is. The
// lookups of the phone and the serial run as if those fields had been left.
// The form must have been initialised.
func (m Model) resume(step string) tea.Cmd {
	f, c := m.form, m.c
	_, ps := repair.Check(c.Repair, *f.in, c.Now(), c.Cfg.Location)
	m.describeSave()
	var cmd tea.Cmd
	for f.form.State == huh.StateNormal {
		field := f.form.GetFocusedField()
		if field == nil {
			break
		}
		at := field.GetKey()
		f.focus, f.reached[at] = at, true
		if at == step || at == fieldSave || ps.For(at) != nil {
			break
		}
		// Within a section the next field is focused at once; on its last
		// field huh answers with a command to open the next section, which
		// is dropped and done here instead, so that the form never runs
		// ahead of this loop.
		next := f.form.NextField()
		if k := fieldKey(f.form); k != at {
			cmd = next
			continue
		}
		cmd = f.form.NextGroup()
		if fieldKey(f.form) == at {
			break // the section refuses to be left, or none follows
		}
	}
	f.sync(c)
	f.refreshOptions(c)
	return tea.Batch(cmd, m.lookupOnLeave(repair.FieldPhone), m.lookupOnLeave(repair.FieldSerial))
}

// fieldKey is the key of the form's focused field, "" when none is.
func fieldKey(f *intakeForm) string {
	if field := f.GetFocusedField(); field != nil {
		return field.GetKey()
	}
	return ""
}
