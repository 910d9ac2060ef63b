package display

import (
	tea "charm.land/bubbletea/v2"

	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/voice"
)

// voiceMsg is an event of the display's announcer.
type voiceMsg voice.Event

// WithVoice gives the display an announcer that speaks each new call
// repeat times. The program owns a and closes it after the display quits;
// Update only queues text for it, never waits on it.
func (m Model) WithVoice(a *voice.Announcer, repeat int) Model {
	m.voice, m.repeat = a, max(repeat, 1)
	return m
}

// listen waits for the announcer's next event (bubbletea's realtime
// pattern: heard re-arms it).
func listen(a *voice.Announcer) tea.Cmd {
	events := a.Events()
	if events == nil {
		return nil
	}
	return func() tea.Msg {
		e, ok := <-events
		if !ok {
			return nil
		}
		return voiceMsg(e)
	}
}

// announce queues the new calls (newest first, as the snapshot has them)
// oldest first, and reports whether they will be heard.
func (m *Model) announce(calls []store.Call) bool {
	if !m.voice.Speaking() {
		return false
	}
	for i := len(calls) - 1; i >= 0; i-- {
		m.voice.Say(voice.CallText(m.c.Text, calls[i].Number, calls[i].Counter), m.repeat)
	}
	return true
}

// heard answers the announcer: the chime as an announcement starts; the
// missing program said once on the last line, which stays, as the display
// goes on silently; a failure said until the next announcement starts.
func (m *Model) heard(e voiceMsg) tea.Cmd {
	t := m.c.Text
	var cmd tea.Cmd
	switch e.Kind {
	case voice.Started:
		cmd = tea.Raw("\a")
		if m.note == t.T("voice.failed") {
			m.note = ""
		}
	case voice.Missing:
		m.note = t.T("voice.missing", common.Inert(e.Text))
	case voice.Failed:
		m.note = t.T("voice.failed")
	}
	return tea.Batch(cmd, listen(m.voice))
}
