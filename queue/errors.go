package queue

import "errors"

// The errors of the queue rules. Callers match them with errors.Is and show
// the user a message from the text catalogue.
var (
	ErrUnknownType     = errors.New("unknown service type")
	ErrUnknownCounter  = errors.New("no such counter")
	ErrNotServed       = errors.New("counter does not serve this service type")
	ErrPaused          = errors.New("counter is paused")
	ErrNoneWaiting     = errors.New("no ticket waiting for this counter")
	ErrNotYours        = errors.New("ticket is held by another counter")
	ErrState           = errors.New("not allowed in the ticket's state")
	ErrNoCurrent       = errors.New("counter has no current ticket")
	ErrBusy            = errors.New("counter already has a current ticket")
	ErrNotFound        = errors.New("no such ticket today")
	ErrReason          = errors.New("a reason is required")
	ErrSameTarget      = errors.New("transfer target is where the ticket already is")
	ErrServedElsewhere = errors.New("an open counter serves this ticket")
)
