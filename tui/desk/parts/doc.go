// Package parts is what several screens of the desk draw and say, with one
// owner each: the session every screen shows in its header (counter,
// engineer, paused, the status line) and the outbox by which a screen asks
// the desk to move; the header, status line and wrapped help; the rows of
// orders that the board, the search box and the queue screen list; the
// board's lists; the words for the rules' refusals; the keys and checks of
// the embedded forms; and the one command that changes an order.
//
// The screens (tui/desk/queuepanel, intake, board, search, order, pickup,
// visit) import parts and never each other; the root, tui/desk, routes
// between them.
package parts
