package store

// The outbox of text messages (C4, S11): buckets of schema 11.

var (
	bucketOutbox        = []byte("outbox")            // id → notify.Message; bucket sequence = the last id
	bucketOutboxDue     = []byte("outbox_due")        // <next ns u64> <id u64> → (empty): the pending ones by when due
	bucketOutboxToCall  = []byte("outbox_to_call")    // <id u64> → (empty): failed for good, to call by hand
	bucketOutboxSubject = []byte("outbox_by_subject") // <order/request/ticket> 0x00 <id u64> → (empty)
	bucketOutboxKeys    = []byte("outbox_keys")       // <idempotency key> → <id u64>
	bucketTicketPhones  = []byte("ticket_phones")     // <ticket id u64> → phone: for the turn message, until sent
)
