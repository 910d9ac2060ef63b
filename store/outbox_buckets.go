package store

// The outbox of text messages (C4, S11): buckets of schema 11.

import (
	"frontdesk/queue"
	"frontdesk/repair"
)

var (
	bucketOutbox        = []byte("outbox")            // id → notify.Message; bucket sequence = the last id
	bucketOutboxDue     = []byte("outbox_due")        // <next ns u64> <id u64> → (empty): the pending ones by when due
	bucketOutboxToCall  = []byte("outbox_to_call")    // <id u64> → (empty): failed for good, to call by hand
	bucketOutboxSubject = []byte("outbox_by_subject") // <order/request/ticket> 0x00 <id u64> → (empty)
	bucketOutboxKeys    = []byte("outbox_keys")       // <idempotency key> → <id u64>
	bucketTicketPhones  = []byte("ticket_phones")     // <ticket id u64> → phone: for the turn message, until sent
)

// turnMessages is called when t was called: those waiting behind it whose
// turn is coming up are told (C4).
func (w *wtx) turnMessages(t queue.Ticket) error { return nil }

// orderMessages writes the messages the steps of o from before on call for.
func (w *wtx) orderMessages(o repair.Order, before int) error { return nil }
