package owner

import (
	"context"
	"errors"
	"sync"
	"time"

	"frontdesk/internal/gateway"
	"frontdesk/notify"
	"frontdesk/store"
)

// The sender of the outbox (C4, S11): it runs in the owner, so that
// exactly one sends whichever programs run. It wakes on every commit (a
// new message is written with the change that causes it) and at the time
// the next retry is due, hands each due message to the gateway outside
// any transaction, and records the outcome in a transaction of its own.
// A message whose gateway answered but whose record was lost to a crash
// is sent again with the same idempotency key: a gateway that keeps its
// keys delivers it once.

// outbox is the part of the store the sender uses.
type outbox interface {
	DueMessages(limit int) ([]notify.Message, time.Time, error)
	MessageAttempted(id uint64, a notify.Attempt, permanent bool) (notify.Message, error)
	MessageFailed(id uint64, why string) (notify.Message, error)
	Watch(ctx context.Context) <-chan uint64
	SetSender(fn func() (store.SendReport, error))
}

// sendBatch is the most messages one pass takes: the rest are due still
// and taken by the next pass, at once.
const sendBatch = 50

// sendIdle is how long the sender sleeps with nothing due and no commit:
// a clock that jumped still finds what became due.
const sendIdle = time.Minute

// sender delivers the outbox through tr.
type sender struct {
	st  outbox
	tr  gateway.Transport
	now func() time.Time
	mu  sync.Mutex // one pass at a time: the loop's, or SendDue's
}

// runSender starts the sender for the owner's life and installs it for
// SendDue; without a transport it does neither.
func runSender(ctx context.Context, st outbox, tr gateway.Transport) {
	if tr == nil {
		return
	}
	s := &sender{st: st, tr: tr, now: time.Now}
	st.SetSender(func() (store.SendReport, error) { return s.pass(ctx) })
	go s.loop(ctx)
}

func (s *sender) loop(ctx context.Context) {
	feed := s.st.Watch(ctx)
	for {
		r, err := s.pass(ctx)
		wait := sendIdle
		if err == nil {
			wait = s.untilNext(r)
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-feed:
		case <-t.C:
		}
		t.Stop()
	}
}

// untilNext is how long until the next message is due after a pass.
func (s *sender) untilNext(r store.SendReport) time.Duration {
	if r.More {
		return 0
	}
	if r.Next.IsZero() {
		return sendIdle
	}
	return min(max(r.Next.Sub(s.now()), 10*time.Millisecond), sendIdle)
}

// pass sends what is due now, once.
func (s *sender) pass(ctx context.Context) (store.SendReport, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var r store.SendReport
	due, next, err := s.st.DueMessages(sendBatch)
	if err != nil {
		return r, err
	}
	for _, m := range due {
		if ctx.Err() != nil {
			return r, ctx.Err()
		}
		if !m.Expires.IsZero() && s.now().After(m.Expires) {
			if _, err := s.st.MessageFailed(m.ID, notify.FailExpired); err != nil && !errors.Is(err, notify.ErrNotPending) {
				return r, err
			}
			r.Failed++
			continue
		}
		at := s.now()
		sendErr := s.tr.Send(ctx, m)
		a := notify.Attempt{At: at.UTC(), Took: s.now().Sub(at), OK: sendErr == nil}
		if sendErr != nil {
			a.Error = sendErr.Error()
		}
		got, err := s.st.MessageAttempted(m.ID, a, gateway.Permanent(sendErr))
		if err != nil && !errors.Is(err, notify.ErrNotPending) {
			return r, err
		}
		switch got.State {
		case notify.Sent:
			r.Sent++
		case notify.Failed:
			r.Failed++
			r.Errors = append(r.Errors, got.Key+": "+got.Failure)
		default:
			r.Retry++
			r.Errors = append(r.Errors, got.Key+": "+a.Error)
		}
	}
	r.More, r.Next = len(due) == sendBatch, next
	return r, nil
}

// The store is an outbox: Serve finds it so, or the sender never ran.
var _ outbox = (*store.Store)(nil)
