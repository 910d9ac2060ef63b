// The figures a Report holds, part by part, as they are printed, shown
// and exported as JSON.

package report

import (
	"time"
)

// Report is the station's figures for one period (R1, R2). Which tickets
// and orders each figure counts is in the package doc.
type Report struct {
	Period Period    `json:"period"`
	AsOf   time.Time `json:"as_of"` // the end of the period, or now when it is not over

	Tickets TicketStats `json:"tickets"`
	Types   []TypeStats `json:"types"` // every configured type, in the configuration's order
	// Hours are the arrivals (tickets issued) per station-local hour of the
	// day, summed over the period's days: Hours[9] is 09:00–09:59.
	Hours     [24]int         `json:"arrivals_per_hour"`
	Counters  []CounterStats  `json:"counters"`
	Engineers []EngineerStats `json:"engineers"`

	Orders OrderStats `json:"orders"`
	// HandedBack is the devices handed back at intake without an order
	// opened, by reason (store.KindHandBack events in the period).
	HandedBack HandBacks  `json:"handed_back"`
	Inspection Inspection `json:"inspection"`
	Visits     Visits     `json:"visits"`
	// Models are the recurring faults (R2): the models of the orders
	// received in the period with the most comebacks, then orders; at most
	// TopModels of ModelCount.
	Models     []ModelStats `json:"models"`
	ModelCount int          `json:"model_count"`

	// Onsite is the on-site requests' figures (S2, S8, S10; onsite.go).
	Onsite OnsiteStats `json:"onsite"`
}

// Lookback is how long before a period the orders received are read with
// it (tui/report's Load): an order made ready, collected or overdue in the
// period was received before it. The period's events name every order that
// changed in it, and the board every order still open, so Lookback matters
// only for orders stored without events (BulkOrders: imports, the demo),
// whose changes in the period count when they were received at most this
// long before it — the demo's orders are closed within 40 days.
const Lookback = 40 * 24 * time.Hour

// TopModels is how many models a report lists.
const TopModels = 10

// TopFailures is how many inspection failures a report lists, newest first.
const TopFailures = 10

// TicketStats are the queue's figures for a set of tickets (R1, Q11).
type TicketStats struct {
	Issued    int  `json:"issued"`
	Served    int  `json:"served"`    // finished
	NoShows   int  `json:"no_shows"`  // see the package doc
	Cancelled int  `json:"cancelled"` // closed at the end of the day (Q11)
	Wait      Stat `json:"wait"`      // issue → first call, of the tickets called
	Walk      Stat `json:"walk"`      // call → start, of the tickets started
	Service   Stat `json:"service"`   // start → finish, of the tickets finished
	Total     Stat `json:"total"`     // issue → finish, of the tickets finished
}

// TypeStats are one service type's figures.
type TypeStats struct {
	Code string `json:"code"`
	TicketStats
}

// CounterStats are one counter's figures: tickets finished and missed there
// and repair orders taken in there.
type CounterStats struct {
	Counter  int  `json:"counter"`
	Served   int  `json:"served"`
	NoShows  int  `json:"no_shows"`
	Service  Stat `json:"service"`
	Received int  `json:"orders_received"`
}

// EngineerStats are one engineer's figures: tickets finished, repair
// orders taken in, made ready and handed over.
type EngineerStats struct {
	Name      string `json:"name"`
	Served    int    `json:"served"`
	Service   Stat   `json:"service"`
	Received  int    `json:"orders_received"`
	Ready     int    `json:"orders_ready"`
	Collected int    `json:"orders_handed_over"`
}

// OrderStats are the repair orders' figures (R1, O1, O2).
type OrderStats struct {
	Received  int `json:"received"`
	Ready     int `json:"ready"` // made ready: finished
	Collected int `json:"collected"`
	Cancelled int `json:"cancelled"`
	Returned  int `json:"returned"` // handed back unrepaired
	Open      int `json:"open"`     // still open at AsOf: not ready, not closed
	// Overdue counts each order once that is OverdueOpen, LateReady or both.
	Overdue     int `json:"overdue"`
	OverdueOpen int `json:"overdue_open"` // open at AsOf past the promised time
	LateReady   int `json:"late_ready"`   // made ready in the period after the promised time

	ReceivedToReady     Stat `json:"received_to_ready"`
	ReadyToCollected    Stat `json:"ready_to_collected"`
	ReceivedToCollected Stat `json:"received_to_collected"`
}

// HandBacks are the intakes that ended with the device handed back, and
// why: Reasons by count, most first, then by reason.
type HandBacks struct {
	Total   int           `json:"total"`
	Reasons []ReasonCount `json:"reasons"`
}

// ReasonCount is how often one reason (a repair.HandBackReason) was given.
type ReasonCount struct {
	Reason string `json:"reason"`
	Count  int    `json:"count"`
}

// Inspection is the golden-key inspections that failed in the period (G3).
type Inspection struct {
	Failures int       `json:"failures"`
	Latest   []Failure `json:"latest"` // at most TopFailures, newest first
}

// Failure is one failed inspection: the order sent back to repair, and why.
type Failure struct {
	Number string    `json:"order"`
	At     time.Time `json:"at"`
	Who    string    `json:"who"`
	Text   string    `json:"text"`
}

// Visits are the return visits made in the period (P5).
type Visits struct {
	Reached    int `json:"reached"`
	NotReached int `json:"not_reached"`
	// Satisfaction counts the reached visits by the customer's answer:
	// Satisfaction[0] is 1 (very unhappy) … Satisfaction[4] is 5.
	Satisfaction [5]int  `json:"satisfaction"`
	Mean         float64 `json:"mean_satisfaction"`
}

// ModelStats are one model's orders received in the period (R2).
type ModelStats struct {
	Model     string `json:"model"`     // brand and model as taken in
	Orders    int    `json:"orders"`    // received in the period
	Comebacks int    `json:"comebacks"` // of them, devices seen before (O7)
	Fault     string `json:"fault"`     // the fault most often described, among the comebacks if any
}
