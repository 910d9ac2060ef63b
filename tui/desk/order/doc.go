// Package order is the desk's order screen: one repair order, read by its
// id, with everything the front desk needs to answer a customer about it
// and one key for each change it may make.
//
// What it shows (detail.go, page.go): the order's header — state, customer,
// device and serial with how many times it came in and the 三包 exchange
// warning after two repairs (O7), warranty, promise (late in the warning
// style), the part awaited, the estimate and its answer, the loaner out or
// back (O8) —, the intake's fault, accessories and condition, the repair
// result (O4) and the timeline, newest first. The lines are drawn once, when
// the order is read or the terminal resized, never per frame; every text
// from the database goes through common.Inert. The arrows, j/k and
// pgup/pgdown scroll it; the title's ↑ ↓ say there is more.
//
// What it changes (actions.go, change.go, save.go): s the state, to what O1
// allows next (waiting for parts asks the part, cancelled and returned the
// reason); r the repair result (O4); c a call logged (O2, O3), with the
// standard script of its kind shown word for word; e a new estimate; n a
// note; x an escalation and t a complaint with its answer (O5); b the
// loaner back (O8). Each is an embedded huh form inside the order's frame
// — embedded, so its SubmitCmd and CancelCmd are nil and the screen watches
// the form's State instead. A completed form is written through
// parts.WriteOrder (store.UpdateOrder: read, changed and written in one
// transaction, nothing written when the rule refuses). "Saved" is said only
// once the commit returned; a refusal says why in the rules' words
// (parts.OrderError), e.g. 「不能改为待取机:还缺 故障原因、维修内容、更换部件、
// 使用建议(O4)」. Keys the order cannot take are disabled, so the help line
// shows only what can be done: a closed order takes notes, calls and
// complaints; b is there only while a loaner is out, a only while a lost
// accessory's replacement is owed (it is handed over: which one, confirmed).
//
// How it is entered and left: the root opens it with New(c, session, id),
// from the board or the search box, and calls Reload when the change feed
// says something changed (nothing is read while a change is being saved).
// It sends, through its parts.Outbox:
//   - BackMsg{} on esc, and when the order is not found at its first read:
//     the root goes back to the screen it came from (board or search);
//   - parts.SavedMsg{Board: true} when a change was committed: the root
//     reads the board again;
//   - parts.StatusMsg (Say) for the status line: "saving…", saved, refused,
//     the database offline.
//
// ctrl+c quits (tea.Quit) from the order and from its forms, as on the
// other screens of the desk.
//
// Files: model.go the Model, opening and reading; keys.go the keys;
// update.go keys and answers; actions.go the forms of the actions;
// change.go what a completed form does, and the call's script; save.go the
// write and its answer; detail.go and page.go the order's lines; view.go
// the screen.
package order
