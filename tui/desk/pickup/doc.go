// Package pickup is the desk's pickup screen: a customer with a B (取机)
// ticket collects a repaired device at the counter, and the engineer goes
// through the steps DOMAIN.md requires, in order, one screen each:
//
//   - P1, who is collecting: the claim code from the slip (any case, with
//     or without the dash) and the last 4 digits of the phone. The store
//     checks them (store.VerifyPickup), counts and logs every try and
//     locks an order or a counter after too many wrong ones; the screen
//     says only "try again" — not which half was wrong nor how many tries
//     are left — or until when it is locked. A lost slip (ctrl+l) finds
//     the order with the desk's search box instead, then checks an ID:
//     its type, its last 4 characters only (a full number is refused, not
//     cut, and never kept); then a supervisor's approval, asked of the
//     store (store.AskApproval) and waited for: given from the
//     supervisor's own session (heard on the change feed, as a snapshot
//     that no longer lists the request as pending), or by the supervisor's
//     PIN typed here (p: their name picked, the PIN masked; wrong ones are
//     counted and lock it for a while). A supervisor's own session
//     approves at once. The verification records the supervisor the store
//     says decided it, never a typed name; a refusal goes back to the
//     claim code, saying who refused.
//   - P2, the right device: the order's tag drawn large to fetch it by,
//     then its serial typed or scanned must match the order's.
//   - G1–G3, the golden-key inspection: the device kind's checklist gone
//     through in two rounds with the customer (space/enter pass, n not
//     applicable — never for the original fault —, a the rest passed, f
//     fail with a note). A failed item stops the pickup: confirmed with y,
//     the order goes back to repairing (repair.FailInspection) and the
//     ticket stays open.
//   - P3, the explanation: cause, work, parts and advice read to the
//     customer; then every accessory taken in ticked as handed back, and
//     a loaner out taken back (O8, b writes it at once). An accessory
//     that cannot be found is recorded with l as lost by the station,
//     with what was agreed with the customer (lostaccessory.go): kept on
//     the screen and written with the sign-off.
//   - P4, the sign-off: the customer's name as confirmed (the intake's,
//     prefilled) and the engineer; repair.SignOff closes the order and
//     makes its return visit due (P5). The farewell is then said word for
//     word.
//
// Nothing is written before the sign-off but a failed inspection and a
// loaner returned; esc asks before a pickup under way is abandoned, and
// an abandoned pickup leaves the database as it was. ctrl+c quits.
//
// Entering and leaving. The root opens the screen with New for the
// counter's current ticket, once the queue screen has checked it is of
// the pickup type (queue.Config.PickupType, [queue] pickup_type). The screen tells the root, through its parts.Outbox:
//
//   - BackMsg: show the queue again (the farewell or the failed
//     inspection closed, or the pickup abandoned).
//   - FindOrderMsg: ctrl+l, a lost slip — open the search box in pick
//     mode. The order picked there is handed back with LostSlipFor; esc
//     in the search box just shows the pickup again, as it was.
//   - parts.SavedMsg{Board: true}: a change was committed; read the
//     board again.
//   - SignedOffMsg: the sign-off was committed; finish the counter's
//     ticket, as the queue's finish key does.
//   - parts.StatusMsg (Say): the status line.
//
// Files: model.go (the model, its messages, routing, abandoning), keys.go
// (the keys of each step), verify.go (P1 by claim code, the order's
// readiness, P2), lostslip.go (P1 without the slip), approval.go (its supervisor's
// approval), inspection.go (G1–G3),
// lostaccessory.go (an accessory the station lost, what was agreed),
// handover.go (P3, P4), save.go (the three writes and their refusals),
// view.go, inspection_view.go and handover_view.go (what each step draws).
package pickup
