package store

import (
	"cmp"
	"errors"
	"fmt"
	"strings"

	bolt "go.etcd.io/bbolt"

	"frontdesk/care"
	"frontdesk/queue"
)

// The operations of the ratings (C1): what a counter's pad asks about
// (RatingDue) and its answer (Rate), a rating at the kiosk by ticket
// number (RateTicket), and the supervisor's follow-ups of the low ones
// (FollowUps, CloseFollowUp; Snapshot.FollowUps carries the open ones).

// KindRating is a rating stored: Detail "rate SCORE KEY CHANNEL", Counter
// the service's counter, Number its ticket, Order its order.
const KindRating = "rating"

// KindFollowUp is a low rating's follow-up opened, Detail "open ID score
// N", or closed by a supervisor, "close ID by WHO".
const KindFollowUp = "followup"

// ErrFollowUpUnknown is the error of an id that names no follow-up.
var ErrFollowUpUnknown = errors.New("no such follow-up")

// RatingDue is what counter's pad asks about, as stored: the pad asks
// while Due.Asking says so; found is false when no service was ever
// finished there.
func (s *Store) RatingDue(counter int) (d care.Due, found bool, err error) {
	err = s.view(func(tx *bolt.Tx) (err error) {
		d, found, err = ratingDueAt(tx, counter)
		if err == nil && found && d.Asking(s.now()) {
			d, err = completeDue(tx, d)
		}
		return err
	})
	if err != nil {
		return care.Due{}, false, err
	}
	return d, found, nil
}

// Rate is the pad's answer score for the service of key, which counter's
// pad asked about: care.ErrRated when that service was rated already,
// care.ErrNotDue when the pad asks about nothing, about another service,
// or no longer. The rating is stored, the due deleted, and a low rating
// opens a follow-up.
func (s *Store) Rate(who string, counter int, key string, score int) (care.Rating, error) {
	var r care.Rating
	err := s.commit(who, func(w *wtx) error {
		if done, err := rated(w.tx, key); err != nil || done {
			return cmp.Or(err, fmt.Errorf("%w: %s", care.ErrRated, key))
		}
		d, found, err := ratingDueAt(w.tx, counter)
		switch {
		case err != nil:
			return err
		case !found || key == "" || d.Key != key || !d.Asking(w.now):
			return fmt.Errorf("%w: counter %d, %q", care.ErrNotDue, counter, key)
		}
		if d, err = completeDue(w.tx, d); err != nil {
			return err
		}
		if r, err = care.Rate(d.Service, score, care.AtPad, w.now); err != nil {
			return err
		}
		if r, err = w.rate(r); err != nil {
			return err
		}
		return tab(w.tx, bucketRatingDue).delete(counterKey(counter))
	})
	if err != nil {
		return care.Rating{}, err
	}
	return r, nil
}

// RateTicket is a rating at the kiosk of today's ticket number ("a012"
// as "A012"), finished today: queue.ErrNotFound for a number today has
// not issued, care.ErrNotDue for a ticket not finished (waiting, a
// no-show, closed), care.ErrRated when its service was rated (at the pad
// too). A counter's pad still asking about it stops.
func (s *Store) RateTicket(who string, number string, score int) (care.Rating, error) {
	var r care.Rating
	err := s.commit(who, func(w *wtx) error {
		t, err := w.todaysNumber(number)
		if err != nil {
			return err
		}
		if t.State != queue.Finished {
			return fmt.Errorf("%w: %s is %s", care.ErrNotDue, t.Number, t.State)
		}
		key := ticketKey(t.ID)
		if done, err := rated(w.tx, key); err != nil || done {
			return cmp.Or(err, fmt.Errorf("%w: %s", care.ErrRated, t.Number))
		}
		svc, asked, err := w.ticketService(t)
		if err != nil {
			return err
		}
		if r, err = care.Rate(svc, score, care.AtKiosk, w.now); err != nil {
			return err
		}
		if r, err = w.rate(r); err != nil {
			return err
		}
		if asked {
			return tab(w.tx, bucketRatingDue).delete(counterKey(t.Counter))
		}
		return nil
	})
	if err != nil {
		return care.Rating{}, err
	}
	return r, nil
}

// todaysNumber is today's ticket of number, in any case.
func (w *wtx) todaysNumber(number string) (queue.Ticket, error) {
	number = strings.TrimSpace(number)
	ts, err := w.ticketsOfDay(w.day)
	if err != nil {
		return queue.Ticket{}, err
	}
	for _, t := range ts {
		if strings.EqualFold(t.Number, number) {
			return t, nil
		}
	}
	return queue.Ticket{}, fmt.Errorf("%w: %q today", queue.ErrNotFound, number)
}

// ticketService is the service of finished ticket t: as its counter's
// due has it while that is t's (asked), else made again from the log:
// the engineer signed in at the counter since before the finish, or who
// finished it.
func (w *wtx) ticketService(t queue.Ticket) (svc care.Service, asked bool, err error) {
	key := ticketKey(t.ID)
	d, found, err := ratingDueAt(w.tx, t.Counter)
	if err != nil {
		return svc, false, err
	}
	if found && d.Key == key {
		d, err = completeDue(w.tx, d)
		return d.Service, true, err
	}
	s, err := servedAt(w.tx, t.Counter, t.ID, since(t), t.EndedAt)
	if err != nil {
		return svc, false, err
	}
	c, err := counterState(w.tx, t.Counter)
	if err != nil {
		return svc, false, err
	}
	engineer := s.finishedBy
	if c.Engineer != "" && !c.Since.After(t.EndedAt) {
		engineer = c.Engineer
	}
	return care.Service{Key: key, Ticket: t.Number, Day: t.Day, Type: t.Type, Order: s.order,
		Counter: t.Counter, Engineer: engineer, At: t.EndedAt}, false, nil
}

