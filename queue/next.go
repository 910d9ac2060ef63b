package queue

import (
	"fmt"
	"sort"
	"time"
)

// inOrder sorts queued tickets by their place in the queue: queue time, then
// the type counter k prefers (the zero Counter prefers none), then issue
// order. Arrival order within a type (Q9).
func inOrder(k Counter, ts []Ticket) {
	sort.SliceStable(ts, func(i, j int) bool {
		if !ts[i].QueuedAt.Equal(ts[j].QueuedAt) {
			return ts[i].QueuedAt.Before(ts[j].QueuedAt)
		}
		if ri, rj := k.rank(ts[i].Type), k.rank(ts[j].Type); ri != rj {
			return ri < rj
		}
		return ts[i].ID < ts[j].ID
	})
}

// Offered lists, in the order the counter would call them, the queued tickets
// counter k may call now: its types, not away, not sent to another counter.
func Offered(cfg Config, k Counter, today []Ticket, now time.Time) []Ticket {
	var transferred, priority, normal []Ticket
	for _, t := range today {
		if !t.Queued() || t.Away() || !k.Serves(t.Type) {
			continue
		}
		switch {
		case t.State == Transferred && t.ToCounter != 0 && t.ToCounter != k.Number:
			continue
		case t.State == Transferred:
			// Already served once: they do not queue again from the back.
			transferred = append(transferred, t)
		case t.Priority:
			priority = append(priority, t)
		default:
			normal = append(normal, t)
		}
	}
	inOrder(k, transferred)
	inOrder(k, priority)
	inOrder(k, normal)

	// Q9: priority goes first, but the oldest normal ticket is not kept
	// waiting any longer once it has waited past the cap (and as long as
	// the oldest priority ticket: on a day so busy that every normal ticket
	// is past the cap, priority keeps its place in arrival order instead of
	// waiting behind them all), or once PriorityRatio priority tickets have
	// been called in a row.
	var first, rest []Ticket
	if len(normal) > 0 && len(priority) > 0 &&
		(cfg.PriorityMaxWait > 0 && normal[0].Waited(now) >= cfg.PriorityMaxWait &&
			normal[0].Waited(now) >= priority[0].Waited(now) ||
			priorityRun(k, today) >= cfg.PriorityRatio) {
		first, rest = normal[:1], append(priority, normal[1:]...)
	} else {
		first, rest = priority, normal
	}
	out := append(transferred, first...)
	return append(out, rest...)
}

// priorityRun counts the priority tickets called in a row, most recent
// first, among the tickets of the types counter k serves. Calls at every
// counter count, not only k's: the ratio protects the normal queue, which
// all those counters drain together; counted per counter, n counters could
// call n×N priority tickets in a row. Tickets queued again (transferred, or
// a no-show who came back) are not among the calls until called again.
func priorityRun(k Counter, today []Ticket) int {
	var called []Ticket
	for _, t := range today {
		if !t.FirstCalledAt.IsZero() && k.Serves(t.Type) && !t.Queued() {
			called = append(called, t)
		}
	}
	sort.Slice(called, func(i, j int) bool {
		if !called[i].FirstCalledAt.Equal(called[j].FirstCalledAt) {
			return called[i].FirstCalledAt.After(called[j].FirstCalledAt)
		}
		return called[i].ID > called[j].ID
	})
	n := 0
	for _, t := range called {
		if !t.Priority {
			break
		}
		n++
	}
	return n
}

// Next picks the ticket counter n calls now (Q3, Q9, Q10), from all of
// today's tickets. A paused counter is offered nothing (ErrPaused), and a
// counter that still holds a called or served ticket gets nothing before it
// is finished, marked no-show or transferred (ErrBusy).
func Next(cfg Config, n int, paused bool, today []Ticket, now time.Time) (Ticket, error) {
	k, err := cfg.Counter(n)
	if err != nil {
		return Ticket{}, err
	}
	if paused {
		return Ticket{}, ErrPaused
	}
	for _, t := range today {
		if t.Current(n) {
			return Ticket{}, fmt.Errorf("%w: %s", ErrBusy, t.Number)
		}
	}
	offered := Offered(cfg, k, today, now)
	if len(offered) == 0 {
		return Ticket{}, ErrNoneWaiting
	}
	return offered[0], nil
}

// ReturnNoShow puts a no-show who came back into the queue near the front
// (Q5): behind the first NoShowReturnBehind tickets of its type and kind
// (priority or normal) that are waiting to be called, or at the back when
// fewer wait. Tickets away or transferred do not count: they are not called
// from this line. The original arrival time is kept so its wait is measured
// honestly. A no-show of an earlier day cannot come back (ErrNotFound): its
// number is not today's.
func ReturnNoShow(cfg Config, t *Ticket, today []Ticket, now time.Time) error {
	if t.State != NoShow {
		return stateErr(*t, "return")
	}
	if t.Day != cfg.Day(now) {
		return fmt.Errorf("%w: %s is of %s", ErrNotFound, t.Number, t.Day)
	}
	var queue []Ticket
	for _, o := range today {
		if o.State == Waiting && !o.Away() && o.Type == t.Type && o.ID != t.ID && o.Priority == t.Priority {
			queue = append(queue, o)
		}
	}
	inOrder(Counter{}, queue)
	place := now.UTC()
	if behind := cfg.NoShowReturnBehind; behind < len(queue) {
		if behind <= 0 {
			place = queue[0].QueuedAt.Add(-time.Nanosecond)
		} else {
			place = queue[behind-1].QueuedAt.Add(time.Nanosecond)
		}
	}
	t.State, t.Counter, t.EndedAt, t.QueuedAt = Waiting, 0, time.Time{}, place
	return nil
}
