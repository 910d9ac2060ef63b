// Package board is the desk's order board (DOMAIN O2, O8): the lists a
// station works from, one digit each — 1 open, by state · 2 promised today
// · 3 overdue · 4 owed a progress call (O2) · 5 ready, customer not told ·
// 6 ready, not collected, oldest first, with the days waiting (O8) · 7
// loaners out (O8) · 8 return visits due (P5) — each saying how many it
// holds, and the chosen list's rows under their column names.
//
// The board's data is parts.Board, shared with the queue screen (which
// draws the counts, and on a wide terminal the chosen list, beside the
// queue): this package moves through it and draws it as a whole screen.
// The root reads it back with Data after every update.
//
// Entering and leaving. The root holds one board for the whole program: New
// returns its first read, and the root shows it on the queue's `o`. The
// board is read again whenever the root calls Reload (the change feed woke
// the desk, or a screen's commit returned, parts.SavedMsg{Board: true}),
// and its lists are selected again as the minute turns (Tick: an order
// becomes overdue, or owed a call, by the clock alone). A read that fails
// is said on the status line (db.offline). Keys:
//
//	1–8          choose a list (from its first row)
//	↑/k ↓/j      select a row; pgup/pgdn a screenful
//	enter        open the order: OpenOrderMsg{ID}
//	enter (8)    on the visits list, record the return visit: OpenVisitMsg{ID}
//	/            the search box: OpenSearchMsg{}
//	esc          back to the queue: BackMsg{}
//	q, ctrl+c    quit the program (tea.Quit)
//
// Files: model.go (the model, its messages and Update), view.go (the
// screen's layout), keys.go (the keys, with enter's meaning per list).
package board
