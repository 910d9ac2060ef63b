package queue

import "time"

// Places is, for every ticket of type code still to be called today, how
// many are ahead of it: its index in the order a counter serving only
// that type would call them now (Offered: transferred first, priority by
// Q9's rules, then arrival). It is what a customer's turn message counts
// (C4): a ticket that moves up (a priority call, a no-show returned near
// the front) is counted where it now stands. Tickets sent to one counter
// are counted as that counter's.
func Places(cfg Config, code string, today []Ticket, now time.Time) map[uint64]int {
	places := map[uint64]int{}
	for i, t := range Offered(cfg, Counter{Types: []string{code}}, today, now) {
		places[t.ID] = i
	}
	return places
}
