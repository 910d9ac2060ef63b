package store

import (
	"errors"
	"time"

	bolt "go.etcd.io/bbolt"

	"frontdesk/queue"
)

// wtx is one write operation: its transaction, and the one clock reading and
// actor every change and event in it is stamped with.
type wtx struct {
	reader
	cfg queue.Config
	// opts is the store's options: the messages' configuration
	// (outbox.go), read only.
	opts *Options
	now  time.Time // UTC
	day  string    // station-local today
	who  string
	// after is returned to the caller once the transaction has committed:
	// FinishAndCallNext keeps its finish when there is nobody to call.
	after error
	// board says orders_active changed: once committed, the board the
	// store keeps is read again (boardCache).
	board bool
}

// errUnchanged rolls back an operation that found nothing to do, so that the
// rev (and every watching screen) is not disturbed; the caller gets nil.
var errUnchanged = errors.New("nothing changed")

// dayEndReason is what a ticket left open from an earlier day is closed with
// by the first write of a new day (Q11). The close events name as Who the
// actor of that write: whose action closed the day.
const dayEndReason = "auto: day ended"

// commit runs fn in one write transaction of an up-to-date database and, if
// fn succeeds, advances meta/rev in the same commit. An error from fn rolls
// everything back: a failed operation changes nothing.
func (s *Store) commit(who string, fn func(*wtx) error) error {
	return s.write(who, true, fn)
}

// quiet is commit without advancing meta/rev, for what no other screen
// shows (a counter's draft): watchers are not woken to re-read for it.
func (s *Store) quiet(who string, fn func(*wtx) error) error {
	return s.write(who, false, fn)
}

func (s *Store) write(who string, advance bool, fn func(*wtx) error) error {
	var after error
	var rev uint64 // the new rev, once advanced
	var board bool // orders_active changed
	err := s.run(readWrite, func(tx *bolt.Tx) error {
		if err := checkSchema(tx); err != nil {
			return err
		}
		now := s.now().UTC()
		w := &wtx{reader: s.reader(tx), cfg: s.opts.Queue, opts: &s.opts, now: now, day: s.opts.Queue.Day(now), who: who}
		if err := fn(w); err != nil {
			return err
		}
		after, board = w.after, w.board
		if !advance {
			return nil
		}
		was, err := revOf(tx)
		if err != nil {
			return err
		}
		rev = was + 1
		return tab(tx, bucketMeta).put(keyRev, u64(rev))
	})
	if errors.Is(err, errUnchanged) {
		return nil
	}
	if err != nil {
		return err
	}
	if board {
		s.board.changed() // after the commit, before anybody is told to read
	}
	if rev != 0 {
		s.feed.publish(rev) // after the commit returned: what is seen is saved
	}
	return after
}

// update is commit for the day's operations: first, in the same transaction,
// tickets left open on earlier days are closed (Q11), so that numbering,
// "current ticket" and estimates only ever see today.
func (s *Store) update(who string, fn func(*wtx) error) error {
	return s.commit(who, func(w *wtx) error {
		earlier, err := w.openBefore(w.day)
		if err != nil {
			return err
		}
		if _, err := w.closeTickets(earlier, dayEndReason); err != nil {
			return err
		}
		return fn(w)
	})
}

// ticketOp is update for an operation that results in one ticket.
func (s *Store) ticketOp(who string, fn func(*wtx) (queue.Ticket, error)) (queue.Ticket, error) {
	var t queue.Ticket
	err := s.update(who, func(w *wtx) (err error) {
		t, err = fn(w)
		return err
	})
	if err != nil {
		return queue.Ticket{}, err
	}
	return t, nil
}
