package store

import (
	"errors"
	"fmt"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"

	"frontdesk/notify"
)

// The sender's side of the outbox: what is due, and the outcome of every
// attempt, each recorded in its own short transaction after the attempt
// (never across one: a gateway's seconds must not hold the file). The
// sender itself runs in the owner (owner/sender.go), one per file.

// OutboxActor is who the sender's records name.
const OutboxActor = "outbox"

// ErrNoSender is SendDue in a process that runs no sender: the station
// has no gateway configured.
var ErrNoSender = errors.New("store: no text message gateway is configured")

// SendReport is what one pass of the sender did.
type SendReport struct {
	Sent, Retry, Failed int
	Errors              []string // the failures' messages, one per message that did not go
	// More says the pass took as many as it may and more are due; Next
	// is when the first message not taken is due (zero: none).
	More bool
	Next time.Time
}

// sendHook is the owner's sender, for SendDue.
type sendHook struct {
	mu sync.Mutex
	fn func() (SendReport, error)
}

// SetSender makes fn what SendDue runs: the owner's sender, one pass.
func (s *Store) SetSender(fn func() (SendReport, error)) {
	s.sender.mu.Lock()
	defer s.sender.mu.Unlock()
	s.sender.fn = fn
}

// SendDue sends what is due now, once, through the owner's sender
// (`frontdesk send`, for a station that ran no owner for a while).
func (s *Store) SendDue() (SendReport, error) {
	s.sender.mu.Lock()
	fn := s.sender.fn
	s.sender.mu.Unlock()
	if fn == nil {
		return SendReport{}, ErrNoSender
	}
	return fn()
}

// DueMessages is the pending messages due now, the earliest first, at
// most limit, and when the first one not among them is due (zero: none).
func (s *Store) DueMessages(limit int) (due []notify.Message, next time.Time, err error) {
	now := s.now()
	err = s.view(func(tx *bolt.Tx) error {
		due, next = nil, time.Time{}
		c := tab(tx, bucketOutboxDue).cursor()
		for k, _, err := c.first(); err != nil || k != nil; k, _, err = c.next() {
			if err != nil {
				return err
			}
			if len(k) != 16 {
				return damaged(bucketOutboxDue, k, "a due key is not 16 bytes")
			}
			if at := dueAt(k); at.After(now) || len(due) == limit {
				next = at
				return nil
			}
			id, _ := readU64(k[8:])
			m, err := messageOf(tx, id)
			if err != nil {
				return err
			}
			due = append(due, m)
		}
		return nil
	})
	return due, next, err
}

// MessageAttempted records an attempt at message id: sent, due again
// after the backoff (the configuration's Retry), or failed for good — on
// a permanent error, or after the last attempt. A message no longer
// pending (another pass recorded it) is notify.ErrNotPending.
func (s *Store) MessageAttempted(id uint64, a notify.Attempt, permanent bool) (notify.Message, error) {
	return s.changeMessage(OutboxActor, id, func(m notify.Message, now time.Time) (notify.Message, string, error) {
		out := notify.Outcome{Permanent: permanent}
		if !a.OK {
			out.Err = errors.New(a.Error)
		}
		m, err := m.Attempted(a.At, a.Took, out, s.opts.Messages.Retry)
		switch {
		case err != nil:
			return m, "", err
		case m.State == notify.Sent:
			return m, "sent " + m.Key, nil
		case m.State == notify.Failed:
			return m, "failed " + m.Key + " " + m.Failure, nil
		}
		return m, fmt.Sprintf("retry %s %d", m.Key, len(m.Attempts)), nil
	})
}

// MessageFailed fails a pending message for good without an attempt: it
// expired (a turn no longer news), or there is no way to send it.
func (s *Store) MessageFailed(id uint64, why string) (notify.Message, error) {
	return s.changeMessage(OutboxActor, id, func(m notify.Message, now time.Time) (notify.Message, string, error) {
		if m.State != notify.Pending {
			return m, "", notify.ErrNotPending
		}
		m = m.Fail(why)
		return m, "failed " + m.Key + " " + why, nil
	})
}

// HandleMessage records that who called the customer of a failed message
// instead, and what they said: it leaves the desk's list to call.
func (s *Store) HandleMessage(who string, id uint64, note string) (notify.Message, error) {
	return s.changeMessage(who, id, func(m notify.Message, now time.Time) (notify.Message, string, error) {
		m, err := m.HandledByCall(who, note, now)
		return m, "called " + m.Key, err
	})
}

// changeMessage changes message id in one transaction through change,
// which also says the event's detail.
func (s *Store) changeMessage(who string, id uint64, change func(notify.Message, time.Time) (notify.Message, string, error)) (notify.Message, error) {
	var saved notify.Message
	err := s.commit(who, func(w *wtx) error {
		m, err := messageOf(w.tx, id)
		if err != nil {
			return err
		}
		changed, detail, err := change(m, w.now)
		if err != nil {
			return err
		}
		if err := w.putMessage(changed, &m); err != nil {
			return err
		}
		saved = changed
		_, err = w.log(messageEvent(changed, detail))
		return err
	})
	if err != nil {
		return notify.Message{}, err
	}
	return saved, nil
}

// messageOf reads message id.
func messageOf(tx *bolt.Tx, id uint64) (notify.Message, error) {
	var m notify.Message
	found, err := tab(tx, bucketOutbox).getJSON(u64(id), &m)
	switch {
	case err != nil:
		return m, err
	case !found:
		return m, fmt.Errorf("%w: %d", ErrNoMessage, id)
	}
	return m, nil
}
