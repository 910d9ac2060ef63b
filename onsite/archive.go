package onsite

import (
	"cmp"
	"slices"
	"strings"
	"time"
	"unicode"

	"frontdesk/repair"
)

// Analysis is a business customer's service analysis for a period (C2,
// R2 per customer): how much service it had and how well the station kept
// S8, and its recurring problems.
type Analysis struct {
	Company  string
	From, To time.Time
	CarryIn  int // repair orders received in the period
	OnSite   int // on-site requests received in the period, cancelled ones left out
	Visits   int // those an engineer went to
	// OnTime is the visits on site within the target (Config.OnSite),
	// Late those past it but within the cap (OnSiteMax); the rest missed.
	OnTime, Late int
	Phone        int // solved on the phone (S2)
	Escalated    int // taken back as carry-in repairs (S10)
	Recurring    []Recurring
}

// OnTimeShare is the share of visits on site within the target, 0 to 1;
// 1 when there was no visit (nothing was missed).
func (a Analysis) OnTimeShare() float64 { return share(a.OnTime, a.Visits) }

// PhoneShare is the share of on-site requests solved on the phone, 0 to 1.
func (a Analysis) PhoneShare() float64 {
	if a.OnSite == 0 {
		return 0
	}
	return share(a.Phone, a.OnSite)
}

func share(n, of int) float64 {
	if of == 0 {
		return 1
	}
	return float64(n) / float64(of)
}

// Recurring is one model's recurring fault: two services or more of a
// similar fault, carry-in and on-site together.
type Recurring struct {
	Model    string
	Fault    string   // as the first of them told it
	Services []string // the orders' and requests' numbers, oldest first
	Serials  []string // the devices, each once
}

// service is one service of the period, carry-in or on-site, for the
// search of recurring faults.
type service struct {
	number, model, serial, fault string
	at                           time.Time
}

// Analyse is company's service analysis from from (inclusive) to to
// (exclusive) over requests and orders, whatever else they hold (C2): the
// company is matched trimmed and case-folded, the period by when each was
// received; S8 is judged with cfg's limits in loc.
func Analyse(company string, from, to time.Time, requests []Request, orders []repair.Order, cfg Config, loc *time.Location) Analysis {
	a := Analysis{Company: strings.TrimSpace(company), From: from, To: to}
	in := func(t time.Time) bool { return !t.Before(from) && t.Before(to) }
	var services []service
	for _, o := range orders {
		if !sameCompany(o.Intake.Company, company) || !in(o.Received) {
			continue
		}
		a.CarryIn++
		services = append(services, service{o.Number, o.Intake.Model, o.Intake.Serial, o.Intake.Fault, o.Received})
	}
	carried := map[string]bool{} // the orders of the period: an escalation's request is its order's service
	for _, sv := range services {
		carried[sv.number] = true
	}
	for _, r := range requests {
		if !sameCompany(r.Customer.Company, company) || !in(r.Received) || r.State == StateCancelled {
			continue
		}
		a.OnSite++
		if !carried[r.Order] { // one fault escalated is one service, not a recurring one
			services = append(services, service{r.Number, r.Device.Model, r.Device.Serial, r.Fault, r.Received})
		}
		switch r.State {
		case StateSolved:
			a.Phone++
		case StateEscalated:
			a.Escalated++
		}
		st, visited := VisitStatus(r, cfg, loc)
		if !visited {
			continue
		}
		a.Visits++
		switch st {
		case StatusMet:
			a.OnTime++
		case StatusLate:
			a.Late++
		}
	}
	a.Recurring = recurring(services)
	return a
}

// VisitStatus is how r's visit kept S8's on-site limit: met (within the
// target), late (past it, within the cap) or missed; visited is false
// while no engineer has arrived.
func VisitStatus(r Request, cfg Config, loc *time.Location) (st Status, visited bool) {
	if r.Record.Arrived.IsZero() {
		return "", false
	}
	for _, c := range Clocks(r, cfg, loc, r.Record.Arrived) {
		if c.Name == ClockOnSite {
			return c.Status, true
		}
	}
	return StatusMet, true // no on-site clock: nothing to keep
}

