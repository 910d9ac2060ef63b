package kiosk

import (
	"frontdesk/tui/i18n"
	"frontdesk/tui/voice"
)

// WithVoice gives the kiosk an announcer, for customers who cannot read
// the screen well: the ticket it issues is spoken, and the Read key reads
// the choices aloud. The program owns a and closes it; Update only queues.
// Without a speech program the Read key is not offered.
func (m Model) WithVoice(a *voice.Announcer) Model {
	m.voice = a
	m.keys.Read.SetEnabled(a.Speaking())
	m.render()
	return m
}

// readChoices says the prompt and every service with its key, the
// progress's, and last the rating's.
func (m *Model) readChoices() {
	names := make([]string, len(m.c.Cfg.Types))
	for i, ty := range m.c.Cfg.Types {
		names[i] = m.c.Text.Pick(ty.Name.ZH, ty.Name.EN)
	}
	sep := ""
	if m.c.Text.Lang == i18n.EN {
		sep = " "
	}
	m.voice.Say(voice.ChoicesText(m.c.Text, names)+sep+m.c.Text.T("kiosk.rate.spoken"), 1)
}
