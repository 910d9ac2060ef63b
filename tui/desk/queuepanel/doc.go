// Package queuepanel is the desk's queue screen, where the engineer at a
// counter spends the day: the ticket at this counter, the tickets waiting
// (what this counter would call, in the order it would call them, then the
// ones stepped away, other types and today's no-shows), the queue's counts
// and the other counters, the board's counts or — from 120 columns — its
// chosen list, and the words to say now.
//
// Rules it serves (DOMAIN.md): Q3 the call script word for word, Q4 the
// order tickets are offered in, Q5 no-shows and transfers (the transfer
// picker is a mode of this screen, drawn in the script box), Q6 the long
// wait marked and the apology when served, Q7 "please wait" to a new
// arrival, Q8 nothing from the database drawn raw (the snapshot is made
// inert once, when it arrives), Q9 priority first, Q10 pause and step
// away, Q11 the day's counts.
//
// Every action is one key and one store operation in a command (op); the
// screen says "saved" only when the commit returned, then reads the queue
// again. Only one operation is in flight at a time.
//
// Entering and leaving: the root builds the screen with New once the
// engineer signed in, hands it every common.SnapshotMsg, the board (SetBoard)
// and the minute (Tick), and reads Current and Paused for the other screens
// and the header. Keys that lead elsewhere are checked here — so a refusal
// stays on this screen, in the same words — and then sent to the root:
//
//	OpenIntakeMsg  i, the current ticket brings a device in (started first when called)
//	OpenPickupMsg  g, the current ticket is a pickup ticket
//	OpenBoardMsg   o
//	OpenHotlineMsg h, a call on the hotline
//	OpenOnsiteMsg  d, the on-site board
//	OpenReportMsg  m
//	OpenSearchMsg  /
//	SignOutMsg     ctrl+o: the root shows the sign-in
//
// q and ctrl+c quit (tea.Quit). Other screens drive two actions through the
// root: CallNext (the claim slip's n) and Finish (a signed-off pickup).
//
// Files: model.go (the Model, its contract and the snapshot), keys.go,
// actions.go (keys and store operations), messages.go (what it sends),
// list.go (the waiting rows), view.go (the panels), script.go (the words to
// say), transfer.go (the transfer picker).
package queuepanel
