package queuepanel

import "frontdesk/queue"

// OpenIntakeMsg asks the root to open the intake (I1–I12) for Ticket, the
// counter's current ticket, which brings a device in; the root reads the
// counter's draft. A called ticket was started already (its op is in the
// same Update's command).
type OpenIntakeMsg struct{ Ticket queue.Ticket }

// OpenPickupMsg asks the root to open the pickup (P1–P4, G1–G3) of Ticket,
// the counter's current pickup ticket.
type OpenPickupMsg struct{ Ticket queue.Ticket }

// OpenBoardMsg asks the root to show the order board (O2, O8).
type OpenBoardMsg struct{}

// OpenHotlineMsg asks the root to take a call on the hotline (H1, S1).
type OpenHotlineMsg struct{}

// OpenOnsiteMsg asks the root to show the on-site board (S2–S12).
type OpenOnsiteMsg struct{}

// OpenReportMsg asks the root to open the station's report (R1, R2).
type OpenReportMsg struct{}

// OpenSearchMsg asks the root to open the search box (O6); its esc comes
// back to the queue.
type OpenSearchMsg struct{}

// OpenApprovalsMsg asks the root to show the requests waiting for a
// supervisor (P1): a supervisor's session's v.
type OpenApprovalsMsg struct{}

// SignOutMsg asks the root to show the sign-in, filled with the session's
// counter and engineer.
type SignOutMsg struct{}

// opMsg reports an operation on the store after its commit returned: only
// then does the desk say it is saved.
type opMsg struct {
	action string // catalogue key of what was done, "desk.did.call" …
	t      queue.Ticket
	err    error
}
