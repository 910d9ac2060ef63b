package notify

import "slices"

// Moment is when a message is sent: one template each.
type Moment string

// The moments (C4): the customer's turn coming up in the queue, the device
// ready for pickup (O3: with the reminder to bring the claim slip), a delay
// told before the promised time passes (O2), an estimate to approve (I11),
// an on-site visit before and after (S11), and the thanks of a return
// visit (P5).
const (
	Turn        Moment = "turn"
	Ready       Moment = "ready"
	Delay       Moment = "delay"
	Estimate    Moment = "estimate"
	VisitBefore Moment = "visit_before"
	VisitAfter  Moment = "visit_after"
	Thanks      Moment = "thanks"
)

// Moments lists them in the order the configuration and the screens show
// them.
var Moments = []Moment{Turn, Ready, Delay, Estimate, VisitBefore, VisitAfter, Thanks}

// Valid says m is one of Moments.
func (m Moment) Valid() bool { return slices.Contains(Moments, m) }

// The fields every template may use.
const (
	FieldStation = "station" // the station's name
	FieldHotline = "hotline" // the station's phone
)

// fields is, per moment, what its template may use beyond FieldStation and
// FieldHotline; a template naming anything else is refused when the
// configuration is read.
var fields = map[Moment][]string{
	Turn:        {"number", "ahead", "type"},
	Ready:       {"name", "order", "device"},
	Delay:       {"name", "order", "device", "promised", "reason"},
	Estimate:    {"name", "order", "device", "fee", "items"},
	VisitBefore: {"name", "request", "brand", "engineer", "time", "phone"},
	VisitAfter:  {"name", "request", "brand"},
	Thanks:      {"name", "order"},
}

// Fields is what m's template may use, the common fields first.
func Fields(m Moment) []string {
	return append([]string{FieldStation, FieldHotline}, fields[m]...)
}
