package parts

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"frontdesk/repair"
	"frontdesk/store"
)

// Change is what a screen does to an order: the repair rule it applies at
// the time given, refusing with the rule's error.
type Change func(repair.Order, time.Time) (repair.Order, error)

// WriteOrder changes order id in a command through store.UpdateOrder —
// read, changed and written in one transaction, or nothing written when
// change refuses — as the session's engineer at its counter, and hands the
// answer to answer for its message. The command captures values only.
func WriteOrder(st store.Station, s Session, id uint64, change Change, answer func(repair.Order, error) tea.Msg) tea.Cmd {
	if st == nil {
		return nil
	}
	n, who := s.Counter, s.Engineer
	return func() tea.Msg {
		o, err := st.UpdateOrder(who, n, id, change)
		return answer(o, err)
	}
}

// Problems turns the Problems of SetResult and Complain into an error that
// is nil when there are none (a nil Problems in an error is not nil).
func Problems(o repair.Order, ps repair.Problems) (repair.Order, error) {
	if len(ps) > 0 {
		return o, ps
	}
	return o, nil
}
