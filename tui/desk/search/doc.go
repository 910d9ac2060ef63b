// Package search is the desk's one search box (DOMAIN O6): an order
// number or part of it (a month "R2612", the day's sequence "0001"), a
// claim code, a phone (or its last digits), a serial, a name or part of a
// dealer's name finds any order, the rows shown as on the board, and how
// many more matched below them; and, under them, the on-site requests it
// finds by their number, phone, name, company or serial (requests.go). Every change of the text
// starts a search (store.Search, as many rows as the box shows); searches
// are numbered so that the answer to older text, arriving late, is dropped.
// Whatever is typed or pasted is made inert, and the box takes at most
// MaxLen characters, so a pasted page is cut, not searched.
//
// Entering and leaving. The root opens a fresh box with New, from the queue
// (`/`), the board (`/`) or, in pick mode, the pickup's lost slip (ctrl+l,
// which says its own status line after the box clears it). Keys:
//
//	↑ ↓          select a result
//	enter        open the order: OpenOrderMsg{ID}; in pick mode, take the
//	             order back to the pickup: PickedMsg{ID}; on a request,
//	             open it on the on-site screen: OpenRequestMsg{ID}
//	esc          close the box: BackMsg{} (the root knows where it came from)
//	ctrl+c       quit the program (tea.Quit)
//	anything else is typed
//
// When the box sends OpenOrderMsg the root may keep it and show it again
// when the order screen goes back: it then calls Focus, so that the box
// takes keys and pastes again. While the box is not shown its input is
// blurred, and a paste the root forwards to every screen is not typed.
//
// Files: model.go (the model, its messages and Update), find.go (typing
// and the numbered searches), view.go (the screen's layout), keys.go.
package search
