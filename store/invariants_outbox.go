package store

import (
	"bytes"
	"cmp"

	bolt "go.etcd.io/bbolt"

	"frontdesk/notify"
)

// The invariants of the outbox (schema 11), checked by invariants: every
// message under its own id, in a state there is, found by its key and its
// subject; pending exactly while in outbox_due at its due time; on the
// desk's list exactly while failed and worth a call; and no index key
// that names no message or another one.
func checkOutbox(tx *bolt.Tx) error {
	var due, toCall, subjects int
	if err := tab(tx, bucketOutbox).forEach(func(k, v []byte) error {
		var m notify.Message
		if err := decodeValue(bucketOutbox, k, v, &m); err != nil {
			return err
		}
		if id, _ := readU64(k); m.ID != id || !m.Moment.Valid() {
			return damaged(bucketOutbox, k, "holds message "+m.Key)
		}
		switch m.State {
		case notify.Pending, notify.Sent, notify.Failed, notify.Handled:
		default:
			return disagree("message %s: state %q", m.Key, m.State)
		}
		if id, err := tab(tx, bucketOutboxKeys).get([]byte(m.Key)); err != nil || !bytes.Equal(id, k) {
			return cmp.Or(err, disagree("message %s is not found by its key", m.Key))
		}
		for _, in := range []struct {
			bucket []byte
			key    []byte
			want   bool
			n      *int
		}{
			{bucketOutboxDue, dueKey(m), m.State == notify.Pending, &due},
			{bucketOutboxToCall, k, m.ToCall(), &toCall},
			{bucketOutboxSubject, dayKey(m.Subject(), k), true, &subjects},
		} {
			there, err := tab(tx, in.bucket).has(in.key)
			switch {
			case err != nil:
				return err
			case there != in.want:
				return disagree("message %s (%s): in %s %v, should be %v", m.Key, m.State, in.bucket, there, in.want)
			case there:
				*in.n++
			}
		}
		return nil
	}); err != nil {
		return err
	}
	messages, err := countKeys(tx, bucketOutbox)
	if err != nil {
		return err
	}
	for _, c := range []struct {
		bucket []byte
		want   int
	}{{bucketOutboxDue, due}, {bucketOutboxToCall, toCall}, {bucketOutboxSubject, subjects}, {bucketOutboxKeys, messages}} {
		if have, err := countKeys(tx, c.bucket); err != nil || have != c.want {
			return cmp.Or(err, disagree("%s: %d keys for %d messages", c.bucket, have, c.want))
		}
	}
	return nil
}
