// Package onsiteboard is the desk's on-site board and one on-site
// request's screen (DOMAIN S1–S12). It is named onsiteboard because it
// uses package onsite's rules.
//
// The board (model.go, update.go, view.go): the visits of today and of the
// next service day per engineer on a timeline (timeline.go) — service
// hours across the width, a row per engineer, each visit a block "#3━━"
// with its request's day sequence, the current time marked ┆ — and under
// it the open requests in five lists, one digit each, saying how many it
// holds (lists.go): 1 all open, the worst clock first · 2 to schedule (new,
// no visit) · 3 call-backs due after phone guidance · 4 parts awaited · 5
// at risk (onsite.AtRisk). A row (rows.go) is the request's number, the
// customer (company or name), its state, the clock that matters with its
// time left, coloured by level and marked for a terminal without colour
// (blank ok, ! near, × missed), and the visit. Rows, lists, clocks and the
// timeline are computed once per read (Reload) and minute (Tick), never
// per keystroke; View draws only the rows in the window.
//
// The request (detail.go, lines.go, detailview.go): its facts, visit,
// guidance, parts, calls ahead, service record, check, clocks and
// timeline, and one key a step, each written through store.UpdateRequest
// with the rule applied to the request as stored (save.go, change.go), the
// status line saying "saved" only after the commit returned, a refusal
// said in the user's language with nothing changed (refusal.go). Steps
// onsite does not have yet are in rules.go.
//
// Keys on the board:
//
//	1–5          choose a list
//	↑/k ↓/j      select a row; pgup/pgdn a page
//	enter        open the request
//	esc          back to the queue: BackMsg{}
//	q, ctrl+c    quit (tea.Quit)
//
// Keys on a request (those its state cannot take are disabled):
//
//	g   phone guidance given (a note; the call-back due 2 hours later)
//	s   schedule: engineer, today or the next service day, hh:mm, length;
//	    a clash refused with the reschedule apology and the engineer's
//	    next free slot, a time past or outside service hours with why
//	$   a paid visit: the fee, why, the customer's answer; its script
//	    word for word
//	c   call ahead, with the engineer's script (c.Onsite.Brand): 1
//	    answered, 2 no answer, 3 too late, 4 customer absent (the note)
//	a b x l   arrived, started, fixed, left: stamped now; leaving with
//	    the record complete and the check passed closes it done
//	r   the service record: found, done, fee, signer
//	k   the check with the customer (the device kind's list)
//	e   escalate to a carry-in repair: OpenIntakeMsg{Request, Intake}
//	p   print the service record: PrintRecordMsg{ID}
//	o   the call-back after guidance (S2), opened with onsite.AskSolved:
//	    solved, not solved, insisted, no answer (steps_more.go)
//	n   a part the visit needs (S5), in stock or not — not in stock, the
//	    apology repair.PartNotInStock is said — and v one awaited arrived
//	z   cancel: the customer withdrew it, with the reason
//	↑↓  scroll · esc back to the board · ctrl+c quit
//
// Messages to the root, through the embedded parts.Outbox: BackMsg{},
// OpenIntakeMsg, PrintRecordMsg, parts.SavedMsg{} after every commit (the
// board reads itself again), parts.StatusMsg for the status line. The root
// calls New once, Reload on every change feed wake, Tick every minute,
// SetSize, SetSession and SetStyles as for the other screens.
package onsiteboard
