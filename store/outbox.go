package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	"frontdesk/notify"
	"frontdesk/onsite"
	"frontdesk/queue"
	"frontdesk/repair"
)

// The outbox (C4, S11): a text message to a customer is written in the
// same transaction as the change that causes it — an order ready, an
// estimate to approve, a delay told, a return visit, a visit booked or
// left, a turn coming up — so that a crash can neither lose it nor leave
// one for a change that did not commit. Package notify says which change
// sends what and composes it, from the station's configuration
// (Options.Messages); the owner's sender delivers it (owner/sender.go)
// and records every attempt here (outbox_send.go).

// KindMessage is a message written, attempted, failed or called by hand:
// Detail "queue MOMENT KEY", "sent KEY", "retry KEY N", "failed KEY WHY" or
// "called KEY"; Order, Request or Number what it is about.
const KindMessage = "message"

// ErrNoMessage is the error of an id that names no message.
var ErrNoMessage = errors.New("store: no such message")

// station is what the texts say of the station.
func (w *wtx) station() notify.Station {
	st := w.opts.Station
	st.Loc = w.cfg.Location
	return st
}

// orderMessages writes the messages the steps of o from before on call for.
func (w *wtx) orderMessages(o repair.Order, before int) error {
	msgs, err := w.opts.Messages.ForOrder(w.station(), o, before)
	if err != nil {
		return err
	}
	return w.enqueue(msgs)
}

// requestMessages writes the messages of a request's steps from before on.
func (w *wtx) requestMessages(r onsite.Request, before int) error {
	msgs, err := w.opts.Messages.ForRequest(w.station(), r, before)
	if err != nil {
		return err
	}
	return w.enqueue(msgs)
}

// turnMessages is called when t was called: every customer of t's type
// who left a phone and now has TurnAhead or fewer before them is told
// (C4), once — their phone is forgotten as the message is written.
func (w *wtx) turnMessages(t queue.Ticket) error {
	c := w.opts.Messages
	if !c.On() || !c.Sends(notify.Turn) {
		return nil
	}
	phones := tab(w.tx, bucketTicketPhones)
	if k, _, err := phones.cursor().first(); err != nil || k == nil {
		return err // nobody left a phone: the day's tickets need not be read
	}
	today, err := w.ticketsOfDay(w.day)
	if err != nil {
		return err
	}
	places := queue.Places(w.cfg, t.Type, today, w.now)
	for _, waiting := range today {
		ahead, queued := places[waiting.ID]
		if !queued || ahead > c.TurnAhead {
			continue
		}
		phone, err := phones.get(u64(waiting.ID))
		if err != nil {
			return err
		}
		if phone == nil {
			continue
		}
		msg, ok, err := c.ForTurn(w.station(), waiting, ahead, string(phone), w.now)
		if err != nil {
			return err
		}
		if err := phones.delete(u64(waiting.ID)); err != nil {
			return err
		}
		if ok {
			if err := w.enqueue([]notify.Message{msg}); err != nil {
				return err
			}
		}
	}
	return nil
}

// TicketPhone keeps the mobile phone the customer of a waiting ticket
// left at the kiosk, for the turn message (C4); "" forgets it. It is kept
// apart from the ticket, which the queue display's programs read, and
// deleted once the message is written or the ticket leaves the queue.
func (s *Store) TicketPhone(who string, id uint64, phone string) error {
	return s.update(who, func(w *wtx) error {
		t, found, err := w.ticket(id)
		switch {
		case err != nil:
			return err
		case !found || t.Day != w.day:
			return fmt.Errorf("%w: %d", queue.ErrNotFound, id)
		case !t.Queued():
			return fmt.Errorf("%w: %s", queue.ErrState, t.Number)
		}
		if phone == "" {
			return tab(w.tx, bucketTicketPhones).delete(u64(id))
		}
		p, err := repair.NormalizePhone(phone)
		if err != nil {
			return err
		}
		if !notify.Mobile(p) {
			return notify.ErrNotMobile
		}
		return tab(w.tx, bucketTicketPhones).put(u64(id), []byte(p))
	})
}

// enqueue writes msgs into the outbox: each under its own id, found by
// its subject and its key, due now (or already failed, to call by hand).
// A key written before is not written again: a change replayed from a
// backup sends nothing twice.
func (w *wtx) enqueue(msgs []notify.Message) error {
	outbox, keys := tab(w.tx, bucketOutbox), tab(w.tx, bucketOutboxKeys)
	for _, m := range msgs {
		if had, err := keys.has([]byte(m.Key)); err != nil || had {
			return err
		}
		id, err := outbox.nextSequence()
		if err != nil {
			return err
		}
		m.ID = id
		if err := keys.put([]byte(m.Key), u64(id)); err != nil {
			return err
		}
		if err := tab(w.tx, bucketOutboxSubject).put(dayKey(m.Subject(), u64(id)), nil); err != nil {
			return err
		}
		if err := w.putMessage(m, nil); err != nil {
			return err
		}
		detail := fmt.Sprintf("queue %s %s", m.Moment, m.Key)
		if m.State == notify.Failed {
			detail += " failed " + m.Failure
		}
		if _, err := w.log(messageEvent(m, detail)); err != nil {
			return err
		}
	}
	return nil
}

// putMessage stores m and keeps its place in the due and to-call lists;
// old is m as it was (nil: new).
func (w *wtx) putMessage(m notify.Message, old *notify.Message) error {
	due, toCall := tab(w.tx, bucketOutboxDue), tab(w.tx, bucketOutboxToCall)
	if old != nil {
		if old.State == notify.Pending {
			if err := due.delete(dueKey(*old)); err != nil {
				return err
			}
		}
		if old.ToCall() {
			if err := toCall.delete(u64(old.ID)); err != nil {
				return err
			}
		}
	}
	if m.State == notify.Pending {
		if err := due.put(dueKey(m), nil); err != nil {
			return err
		}
	}
	if m.ToCall() {
		if err := toCall.put(u64(m.ID), nil); err != nil {
			return err
		}
	}
	outbox := tab(w.tx, bucketOutbox)
	outbox.fill(appendFill)
	return outbox.putJSON(u64(m.ID), m)
}

// dueKey is m's key in outbox_due: when it is due, then its id.
func dueKey(m notify.Message) []byte {
	return append(u64(uint64(max(m.Next.UnixNano(), 0))), u64(m.ID)...)
}

// messageEvent is the event of m with detail.
func messageEvent(m notify.Message, detail string) Event {
	e := Event{Kind: KindMessage, Order: m.Order, Request: m.Request, Detail: detail}
	if m.Ticket != "" {
		e.Number = m.Ticket
	}
	return e
}

// dueAt is the time a due key says.
func dueAt(k []byte) time.Time {
	return time.Unix(0, int64(binary.BigEndian.Uint64(k[:8]))).UTC()
}