// FollowUps are the follow-ups waiting for a supervisor, oldest first.
func (s *Store) FollowUps() ([]care.FollowUp, error) {
	var out []care.FollowUp
	err := s.view(func(tx *bolt.Tx) (err error) {
		out, err = openFollowUps(tx, 0)
		return err
	})
	return out, err
}

// CloseFollowUp records a supervisor's answer to follow-up id: who must
// be a member with the role supervisor (staff.ErrNotSupervisor),
// care.ErrClosed for one answered already, care.ErrAnswer for an answer
// empty or too long.
func (s *Store) CloseFollowUp(who string, id uint64, answer string) (care.FollowUp, error) {
	var f care.FollowUp
	err := s.commit(who, func(w *wtx) error {
		if err := supervisor(w.tx, who); err != nil {
			return err
		}
		found, err := tab(w.tx, bucketFollowUps).getJSON(u64(id), &f)
		switch {
		case err != nil:
			return err
		case !found:
			return fmt.Errorf("%w: %d", ErrFollowUpUnknown, id)
		}
		if f, err = f.Close(w.who, answer, w.now); err != nil {
			return err
		}
		if err := w.putFollowUp(f); err != nil {
			return err
		}
		_, err = w.log(Event{Kind: KindFollowUp, Counter: f.Service.Counter, Number: f.Service.Ticket,
			Order: f.Service.Order, Request: f.Service.Request, Detail: fmt.Sprintf("close %d by %s", f.ID, w.who)})
		return err
	})
	if err != nil {
		return care.FollowUp{}, err
	}
	return f, nil
}

// ratingDueAt reads counter's due.
func ratingDueAt(tx *bolt.Tx, counter int) (d care.Due, found bool, err error) {
	found, err = tab(tx, bucketRatingDue).getJSON(counterKey(counter), &d)
	return d, found, err
}

// completeDue adds to a ticket's due the order taken in by the
// transaction that finished it: SaveIntake finishes the ticket first and
// logs the intake after, at the same instant.
func completeDue(tx *bolt.Tx, d care.Due) (care.Due, error) {
	id, ok := ticketOfKey(d.Key)
	if d.Order != "" || !ok {
		return d, nil
	}
	s, err := servedAt(tx, d.Counter, id, d.At, d.At)
	d.Order = s.order
	return d, err
}

// rated says whether the service of key has its rating.
func rated(tx *bolt.Tx, key string) (bool, error) {
	if key == "" {
		return false, nil
	}
	return tab(tx, bucketRatingsBy).has([]byte(key))
}

// rate stores r, its service not rated yet, under a new id, and opens its
// follow-up when it is low; each is logged.
func (w *wtx) rate(r care.Rating) (care.Rating, error) {
	id, err := tab(w.tx, bucketRatings).nextSequence()
	if err != nil {
		return r, err
	}
	r.ID = id
	if err := tab(w.tx, bucketRatings).putJSON(u64(id), r); err != nil {
		return r, err
	}
	if err := tab(w.tx, bucketRatingsBy).put([]byte(r.Service.Key), u64(id)); err != nil {
		return r, err
	}
	s := r.Service
	e := Event{Kind: KindRating, Counter: s.Counter, Number: s.Ticket, Order: s.Order, Request: s.Request,
		Detail: fmt.Sprintf("rate %d %s %s", r.Score, s.Key, r.Channel)}
	if _, err := w.log(e); err != nil || !r.Low() {
		return r, err
	}
	f := care.FollowUpOf(r)
	if f.ID, err = tab(w.tx, bucketFollowUps).nextSequence(); err != nil {
		return r, err
	}
	if err := w.putFollowUp(f); err != nil {
		return r, err
	}
	e.Kind, e.Detail = KindFollowUp, fmt.Sprintf("open %d score %d", f.ID, f.Score)
	_, err = w.log(e)
	return r, err
}

// putFollowUp writes f, and keeps followups_open with it.
func (w *wtx) putFollowUp(f care.FollowUp) error {
	if err := tab(w.tx, bucketFollowUps).putJSON(u64(f.ID), f); err != nil {
		return err
	}
	open := tab(w.tx, bucketFollowUpsOpen)
	if f.Open() {
		return open.put(u64(f.ID), nil)
	}
	return open.delete(u64(f.ID))
}

// openFollowUps are the open follow-ups, oldest first: at most limit when
// limit > 0.
func openFollowUps(tx *bolt.Tx, limit int) ([]care.FollowUp, error) {
	var out []care.FollowUp
	all := tab(tx, bucketFollowUps)
	c := tab(tx, bucketFollowUpsOpen).cursor()
	for k, _, err := c.first(); err != nil || k != nil && (limit <= 0 || len(out) < limit); k, _, err = c.next() {
		if err != nil {
			return nil, err
		}
		var f care.FollowUp
		found, err := all.getJSON(k, &f)
		switch {
		case err != nil:
			return nil, err
		case !found || !f.Open():
			return nil, damaged(bucketFollowUpsOpen, k, "names a follow-up that is not open")
		}
		out = append(out, f)
	}
	return out, nil
}
