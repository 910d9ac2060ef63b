package store

import (
	"time"

	bolt "go.etcd.io/bbolt"

	"frontdesk/repair"
)

// Draft is a counter's half-filled intake, kept so that a desk that closes
// or crashes loses nothing the customer has said (one per counter).
type Draft struct {
	Counter  int           `json:"counter"`
	Engineer string        `json:"engineer,omitempty"`
	TicketID uint64        `json:"ticket_id,omitempty"` // the customer being served
	Ticket   string        `json:"ticket,omitempty"`    // their queue number
	Saved    time.Time     `json:"saved"`               // UTC, set by SaveDraft
	Intake   repair.Intake `json:"intake"`              // as typed
	// Step is the form's field the engineer was at, so that a resumed draft
	// returns there; "" in a draft stored before it was kept.
	Step string `json:"step,omitempty"`
}

// SaveDraft keeps d as its counter's draft, replacing the one before. It
// does not advance the rev: a draft changes nothing another screen shows,
// and a desk saving as the engineer types must not wake every screen.
func (s *Store) SaveDraft(d Draft) error {
	return s.quiet(d.Engineer, func(w *wtx) error {
		if _, err := w.cfg.Counter(d.Counter); err != nil {
			return err
		}
		d.Saved = w.now
		return tab(w.tx, bucketDrafts).putJSON(u64(uint64(d.Counter)), d)
	})
}

// Draft reads a counter's draft; ok is false when it has none.
func (s *Store) Draft(counter int) (d Draft, ok bool, err error) {
	err = s.view(func(tx *bolt.Tx) error {
		ok, err = tab(tx, bucketDrafts).getJSON(u64(uint64(counter)), &d)
		return err
	})
	return d, ok && err == nil, err
}

// DropDraft throws a counter's draft away (the intake was abandoned). Like
// SaveDraft it leaves the rev alone; SaveIntake drops the draft itself.
func (s *Store) DropDraft(counter int) error {
	return s.quiet("", func(w *wtx) error {
		drafts := tab(w.tx, bucketDrafts)
		switch there, err := drafts.has(u64(uint64(counter))); {
		case err != nil:
			return err
		case !there:
			return errUnchanged
		}
		return drafts.delete(u64(uint64(counter)))
	})
}
