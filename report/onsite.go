// The on-site requests of a Builder (S2, S8, S10): how many came in, how
// many were solved on the phone, visited, done, escalated; and per engineer
// how their visits kept S8's on-site limit.

package report

import (
	"cmp"
	"slices"

	"frontdesk/onsite"
)

// OnsiteStats are the on-site figures of a period. Requests counts those
// received in it; the others count what happened in it, whenever the
// request came in: guidance given, solved on the phone (the call-back),
// visits (the engineer's arrival), done, escalated to carry-in,
// cancelled. OnTime, Late and Missed judge the visits of the period
// against S8's on-site target and cap.
type OnsiteStats struct {
	Requests    int              `json:"requests"`
	Guided      int              `json:"guided"`
	PhoneSolved int              `json:"phone_solved"`
	Visits      int              `json:"visits"`
	Done        int              `json:"done"`
	Escalated   int              `json:"escalated"`
	Cancelled   int              `json:"cancelled"`
	OnTime      int              `json:"on_time"`
	Late        int              `json:"late"`
	Missed      int              `json:"missed"`
	Engineers   []OnsiteEngineer `json:"engineers"`
}

// OnsiteEngineer is one engineer's visits of the period and how they kept
// S8 (the visit's engineer).
type OnsiteEngineer struct {
	Name   string `json:"name"`
	Visits int    `json:"visits"`
	OnTime int    `json:"on_time"`
	Late   int    `json:"late"`
	Missed int    `json:"missed"`
}

// OnTimeShare is the share of the visits on site within the target, 0 to
// 1; 1 when there was no visit.
func (s OnsiteStats) OnTimeShare() float64 { return fraction(s.OnTime, s.Visits) }

// PhoneShare is the share of the period's closed requests that were
// solved on the phone, 0 to 1; 0 when none closed.
func (s OnsiteStats) PhoneShare() float64 {
	closed := s.PhoneSolved + s.Done + s.Escalated
	if closed == 0 {
		return 0
	}
	return fraction(s.PhoneSolved, closed)
}

func fraction(n, of int) float64 {
	if of == 0 {
		return 1
	}
	return float64(n) / float64(of)
}

// AddRequests adds on-site requests, each once however often it is given,
// judged with the station's on-site configuration.
func (b *Builder) AddRequests(rs []onsite.Request, cfg onsite.Config) {
	if b.requests == nil {
		b.requests, b.onsitePeople = map[uint64]bool{}, map[string]*OnsiteEngineer{}
	}
	for _, r := range rs {
		if !b.requests[r.ID] {
			b.requests[r.ID] = true
			b.addRequest(r, cfg)
		}
	}
}

func (b *Builder) addRequest(r onsite.Request, cfg onsite.Config) {
	s := &b.onsite
	if b.in(r.Received) {
		s.Requests++
	}
	if g := r.Guidance; g != nil && b.in(g.At) {
		s.Guided++
	}
	for _, st := range r.History {
		if !b.in(st.At) || st.To == "" {
			continue
		}
		switch st.To {
		case onsite.StateSolved:
			s.PhoneSolved++
		case onsite.StateDone:
			s.Done++
		case onsite.StateEscalated:
			s.Escalated++
		case onsite.StateCancelled:
			s.Cancelled++
		}
	}
	status, visited := onsite.VisitStatus(r, cfg, b.cfg.Location)
	if !visited || !b.in(r.Record.Arrived) {
		return
	}
	p := b.onsitePeople[r.Visit.Engineer]
	if p == nil {
		p = &OnsiteEngineer{Name: r.Visit.Engineer}
		b.onsitePeople[r.Visit.Engineer] = p
	}
	s.Visits++
	p.Visits++
	switch status {
	case onsite.StatusMet:
		s.OnTime++
		p.OnTime++
	case onsite.StatusLate:
		s.Late++
		p.Late++
	default:
		s.Missed++
		p.Missed++
	}
}

// onsiteFigures is the on-site figures, engineers by name.
func (b *Builder) onsiteFigures() OnsiteStats {
	s := b.onsite
	s.Engineers = nil
	for _, p := range b.onsitePeople {
		s.Engineers = append(s.Engineers, *p)
	}
	slices.SortFunc(s.Engineers, func(x, y OnsiteEngineer) int { return cmp.Compare(x.Name, y.Name) })
	return s
}
