package store

import (
	"bytes"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"frontdesk/notify"
)

// OutboxList names a list of the outbox the desk shows.
type OutboxList string

// The lists: failed for good and to call by hand, the oldest first (the
// board's list); pending, the earliest due first; every message, the
// newest first.
const (
	OutboxToCall  OutboxList = "to-call"
	OutboxPending OutboxList = "pending"
	OutboxRecent  OutboxList = "recent"
)

// MaxOutboxList is the most messages one list returns.
const MaxOutboxList = 500

// Outbox is one of its lists, at most limit messages (MaxOutboxList when
// limit is out of range).
func (s *Store) Outbox(list OutboxList, limit int) ([]notify.Message, error) {
	if limit <= 0 || limit > MaxOutboxList {
		limit = MaxOutboxList
	}
	var out []notify.Message
	err := s.view(func(tx *bolt.Tx) error {
		out = nil
		var c *cursor
		step, idOf := (*cursor).next, func(k []byte) []byte { return k }
		switch list {
		case OutboxToCall:
			c = tab(tx, bucketOutboxToCall).cursor()
		case OutboxPending:
			c, idOf = tab(tx, bucketOutboxDue).cursor(), func(k []byte) []byte { return k[8:] }
		case OutboxRecent:
			c, step = tab(tx, bucketOutbox).cursor(), (*cursor).prev
		default:
			return fmt.Errorf("store: no outbox list %q", list)
		}
		first := c.first
		if list == OutboxRecent {
			first = c.last
		}
		for k, _, err := first(); err != nil || k != nil && len(out) < limit; k, _, err = step(c) {
			if err != nil {
				return err
			}
			id, ok := readU64(idOf(k))
			if !ok {
				return damaged(c.name, k, "not an outbox key")
			}
			m, err := messageOf(tx, id)
			if err != nil {
				return err
			}
			out = append(out, m)
		}
		return nil
	})
	return out, err
}

// MessagesAbout is every message about subject — an order's or a
// request's number, or a ticket's "day number" — the oldest first: what
// the order's timeline shows beside its steps.
func (s *Store) MessagesAbout(subject string) ([]notify.Message, error) {
	var out []notify.Message
	err := s.view(func(tx *bolt.Tx) error {
		out = nil
		prefix := dayKey(subject, nil)
		c := tab(tx, bucketOutboxSubject).cursor()
		for k, _, err := c.seek(prefix); err != nil || k != nil && bytes.HasPrefix(k, prefix); k, _, err = c.next() {
			if err != nil {
				return err
			}
			id, ok := indexID(k)
			if !ok {
				return damaged(bucketOutboxSubject, k, "not an index key")
			}
			m, err := messageOf(tx, id)
			if err != nil {
				return err
			}
			out = append(out, m)
			if len(out) == MaxOutboxList {
				return nil
			}
		}
		return nil
	})
	return out, err
}
