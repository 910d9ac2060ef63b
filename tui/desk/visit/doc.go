// Package visit is the desk's screen for recording the return visit of an
// order picked up (DOMAIN P5): the pickup makes the visit due a few working
// days later, the board's list 8 holds the orders whose visit is due, and
// enter there opens this screen. It shows what the call is about — who,
// the device, when it was handed over and signed for, the day the visit
// was due, how many earlier calls did not reach the customer — and asks
// whether the customer was reached, how satisfied (1–5, only when reached)
// and their remarks. The visit is written with repair.RecordVisit through
// parts.WriteOrder; a visit not reached is logged and stays due.
//
// Entering and leaving. The root opens it with New(c, s, id), which reads
// the order. It sends the root:
//
//	BackMsg{}                 esc (nothing saved), the order not found or
//	                          not readable (said on the status line), or
//	                          the visit saved: show the board again
//	parts.SavedMsg{Board: true}  after the commit returned: read the board
//	                          again, so the visit leaves list 8
//
// A refused visit stays on the screen with why, on a fresh form. While the
// commit is under way esc is not taken. ctrl+c quits (tea.Quit). Every
// other key goes to the form.
//
// Files: model.go (the model, its messages and Update), form.go (the form
// and the save), view.go (the screen's layout and the order's facts),
// keys.go.
package visit
