// Package store keeps the queue and the repair orders in one bbolt file,
// held by one process for its life: `frontdesk serve` (package owner), or
// the demo and the tests. Every other program — desks, the queue display,
// the kiosk, scripts — is a client of that process (package client) and
// sees the Store through the interfaces of iface.go. It runs the
// decisions of packages queue and repair inside transactions and holds no
// rules of its own.
//
// # One file, one owner
//
// Open holds the file until Close, with bbolt's own lock: a second owner
// of the same file gets ErrLocked after Options.Timeout (run.go, hold).
// Every operation is one short transaction on it; Restore and Compact let
// go of the file and swap it under a gate that every operation holds to
// share, so that an operation sees the old file or the new one, never
// neither (exclusive). A file that faulted (a damaged page can make bbolt
// read past its map) is never used or closed again, but its descriptor
// is, so that it can be restored.
//
// Every write commit advances meta/rev, and after the commit returned the
// new rev is offered to every watcher in the process (feed.go: one slot
// per watcher, the newest rev wins, nobody dropped); the owner passes it on
// to its clients. Each write re-reads the day's tickets for the rules of
// package queue, and each screen re-reads them and the board on every
// change, so decoded tickets and heads are cached, reused only while their
// bytes are unchanged, and the board is kept while no commit changed it
// (cache.go). Check runs bbolt's check and the invariants that tie the
// buckets together (check.go, invariants.go).
//
// # Operations
//
// Each write is one transaction that first closes tickets left open on
// earlier days (txn.go), appends one Event per changed ticket, counter or
// order, and changes nothing when it fails. By group:
//
//   - The store itself: Open checks, creates or migrates the file and
//     returns a Store that holds it (open.go); Path, Config and Close, which
//     lets go of the file (db.go); SchemaVersion (schema.go); Check
//     (check.go).
//   - The queue: Take, CallNext, FinishAndCallNext, CallTicket (tickets.go);
//     Recall, Start, Finish, NoShow, Transfer on a counter's current ticket,
//     ReturnNoShow, StepAway, ComeBack by id, and CloseDay (actions.go);
//     SetPaused, SignIn (counters.go).
//   - Reading what changed: Snapshot, Rev (snapshot.go); Events (events.go);
//     Watch (feed.go).
//   - Repair orders: SaveIntake opens an order, finishing the customer's
//     ticket in the same transaction (orders.go); HandBack ends an intake
//     with the device handed back unaccepted, the ticket finished and the
//     reason logged as KindHandBack, no order opened (handback.go); UpdateOrder changes one
//     through a function of package repair, logging a KindOrder event per
//     step of its timeline, and Board reads the heads of the orders still on
//     the board (orders_update.go); ReplaceOrder puts an order changed away
//     from the store (by a client) if it is still as it was read
//     (orders_replace.go); Order, OrderByNumber, OrderByClaim,
//     OrdersByPhone, OrdersBySerial and LastOrderID look them up through the
//     indexes (orders_find.go); Search is the desk's search box (O6): a
//     number or claim code, the beginning of a number (with or without its
//     "R") or the day's sequence of it, the beginning or last digits of a
//     phone, the beginning of a serial or name, any part of a dealer's
//     name, with every index walk bounded so that a keystroke reads a few
//     dozen pages whatever it matches, answered with the orders' heads and
//     how many more it found (search.go).
//   - On-site requests and the hotline (S, H): OpenRequest numbers a
//     request and indexes it, UpdateRequest and ReplaceRequest change it
//     through package onsite's rules (its timeline only grows, each step
//     a KindRequest event), Request, RequestByNumber, RequestsByPhone,
//     RequestsBySerial and RequestsByCompany look it up, OpenRequests is
//     the on-site board (requests.go, requests_index.go); an intake whose
//     order names a request escalates it in the same transaction (S10);
//     LogCall, ReplaceCall, HotlineCall and CallsOwned are the hotline's
//     log, each open call on its owner's list (hotline.go); the search box
//     finds requests beside orders (search_requests.go).
//   - Pickup: VerifyPickup checks a claim code and the phone's last digits
//     (P1), keeping the wrong attempts of the lockout window and asking
//     repair.LockedUntil whether they lock the order or the counter
//     (pickup.go).
//   - Staff: AddStaff, RemoveStaff, StaffList and StaffByKey, the members
//     and the keys they are known by (staff.go); SetPIN, a supervisor's PIN
//     (pins.go).
//   - Approvals (P1): AskApproval, a desk's request for a supervisor's
//     approval of a lost slip; Approve, a supervisor's answer from their own
//     session; ApproveWithPIN, the supervisor's PIN typed at the asking
//     desk, with its lockout (approvals.go, pins.go); Approval reads one,
//     and Snapshot.Approvals carries the pending ones.
//   - Ratings (C1): a ticket's finish at a counter, or a pickup from the
//     board at one with no ticket, puts what the counter's rating pad
//     asks about (RatingDue, for care.DueLife); Rate is the pad's answer,
//     RateTicket a rating at the kiosk by today's ticket number, and a
//     return visit that reached the customer is a rating too (its
//     satisfaction on the same scale), one rating per service
//     (ratings_by_service); a low one opens a follow-up, which FollowUps
//     and Snapshot.FollowUps list and only a supervisor closes
//     (CloseFollowUp); each is logged, KindRating and KindFollowUp
//     (ratings.go, ratings_ops.go).
//   - Drafts: SaveDraft, Draft and DropDraft keep a counter's half-filled
//     intake (drafts.go); they are the only writes that leave the rev alone,
//     as a draft is nothing another screen shows.
//   - Loading many at once: BulkOrders (bulk.go), BulkRequests the on-site
//     requests (bulk_requests.go), and BulkTickets the
//     queue's history of past days with every event of it (bulk_tickets.go),
//     after which Compact rewrites the file without the free pages the load
//     left behind, which every later operation would otherwise read and
//     write (compact.go).
//   - Reports and exports (R1–R3) read a period through TicketsOfDays,
//     EventsBetween, OrdersReceived, OrdersNumbered, OrdersWithIDs,
//     RequestsReceived, CallsBetween and RatingsBetween (export.go,
//     export_requests.go, ratings_period.go): in pages of at most
//     PageSize records, each page its own short read transaction that resumes after the last key of the one
//     before, so that no client waits behind a year's export; the orders
//     and events of a time range are found by binary search over their ids,
//     which are issued in time order.
//   - Backups: Backup writes a hot copy, Verify checks one (its pages with
//     package pagecheck, bbolt's check, every record's seal and the
//     invariants: checkpages.go, verify.go), Restore and RestoreOver put one
//     in place, keeping the current file beside it (backup.go); DailyBackup
//     makes the day's backup, counts it only once Verify passed it (a
//     failed one is set aside as damaged) and prunes the old verified ones,
//     DailyBackups lists them, NewestVerified finds the one to restore
//     (daily.go, daily_verify.go). They run through the same
//     code as every operation (run.go), and write every file whole or not
//     at all (files.go).
//   - Damage: Scrub reads every record again at a gentle pace, for the
//     owner to run in the background (scrub.go); damage met there or in
//     any operation is kept for the screens, Snapshot.Damage, and wakes
//     them the first time (damage_seen.go). A search goes on past damaged
//     heads and names them (SearchResult.Damage).
//
// # Layout (schema version 11)
//
// Numbers are 8-byte big-endian so that cursor order is numeric order; a day
// is the station-local date "2006-01-02"; values are JSON unless said.
// Every value but meta/app is sealed (version 7, seal.go): followed by a
// CRC-32C of the bucket's name, the key and the value, checked on every
// read; an index key "→ (empty)" holds its seal alone. The branch pages on
// the way to a record carry no seal: every cursor step checks instead that
// the keys come in order, and a miss that the keys either side of it lie
// either side, which a damaged branch breaks (seal.go, cursor).
//
//	meta
//	├── app     "frontdesk" — tells our file from another program's bbolt file
//	├── schema  u64 — the last migration applied (schema.go)
//	└── rev     u64 — change counter, +1 on every write commit
//	            (version 4 had board, a token of orders_active: dropped in 5)
//	tickets
//	└── <id u64> → queue.Ticket; bucket sequence = the last ticket id
//	tickets_by_day                      secondary index, walked by day prefix
//	└── <day> 0x00 <id u64> → (empty)
//	seq                                 daily numbering per service type (Q2)
//	└── <day> 0x00 <type> → u64 last number issued that day
//	open                                tickets still open, of any day: earlier
//	└── <day> 0x00 <id u64> → (empty)   days' leftovers are its first keys (Q11)
//	counters
//	└── <number u64> → CounterState    absent: never touched (defaults)
//	events                              append-only log of every change
//	└── <id u64> → Event; bucket sequence = the last event id
//	calls                               announcements for the display
//	└── <event id u64> → Call           the call/recall event of the same id
//	orders                              repair orders (version 2)
//	└── <id u64> → repair.Order; bucket sequence = the last order id
//	orders_by_number                    the number on the tag and slip (O6), walked
//	│                                   back by prefix: "R2612" (a month)
//	└── <number> → <id u64>
//	orders_by_claim                     the claim code, upper case, no dashes (P1)
//	└── <claim code> → <id u64>
//	orders_by_phone                     walked by prefix (O6); a value's keys
//	└── <phone digits> 0x00 <id u64> → (empty)         are in id order
//	orders_by_serial                    also the repair history of a device (O7)
//	└── <serial, upper case> 0x00 <id u64> → (empty)
//	orders_by_name
//	└── <name, lower case> 0x00 <id u64> → (empty)
//	order_seq                           daily order numbering (I13)
//	└── <day> → u64 last sequence issued that day
//	drafts                              half-filled intakes, one per counter
//	└── <counter u64> → Draft           written without advancing rev
//	orders_by_phone_tail                phones backwards: "the last 4 digits" (O6)
//	└── <phone digits reversed> 0x00 <id u64> → (empty)       (version 3)
//	orders_active                       the board: orders still needing the
//	└── <id u64> → repair.Head          station (open, loaner out, visit due; version 3)
//	pickup_tries                        wrong claim codes in the lockout window (P1, version 3)
//	├── o <order id u64> <at ns u64> <seq u64> → (empty)
//	└── c <counter u64> <at ns u64> <seq u64> → (empty)  counter 0: the kiosk
//	order_heads                         what a search shows of an order (version 4)
//	└── <id u64> → repair.Head          every order's, kept with the order
//	orders_by_sequence                  the day's sequence of a number: "0001"
//	└── <sequence> 0x00 <id u64> → (empty)     of R2612040001 (O6, version 6)
//	orders_by_dealer                    every suffix of the dealer's name, lower
//	└── <suffix> 0x00 <id u64> → (empty)       case, no spaces: any part (version 6)
//	staff                               the station's members (issue 17, version 8)
//	└── <name> → staff.Member           role, public keys, a fixed counter
//	staff_keys                          who a key is, for the SSH server
//	└── <fingerprint "SHA256:…"> → <name>
//	staff_pins                          a supervisor's PIN, as a salted scrypt
//	└── <name> → staff.PIN              hash only (P1, version 9)
//	pin_tries                           wrong PINs in the lockout window
//	└── <name> 0x00 <at ns u64> <seq u64> → (empty)
//	approvals                           requests for a supervisor's approval (P1)
//	└── <id u64> → Approval; bucket sequence = the last request id
//	approvals_pending                   the requests not decided yet
//	└── <id u64> → (empty)
//	requests                            on-site requests (S1–S12, version 10)
//	└── <id u64> → onsite.Request; bucket sequence = the last request id
//	requests_by_number                  "S2612070003", as orders_by_number
//	└── <number> → <id u64>
//	requests_by_phone                   the customer's and the device's keys,
//	└── <phone digits> 0x00 <id u64> → (empty)   as the orders' are
//	requests_by_phone_tail
//	└── <phone digits reversed> 0x00 <id u64> → (empty)
//	requests_by_name
//	└── <name, lower case> 0x00 <id u64> → (empty)
//	requests_by_serial
//	└── <serial, upper case> 0x00 <id u64> → (empty)
//	requests_by_company                 a business customer's archive (C2)
//	└── <company, lower case> 0x00 <id u64> → (empty)
//	requests_open                       the on-site board: requests not closed
//	└── <id u64> → (empty)
//	request_seq                         daily request numbering
//	└── <day> → u64 last sequence issued that day
//	hotline                             every call of the hotline (H1)
//	└── <id u64> → onsite.Call; bucket sequence = the last call id
//	hotline_open                        the open calls by owner (首问负责)
//	└── <owner> 0x00 <id u64> → (empty)
//	outbox                              text messages to customers (C4, S11, version 11)
//	└── <id u64> → notify.Message; bucket sequence = the last message id
//	outbox_due                          the pending ones, by when they are due
//	└── <next ns u64> <id u64> → (empty)
//	outbox_to_call                      failed for good: the desk calls instead
//	└── <id u64> → (empty)
//	outbox_by_subject                   an order's, a request's or a ticket's messages
//	└── <number> 0x00 <id u64> → (empty)
//	outbox_keys                         every idempotency key, written once
//	└── <key> → <id u64>
//	ticket_phones                       a waiting customer's phone for the turn
//	└── <ticket id u64> → phone          message, deleted once it is written
//	ratings                             the customers' ratings of a service (C1)
//	└── <id u64> → care.Rating; bucket sequence = the last rating id
//	ratings_by_service                  one rating per service
//	└── <service key> → <id u64>
//	rating_due                          what a counter's rating pad asks about
//	└── <counter u64> → care.Due
//	followups                           a low rating's follow-up by a supervisor (O5)
//	└── <id u64> → care.FollowUp; bucket sequence = the last id
//	followups_open                      the ones not answered yet
//	└── <id u64> → (empty)
//
// A new bucket or index is a new entry in the migrations list of schema.go,
// and this tree is updated with it.
package store
