package kiosk

import (
	"errors"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/tui/common"
)

// lastDigits is how many of the phone's digits the customer types (P1).
const lastDigits = 4

// progress is all the kiosk shows of an order: its state and the promised
// time. Nothing else of the order is kept, so nothing else can be drawn.
type progress struct {
	state    repair.State
	promised time.Time
}

// checkedMsg is the store's answer to a look-up, already cut down to what
// the kiosk may show: the order itself, with the customer's name, phone
// and device, stays inside the command.
type checkedMsg struct {
	found progress
	err   error
}

// ask opens the first input screen: the claim code.
func (m *Model) ask() tea.Cmd {
	m.back()
	m.mode, m.sel = claiming, len(m.c.Cfg.Types)
	return m.idle()
}

// idle (re)starts the input screen's timer: after idleFor without a key
// the kiosk goes back and forgets what was typed.
func (m *Model) idle() tea.Cmd {
	m.seq++
	seq := m.seq
	return tea.Tick(idleFor, func(time.Time) tea.Msg { return backMsg{seq} })
}

// claimLen is the number of characters of a claim code (I13).
func (m *Model) claimLen() int {
	if n := m.c.Repair.ClaimCodeLength; n > 0 {
		return n
	}
	return store.DefaultClaimLength
}

// entryKey handles a key on an input screen: enter goes on, backspace
// deletes, esc goes back a step (from the claim code, to the buttons);
// anything else is typed. Every key restarts the idle timer.
func (m *Model) entryKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.keys.Back):
		if m.mode == claiming {
			m.back()
			return nil
		}
		m.mode, m.last4, m.note = claiming, "", ""
	case key.Matches(msg, m.keys.Erase):
		m.note = ""
		if m.mode == claiming {
			m.claim = m.claim[:max(len(m.claim)-1, 0)]
		} else {
			m.last4 = m.last4[:max(len(m.last4)-1, 0)]
		}
	case key.Matches(msg, m.keys.Submit):
		return m.submit()
	case msg.Mod.Contains(tea.ModCtrl) || msg.Mod.Contains(tea.ModAlt):
		// not text
	default:
		return m.typed(msg.Text)
	}
	return m.idle()
}

// typed adds what was typed or pasted to the field being filled: to the
// claim code the symbols of its alphabet, folded to capitals, dashes and
// spaces skipped; to the digits the digits. Everything else — escape
// sequences (whole, their letters too), control characters, other scripts
// — is dropped, and the field takes no more than its length.
func (m *Model) typed(s string) tea.Cmd {
	m.note, s = "", common.Inert(s)
	if m.mode == claiming {
		var refused bool
		m.claim, refused = fill(m.claim, repair.NormalizeClaim(s), m.claimLen(), func(r rune) bool {
			return strings.ContainsRune(repair.ClaimAlphabet, r)
		})
		if refused {
			m.note = m.c.Text.T("kiosk.progress.badChar")
		}
	} else {
		m.last4, _ = fill(m.last4, repair.Fold(s), lastDigits, func(r rune) bool { return r >= '0' && r <= '9' })
	}
	return m.idle()
}

// fill appends the runes of s that ok accepts to field, up to n bytes (the
// accepted runes are ASCII). refused says whether s held a letter or digit
// ok did not accept: a look-alike such as O for 0, worth a hint.
func fill(field, s string, n int, ok func(rune) bool) (string, bool) {
	var b strings.Builder
	b.WriteString(field)
	refused := false
	for _, r := range s {
		switch {
		case ok(r):
			if b.Len() < n {
				b.WriteRune(r)
			}
		case r < 0x80 && (r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z'):
			refused = true
		}
	}
	return b.String(), refused
}

// submit is enter: from a whole claim code to the digits, from all four
// digits to the look-up. A field not yet full is not sent: it would only
// use up an attempt.
func (m *Model) submit() tea.Cmd {
	t := m.c.Text
	switch {
	case m.mode == claiming && len(m.claim) < m.claimLen():
		m.note = t.T("kiosk.progress.claimShort", m.claimLen())
	case m.mode == claiming:
		m.mode, m.note = dialing, ""
	case len(m.last4) < lastDigits:
		m.note = t.T("kiosk.progress.phoneShort")
	default:
		return m.check()
	}
	return m.idle()
}

// check asks the store whether the claim code and the digits open an
// order, counted at the kiosk under P1's limits. Until the answer comes,
// keys are ignored.
func (m *Model) check() tea.Cmd {
	m.mode, m.note = checking, ""
	st, r := m.c.Store, m.c.Repair
	try := store.PickupTry{Counter: store.KioskCounter, Who: who, Claim: m.claim, Last4: m.last4}
	lim := store.PickupLimits{Order: r.PickupAttemptsOrder, Counter: r.PickupAttemptsCounter, Lockout: r.PickupLockout}
	return func() tea.Msg {
		if st == nil {
			return checkedMsg{err: errNoStore}
		}
		o, err := st.VerifyPickup(try, lim)
		return checkedMsg{found: progress{state: o.State, promised: o.Promised}, err: err}
	}
}

// checked shows the answer: the progress, or the lockout, on a held
// screen; a wrong code or wrong digits back on the claim code's screen,
// both fields cleared, with one message that does not say which was wrong
// (P1); any other error on the digits' screen, to try again.
func (m *Model) checked(msg checkedMsg) tea.Cmd {
	var locked *store.LockedError
	switch {
	case errors.As(msg.err, &locked):
		m.claim, m.last4, m.until = "", "", locked.Until
		return m.hold(answered)
	case errors.Is(msg.err, repair.ErrWrongClaim):
		m.mode, m.claim, m.last4 = claiming, "", ""
		m.note = m.c.Text.T("kiosk.progress.wrong")
		return m.idle()
	case msg.err != nil:
		m.mode, m.note = dialing, common.Explain(m.c.Text, m.c.Cfg, msg.err)
		return m.idle()
	}
	m.claim, m.last4, m.found = "", "", msg.found
	return m.hold(answered)
}
