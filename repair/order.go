package repair

import "time"

// State is where a repair order is in its life (O1).
type State string

// The state an order opens in.
const (
	StateReceived State = "received" // the first; the others are in lifecycle.go
)

// Order is a repair order, opened by a saved intake (I13).
type Order struct {
	ID       uint64    `json:"id"`
	Number   string    `json:"number"` // on the device's tag and the claim slip
	Claim    string    `json:"claim"`  // the claim code, for pickup (P1)
	State    State     `json:"state"`
	Received time.Time `json:"received"`          // UTC
	Counter  int       `json:"counter"`           // where it was taken in
	Engineer string    `json:"engineer"`          // who took it in
	Ticket   string    `json:"ticket,omitempty"`  // the queue number served, e.g. "A007"
	Request  string    `json:"request,omitempty"` // the on-site request it was escalated from (S10)
	TicketID uint64    `json:"ticket_id,omitempty"`
	Intake   Intake    `json:"intake"` // as checked: cleaned and normalised
	Verdict  Verdict   `json:"verdict"`
	Promised time.Time `json:"promised"`           // UTC
	Previous []string  `json:"previous,omitempty"` // earlier orders of the same serial (O7)
	Estimate []Line    `json:"estimate,omitempty"` // parsed from Intake.Estimate (I11)
	Fee      Money     `json:"fee,omitempty"`

	// The order's life after intake (O1–O8).
	History     []Step    `json:"history,omitempty"`      // every change, who and when
	Result      Result    `json:"result,omitzero"`        // O4, before ready
	Approval    Approval  `json:"approval,omitempty"`     // the estimate's, asked after intake
	AwaitedPart string    `json:"awaited_part,omitempty"` // while waiting for parts
	ReadyAt     time.Time `json:"ready_at,omitzero"`
	ToldReady   time.Time `json:"told_ready,omitzero"` // the ready call that reached the customer (O3)
	LastCall    time.Time `json:"last_call,omitzero"`  // the last progress or delay call (O2)
	LoanerBack  time.Time `json:"loaner_back,omitzero"`
	Closed      time.Time `json:"closed,omitzero"`    // picked up, cancelled or returned
	VisitDue    time.Time `json:"visit_due,omitzero"` // the return visit (P5), set at pickup
	Pickup      *Pickup   `json:"pickup,omitempty"`   // P1–P4
	Visit       *Visit    `json:"visit,omitempty"`    // P5, once the customer was reached
	Updated     time.Time `json:"updated,omitzero"`
}

// Money is an amount in fen (0.01 yuan), so that sums are exact.
type Money int64

// Line is one part of an out-of-warranty estimate (I11).
type Line struct {
	Part  string `json:"part"`
	Price Money  `json:"price"`
}

// Verdict is the warranty decision of an intake (I4, I5), kept on the order
// as it was told to the customer.
type Verdict struct {
	Part    string    `json:"part,omitempty"`   // the part category decided on
	Covered bool      `json:"covered"`          // in warranty
	From    time.Time `json:"from,omitzero"`    // the day the warranty counts from
	Until   time.Time `json:"until,omitzero"`   // the last day covered
	Reason  string    `json:"reason,omitempty"` // why not covered: a Reason* constant
	SanBao  SanBao    `json:"sanbao,omitempty"`
	Days    int       `json:"days"` // days since the sale (I5), -1 when unknown
}

// SanBao is which 三包 options a performance fault has (I5).
type SanBao string

// The 三包 options.
const (
	SanBaoNone     SanBao = ""         // repair under warranty (or paid) only
	SanBaoReturn   SanBao = "return"   // return, exchange or repair
	SanBaoExchange SanBao = "exchange" // exchange or repair
)

// Why a part is not covered (Verdict.Reason).
const (
	ReasonExpired   = "expired"  // the period has passed
	ReasonNoProof   = "no-proof" // neither invoice nor factory month
	ReasonExcluded  = "excluded" // an Exclusion applies
	ReasonNoPart    = "no-part"  // no part category chosen yet
	ReasonUnknownPt = "unknown-part"
)
