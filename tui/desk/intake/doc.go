// Package intake is the desk's pre-check intake: one customer's device
// taken in at the counter, from the first question to the claim slip
// handed over (the domain rules I1–I13, which package repair checks).
//
// The form (huh, in sections ①–⑨) asks in the order the counter works:
// who brings the device — a dealer must name the end user (I1) — whether a
// person or a business (I2), and who they are; the device and its proof of
// purchase (I3); the warranty decision, every part category with its
// verdict at a glance and the exclusions (I4), with the 三包 options (I5);
// the fault as told, and burn-in only with consent (I6); accessories and
// condition (I7, I8); the backup raised, data-loss and opening consents
// (I9, I10); the estimate and fee when the repair is paid (I11); the
// promised time and a loaner when one is due (I12); and a last
// confirmation. Every value is checked where it is typed by the rules that
// check the whole intake and the store (repair.CheckField), and sections
// that do not apply are hidden. Beside the form a panel shows what the
// engineer needs to know now: a returning customer, found by the phone and
// filled in; the serial's earlier repairs, a comeback whose warranty does
// not restart (O7); the warranty as it stands; the script to say.
//
// What was typed is kept as the counter's one draft (store.Draft): stored a
// moment after each change, on esc and before ctrl+c quits. Opening the
// intake again resumes the draft of the same ticket; another customer's
// draft is offered (y takes it over, n starts afresh, esc goes back), never
// merged silently. Saving writes the order, its indexes and the ticket's
// finish in one store transaction, then writes and prints the claim slip;
// "saved" is said only once the commit returned, and a refused save keeps
// the form as it was. The slip screen shows the claim slip (I13): p prints it
// again, n calls the next customer, enter or esc goes back, ↑/↓ scroll.
//
// The queue screen opens it (it checks that the counter has a current
// ticket of an intake type and starts a called one) and the root calls
// New(c, session, ticket). The intake sends the root, through its
// parts.Outbox:
//
//   - ShownMsg when it has something to show (the offer, the form, the
//     slip): the root shows the intake screen; until then the draft is
//     being read and the queue stays on screen;
//   - LeftMsg on esc (out of the form, the draft kept; or away from the
//     offer): back to the queue;
//   - parts.SavedMsg{Queue: true, Board: true} when the save's commit
//     returned: the queue and the board are read again;
//   - DoneMsg when the slip is closed (enter, esc, q): back to the queue;
//   - CallNextMsg on the slip's n: back to the queue, calling the next
//     customer as the queue's n does;
//   - parts.StatusMsg for the status line.
//
// ctrl+c in the form stores the draft and then quits the program itself
// (tea.Sequence).
//
// Files: model.go (the Model, its stages and messages, New and the
// contract's setters), keys.go, update.go (routing, the form's keys),
// intake.go (the intake being typed and the choices that map onto it),
// form.go (the huh form), options.go (the lists that depend on earlier
// answers), check.go (the rules where typed and before saving), lookup.go
// (the phone's and the serial's earlier orders), draft.go, offer.go (the
// draft of another ticket), save.go (the one transaction and the slip's
// file and printer), slip.go (the slip screen), view.go and facts.go (the
// form's screen and its side panel).
package intake