func sameCompany(a, b string) bool {
	a, b = strings.TrimSpace(repair.Fold(a)), strings.TrimSpace(repair.Fold(b))
	return a != "" && strings.EqualFold(a, b)
}

// recurring groups the services by model, then by similar fault (Similar),
// and keeps the groups of two or more, by model then first service.
func recurring(services []service) []Recurring {
	slices.SortStableFunc(services, func(a, b service) int { return a.at.Compare(b.at) })
	var groups []*Recurring
	var firsts [][]string // the terms of each group's faults
	for _, s := range services {
		model := strings.TrimSpace(s.model)
		if model == "" {
			continue
		}
		terms := Terms(s.fault)
		i := -1
		for j, g := range groups {
			if strings.EqualFold(g.Model, model) && overlap(firsts[j], terms) >= 1.0/3 {
				i = j
				break
			}
		}
		if i < 0 {
			groups = append(groups, &Recurring{Model: model, Fault: s.fault})
			firsts = append(firsts, terms)
			i = len(groups) - 1
		}
		g := groups[i]
		g.Services = append(g.Services, s.number)
		if s.serial != "" && !slices.Contains(g.Serials, s.serial) {
			g.Serials = append(g.Serials, s.serial)
		}
	}
	var out []Recurring
	for _, g := range groups {
		if len(g.Services) >= 2 {
			out = append(out, *g)
		}
	}
	slices.SortStableFunc(out, func(a, b Recurring) int { return cmp.Compare(strings.ToLower(a.Model), strings.ToLower(b.Model)) })
	return out
}

// Similar reports whether two faults, as customers tell them, are alike:
// they share a term (Terms) that is not one of the Generic words, and the
// shared ones are a third or more of the shorter one's. "开机黑屏" and
// "开机后黑屏,风扇响" share 黑屏; "开机黑屏" and "无法开机" only 开机,
// which says nothing of the fault.
func Similar(a, b string) bool { return overlap(Terms(a), Terms(b)) >= 1.0/3 }

// Generic are words nearly every fault uses: they make no two faults alike.
var Generic = []string{"开机", "无法", "不能", "经常", "有时", "偶尔", "总是", "一直", "电脑", "机器", "问题", "故障", "出现", "没有"}

// Terms are the words of a fault for comparing: each run of Latin letters
// and digits, lower-cased, and each pair of neighbouring Chinese
// characters (a lone one alone), since Chinese is not written in words:
// "开机黑屏" is 开机, 机黑, 黑屏. Punctuation and spaces separate runs.
func Terms(s string) []string {
	var out []string
	add := func(t string) {
		if t != "" && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	var latin strings.Builder
	var han []rune
	flush := func() {
		add(strings.ToLower(latin.String()))
		latin.Reset()
		if len(han) == 1 {
			add(string(han))
		}
		for i := 0; i+1 < len(han); i++ {
			add(string(han[i : i+2]))
		}
		han = han[:0]
	}
	for _, r := range repair.Fold(s) {
		switch {
		case unicode.Is(unicode.Han, r):
			if latin.Len() > 0 {
				flush()
			}
			han = append(han, r)
		case r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if len(han) > 0 {
				flush()
			}
			latin.WriteRune(r)
		default:
			flush()
		}
	}
	flush()
	return out
}

// overlap is the share of the smaller set's terms found in the other,
// the Generic words left out of both.
func overlap(a, b []string) float64 {
	generic := func(t string) bool { return slices.Contains(Generic, t) }
	a = slices.DeleteFunc(slices.Clone(a), generic)
	b = slices.DeleteFunc(slices.Clone(b), generic)
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	n := 0
	for _, t := range a {
		if slices.Contains(b, t) {
			n++
		}
	}
	return float64(n) / float64(len(a))
}
