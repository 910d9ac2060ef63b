package queue

// A ticket can wait with nobody to call it: its type is served only by
// counters that are closed or paused — the business customer's D001 at
// lunchtime, when counter 4 is unmanned — or it was transferred to one
// such counter. Nothing in the rules of Next will ever call it, so the
// desks say so (Stranded), and a counter may serve it although the type is
// not its own (the store's CallOutOfType), as a station does rather than send the
// customer home (Q5: every ticket is called by exactly one counter; Q2's
// "商用消费要分清" keeps its type: the ticket is served as a D ticket).

// CanCall reports whether counter k, open, may call t by the rules alone:
// t is queued, of a type k serves, and not sent to another counter.
func CanCall(k Counter, t Ticket) bool {
	return t.Queued() && k.Serves(t.Type) &&
		(t.State != Transferred || t.ToCounter == 0 || t.ToCounter == k.Number)
}

// Stranded reports whether queued ticket t has no open counter to call
// it; open lists the numbers of the counters that are open (a desk has
// them, not paused).
func Stranded(cfg Config, open []int, t Ticket) bool {
	if !t.Queued() {
		return false
	}
	for _, n := range open {
		if k, err := cfg.Counter(n); err == nil && CanCall(k, t) {
			return false
		}
	}
	return true
}

// StrandedTypes lists, in the configuration's order, the service types of
// today's tickets that are stranded, with how many of each.
func StrandedTypes(cfg Config, open []int, today []Ticket) []TypeCount {
	counts := map[string]int{}
	for _, t := range today {
		if Stranded(cfg, open, t) {
			counts[t.Type]++
		}
	}
	var out []TypeCount
	for _, st := range cfg.Types {
		if n := counts[st.Code]; n > 0 {
			out = append(out, TypeCount{Type: st.Code, N: n})
		}
	}
	return out
}

// TypeCount is how many tickets of one service type.
type TypeCount struct {
	Type string
	N    int
}
