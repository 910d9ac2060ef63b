package notify

import (
	"errors"
	"fmt"
	"time"

	"frontdesk/repair"
)

// State is where a message is in the outbox.
type State string

// The states of a message: waiting to go (Pending, Next its time), gone
// (Sent: the gateway took it), failed for good (Failed: Failure says why;
// the desk lists it to call by hand), or called by hand after failing
// (Handled).
const (
	Pending State = "pending"
	Sent    State = "sent"
	Failed  State = "failed"
	Handled State = "handled"
)

// Why a message failed for good without being tried, or after.
const (
	FailNotMobile = "not-mobile" // the phone cannot receive texts (a landline)
	FailNoGateway = "no-gateway" // the station has no gateway: call by hand
	FailRefused   = "refused"    // the gateway said no, and would again
	FailAttempts  = "attempts"   // Retry.Attempts tried, none went
	FailExpired   = "expired"    // not sent before it was no news
)

// Message is one text to a customer, written into the outbox with the
// change that caused it. Of the phone, once the message is done with (sent,
// failed, handled), only its mask is kept: what proves it was sent is the
// key, the text and the attempts.
type Message struct {
	ID     uint64 `json:"id"`
	Key    string `json:"key"` // the idempotency key the gateway sees, the same on every attempt
	Moment Moment `json:"moment"`
	// Order, Request or Ticket is what it is about: an order's or a
	// request's number, or a ticket's day and number ("2026-12-07 A012").
	Order   string    `json:"order,omitempty"`
	Request string    `json:"request,omitempty"`
	Ticket  string    `json:"ticket,omitempty"`
	Phone   string    `json:"phone"` // whole while it may still be sent; masked after
	Lang    string    `json:"lang"`
	Text    string    `json:"text"`
	Created time.Time `json:"created"`
	State   State     `json:"state"`
	Next    time.Time `json:"next,omitzero"` // when a pending message is due
	// Expires, when set, is when a pending message is no news any more
	// (a turn in the queue): failed FailExpired, and not called by hand.
	Expires time.Time `json:"expires,omitzero"`
	// Failure is why it failed (one of the Fail… reasons) and, for the
	// last attempt, what the gateway said.
	Failure  string    `json:"failure,omitempty"`
	Attempts []Attempt `json:"attempts,omitempty"`
	// Handled: who called the customer instead, when, and what they noted.
	HandledBy   string    `json:"handled_by,omitempty"`
	HandledAt   time.Time `json:"handled_at,omitzero"`
	HandledNote string    `json:"handled_note,omitempty"`
}

// Attempt is one try to hand a message to the gateway.
type Attempt struct {
	At    time.Time     `json:"at"`
	Took  time.Duration `json:"took"`
	OK    bool          `json:"ok,omitempty"`
	Error string        `json:"error,omitempty"` // what the gateway or the transport said
}

// ToCall says whether the desk should call the customer instead: the
// message failed for good and was news worth a call (not an expired turn).
func (m Message) ToCall() bool {
	return m.State == Failed && m.Moment != Turn
}

// Done says whether the message will not be sent any more.
func (m Message) Done() bool { return m.State != Pending }

// Subject is what the message is about, as the screens name it.
func (m Message) Subject() string {
	switch {
	case m.Order != "":
		return m.Order
	case m.Request != "":
		return m.Request
	}
	return m.Ticket
}

// Key is the idempotency key of a message about subject at moment, the
// nth of that subject and moment: the same whatever the outbox's ids, so
// that a database restored from a backup sends nothing twice to a gateway
// that keeps its keys.
func Key(subject string, m Moment, n int) string {
	return fmt.Sprintf("%s/%s/%d", subject, m, n)
}

var (
	ErrNotPending = errors.New("notify: the message is not waiting to be sent")
	ErrNotFailed  = errors.New("notify: only a message that failed is called by hand")
	ErrNote       = errors.New("notify: say what the customer was told")
)

// Outcome is what an attempt came to: nil went; a Permanent error will
// fail again (the gateway refused it); anything else may go later.
type Outcome struct {
	Err       error
	Permanent bool
}

// Attempted is m after an attempt at at that took took: sent, due again
// after the backoff, or failed for good — on a permanent error, or when
// r.Attempts have been made.
func (m Message) Attempted(at time.Time, took time.Duration, out Outcome, r Retry) (Message, error) {
	if m.State != Pending {
		return m, ErrNotPending
	}
	a := Attempt{At: at, Took: took, OK: out.Err == nil}
	if out.Err != nil {
		a.Error = flatCut(out.Err.Error(), 300)
	}
	m.Attempts = append(append([]Attempt(nil), m.Attempts...), a)
	switch {
	case out.Err == nil:
		m.State, m.Next = Sent, time.Time{}
	case out.Permanent:
		m = m.failed(FailRefused + ": " + a.Error)
	case len(m.Attempts) >= r.Attempts:
		m = m.failed(FailAttempts + ": " + a.Error)
	default:
		m.Next = at.Add(r.Wait(len(m.Attempts)))
	}
	return m.forgetPhone(), nil
}

// Wait is the backoff after n attempts: First, then doubling, at most Max.
func (r Retry) Wait(n int) time.Duration {
	w := r.First
	for i := 1; i < n && w < r.Max; i++ {
		w *= 2
	}
	return min(w, r.Max)
}

// Fail is m failed for good without (another) attempt, for why.
func (m Message) Fail(why string) Message { return m.failed(why).forgetPhone() }

func (m Message) failed(why string) Message {
	m.State, m.Next, m.Failure = Failed, time.Time{}, why
	return m
}

// HandledByCall is a failed message after who called the customer
// instead at at, noting what they said.
func (m Message) HandledByCall(who, note string, at time.Time) (Message, error) {
	if m.State != Failed {
		return m, ErrNotFailed
	}
	note, err := repair.CleanText(note, repair.MaxNote, false)
	if err != nil || note == "" {
		return m, ErrNote
	}
	m.State, m.HandledBy, m.HandledAt, m.HandledNote = Handled, who, at, note
	return m, nil
}

// forgetPhone keeps only the phone's mask once m will not be sent again.
func (m Message) forgetPhone() Message {
	if m.Done() {
		m.Phone = repair.MaskPhone(m.Phone)
	}
	return m
}

// flatCut is s on one line, at most n characters.
func flatCut(s string, n int) string {
	r := []rune(flat(s))
	if len(r) > n {
		r = append(r[:n-1], '…')
	}
	return string(r)
}
