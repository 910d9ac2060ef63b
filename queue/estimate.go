package queue

import "time"

// Estimate is what the kiosk prints on a new ticket (Q1).
type Estimate struct {
	Ahead int           // queued tickets the new one will wait behind
	Wait  time.Duration // expected wait, rounded up to whole minutes
	// Straight means nobody is ahead and a counter serving the type is free:
	// the customer can walk up at once.
	Straight bool
}

// EstimateFor predicts the wait of a new ticket of the given type. The
// service time is the average time today's finished tickets of that type
// held a counter, from their last call to their end (or DefaultService
// before there are any), shared among the open counters that serve the type.
// paused tells which counters are paused.
//
// A counter is free when it is open, holds no ticket and has no other ticket
// waiting for it (of any of its types): only then can the customer go
// straight to it. When every counter serving the type is paused (or none
// serves it, which Validate refuses), the wait is estimated as if one of
// them reopens: the kiosk still prints a number rather than nothing.
func EstimateFor(cfg Config, code string, today []Ticket, paused map[int]bool, now time.Time) Estimate {
	var e Estimate
	var sum time.Duration
	var done int
	busy := map[int]bool{}
	for _, t := range today {
		if t.Type == code && t.Queued() && !t.Away() {
			e.Ahead++
		}
		if t.State == Called || t.State == Serving {
			busy[t.Counter] = true
		}
		if t.Type == code && t.State == Finished && !t.CalledAt.IsZero() && t.EndedAt.After(t.CalledAt) {
			sum += t.EndedAt.Sub(t.CalledAt)
			done++
		}
	}
	per := cfg.DefaultService
	if done > 0 {
		per = sum / time.Duration(done)
	}
	servers := 0
	for _, k := range cfg.Counters {
		if k.Serves(code) && !paused[k.Number] {
			servers++
			// Whether a counter is free matters only with nobody ahead, and
			// finding out sorts its queue: the costly part of a take.
			if e.Ahead == 0 && !busy[k.Number] && len(Offered(cfg, k, today, now)) == 0 {
				e.Straight = true
			}
		}
	}
	if e.Straight {
		return e
	}
	if servers == 0 {
		servers = 1 // nobody serves it now: estimate as if one counter reopens
	}
	// The new ticket is served when the Ahead tickets and the ones at the
	// counters now have gone through the open counters.
	e.Wait = time.Duration((e.Ahead + 1) * int(per) / servers)
	e.Wait = ((e.Wait + time.Minute - 1) / time.Minute) * time.Minute
	return e
}

// WaitingByType counts the tickets waiting to be called, per service type:
// queued (waiting, or transferred and waiting again) and not stepped away
// (Q4, Q10) — the Ahead a new ticket of each type would have (Q1), which the
// kiosk's buttons and the queue display show.
func WaitingByType(tickets []Ticket) map[string]int {
	n := map[string]int{}
	for _, t := range tickets {
		if t.Queued() && !t.Away() {
			n[t.Type]++
		}
	}
	return n
}
