package kiosk

// Rating a service at the kiosk (C1: the kiosk's channel): today's ticket
// number typed, then one of the five choices of the counters' rating
// pads. The store's RateTicket decides whether that ticket's service can
// be rated — a number not issued today, a service not ended, one rated
// already are each told plainly and change nothing. Nothing of the
// ticket's customer or engineer reaches the kiosk: the answer is only
// whether the rating was taken.

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"frontdesk/care"
	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/rate"
)

// maxNumber is the most characters a ticket number takes: a service's
// code and its day's sequence.
const maxNumber = 8

// ratedMsg is the store's answer to a rating at the kiosk.
type ratedMsg struct{ err error }

// askRating opens the rating's first step, the ticket number.
func (m *Model) askRating() tea.Cmd {
	m.back()
	m.mode, m.sel = rateNumber, len(m.c.Cfg.Types)+1
	return m.idle()
}

// rateKey handles a key on a step of the rating: esc goes back a step
// (from the number, to the buttons); on the number enter goes on,
// backspace deletes and anything else is typed; on the choice the pad's
// keys choose. Every key restarts the idle timer.
func (m *Model) rateKey(msg tea.KeyPressMsg) tea.Cmd {
	if key.Matches(msg, m.keys.Back) {
		if m.mode == rateNumber {
			m.back()
			return nil
		}
		m.mode, m.score, m.note = rateNumber, 0, ""
		return m.idle()
	}
	if m.mode == rateScore {
		var chosen bool
		if m.score, chosen = m.keys.Choice.Pick(msg, m.score); chosen {
			return m.sendRating()
		}
		return m.idle()
	}
	switch {
	case key.Matches(msg, m.keys.Erase):
		m.note, m.number = "", m.number[:max(len(m.number)-1, 0)]
	case key.Matches(msg, m.keys.Submit):
		m.submitNumber()
	case msg.Mod.Contains(tea.ModCtrl) || msg.Mod.Contains(tea.ModAlt):
		// not text
	default:
		return m.rateTyped(msg.Text)
	}
	return m.idle()
}

// rateTyped adds what was typed or pasted to the ticket number: letters,
// folded to capitals, and digits (full-width ones too); everything else
// — escape sequences whole, control characters, other scripts — is
// dropped, and the number takes no more than maxNumber.
func (m *Model) rateTyped(s string) tea.Cmd {
	m.note = ""
	s = strings.ToUpper(repair.Fold(common.Inert(s)))
	m.number, _ = fill(m.number, s, maxNumber, func(r rune) bool { return r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' })
	return m.idle()
}

// submitNumber is enter on the number: a number of a configured service
// goes on to the choice, written as the ticket prints it; anything else
// is asked again.
func (m *Model) submitNumber() {
	number, ok := ticketNumber(m.c.Cfg, m.number)
	if !ok {
		m.note = m.c.Text.T("kiosk.rate.badNumber")
		return
	}
	m.mode, m.number, m.score, m.note = rateScore, number, 0, ""
}

// ticketNumber is typed as the number of a ticket of one of cfg's
// services, as the ticket prints it ("A12" is "A012"); false when it is
// not one: no code, an unknown one, no digits or more letters after them.
func ticketNumber(cfg queue.Config, typed string) (string, bool) {
	i := strings.IndexFunc(typed, func(r rune) bool { return r >= '0' && r <= '9' })
	if i <= 0 {
		return "", false
	}
	code := typed[:i]
	seq, err := strconv.Atoi(typed[i:])
	if _, known := cfg.Type(code); known != nil || err != nil || seq < 1 {
		return "", false
	}
	return queue.Format(code, seq), true
}

// sendRating asks the store to rate the ticket's service with the
// choice. Until the answer comes, keys are ignored.
func (m *Model) sendRating() tea.Cmd {
	m.mode, m.note = rateSending, ""
	r, number, score := m.rater, m.number, m.score
	return func() tea.Msg {
		if r == nil {
			return ratedMsg{err: errNoStore}
		}
		_, err := r.RateTicket(who, number, score)
		return ratedMsg{err: err}
	}
}

// answeredRating shows the store's answer: the thanks on a held screen
// once the rating was taken; a number unknown today, a service not ended
// or rated already back on the number, said plainly, for another number;
// any other error on the choice, to try again.
func (m *Model) answeredRating(msg ratedMsg) tea.Cmd {
	if msg.err == nil {
		m.number = ""
		return m.holdFor(rated, rate.ThankFor)
	}
	if told, ok := rate.Refusal(m.c.Text, msg.err, care.AtKiosk); ok {
		m.mode, m.score, m.note = rateNumber, 0, told
		return m.idle()
	}
	m.mode, m.note = rateScore, m.c.Text.T("rate.failed")
	return m.idle()
}
