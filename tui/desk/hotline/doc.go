// Package hotline is the desk's hotline screen (DOMAIN H1, S1–S4): the
// call taken phone first, logged by whoever answered it (首问负责), and
// the on-site request opened from it.
//
// Taking a call. The phone is typed and enter looks it up (the orders and
// the on-site requests of that phone, in a command): a known customer's
// name, company, position and address, their devices by model and serial,
// their open orders (number, state, promised) and open requests (number,
// state, visit time) are shown. Then the topic, one line. Then one key
// ends the call:
//
//	1  answered: the call is logged, closed
//	2  phone guidance (S2): the note of what the customer was told, then
//	   the request form; the request is opened guided (onsite.Guide: its
//	   call-back due 2 hours later) and the call logged guided
//	3  an on-site request (S1): the device picked by its digit when the
//	   customer has several (0 another), then the form, prefilled; saved
//	   with OpenRequest, the call logged with its number
//	4  handed over (H1): to whom (picked from the staff, or typed when the
//	   station has no staff record), a note required; the call is logged,
//	   then handed over
//	5  about an order: its digit among the open orders; the call is logged
//	   closed with the order's number
//
// The request form (huh): the fault first (the topic, to complete), the
// network, then the customer, the phone, a landline when the phone is a
// mobile, with the script
// 「您留的电话是手机,您现在方便接听吗?您旁边有座机吗?」, the address, the
// model and serial. Each field is checked with
// onsite.Check as it is left; onsite.Missing lists what is still to ask.
// enter on the last field or ctrl+s on any saves; the scripts of the visit
// time (S4) and the end of the call are then shown. enter takes the next
// call.
//
// My calls. tab on the phone field lists the person's open calls
// (CallsOwned); enter on one, then s closes it solved, h hands it over
// with a note. tab goes back to taking a call.
//
// Every write is in a command; "saved" is said after the commit returned.
// A refusal says why and changes nothing. While a lookup or a commit is
// under way keys wait, but ctrl+c.
//
// Entering and leaving. The root opens it with New(c, s), which reads the
// person's calls and the staff's names. It sends the root:
//
//	BackMsg{}              esc at the phone field, the list of calls or
//	                       the end of a call: show the queue again
//	parts.SavedMsg{}       after each commit returned
//	OpenRequestMsg{ID}     a request was opened: the root may show it on
//	                       the on-site board
//
// esc elsewhere steps back within the call, nothing saved. ctrl+c quits
// (tea.Quit).
//
// Files: model.go (the model, its messages, Update), lookup.go (the phone
// looked up), call.go (the call's keys), form.go (the request form),
// save.go (the writes and their answers), mine.go (my calls), view.go and
// viewform.go (the layout), keys.go.
package hotline
