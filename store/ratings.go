package store

// The customers' ratings of their services (C1) and the supervisor's
// follow-ups of the low ones (O5's complaint path): buckets of schema 11.

import (
	"frontdesk/queue"
	"frontdesk/repair"
)

var (
	bucketRatings       = []byte("ratings")            // id → care.Rating
	bucketRatingsBy     = []byte("ratings_by_service") // the service rated ("T" ticket id, "O" order id…) → rating id
	bucketRatingDue     = []byte("rating_due")         // counter → care.Due: the service a counter's pad asks about
	bucketFollowUps     = []byte("followups")          // id → care.FollowUp
	bucketFollowUpsOpen = []byte("followups_open")     // id → (empty): the supervisor's list on the board
)

// ratingDue is called when counter finished t: the counter's rating pad
// asks about it.
func (w *wtx) ratingDue(counter int, t queue.Ticket) error { return nil }

// ratingDueForOrder is called with every change of an order at counter
// (its steps from before on new): a pickup asks the pad too.
func (w *wtx) ratingDueForOrder(counter int, o, changed repair.Order, before int) error { return nil }
