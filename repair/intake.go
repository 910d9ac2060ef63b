package repair

// Intake is what the engineer records at the counter with the customer
// (I1–I12), in the order the counter works. It is also the draft of a
// half-filled intake, so every field is kept as typed: dates are the text
// "2006-01-02", money is the text "1200" or "1200.50". Check turns it into
// an Order's verdicts or says, field by field, what is wrong.
type Intake struct {
	// I1, I2: the customer, always the end user of the device.
	ByDealer    bool         `json:"by_dealer,omitempty"`    // a dealer drops it off on the user's behalf
	Dealer      string       `json:"dealer,omitempty"`       // the dealer's shop or name
	Phone       string       `json:"phone,omitempty"`        // mobile or landline, as typed
	Name        string       `json:"name,omitempty"`         // required, also when ByDealer
	Kind        CustomerKind `json:"kind,omitempty"`         // consumer or business
	Company     string       `json:"company,omitempty"`      // required for a business
	DealerPhone string       `json:"dealer_phone,omitempty"` // optional, checked like Phone
	// NoTexts: the customer said no to text messages (C4); kept for the
	// order's life, and the desk calls instead.
	NoTexts bool `json:"no_texts,omitempty"`

	// I3: the device and how its purchase is proven.
	Device       string `json:"device,omitempty"` // a DeviceKind.Key of the configuration
	Brand        string `json:"brand,omitempty"`
	Model        string `json:"model,omitempty"`
	Serial       string `json:"serial,omitempty"`        // serial / host number (主机号)
	Purchased    string `json:"purchased,omitempty"`     // "2006-01-02"; empty when unknown
	Proof        Proof  `json:"proof,omitempty"`         // invoice, voucher or none
	FactoryMonth string `json:"factory_month,omitempty"` // "2006-01", from the voucher's barcode

	// I4: which part category the fault is in, and what excludes cover.
	Part      string    `json:"part,omitempty"`      // a WarrantyRule.Part; empty: decided after diagnosis
	Exclusion Exclusion `json:"exclusion,omitempty"` // user damage, disaster, gift, user-bought part

	// I6: the fault as the customer says it, and whether it showed at the counter.
	Fault         string     `json:"fault,omitempty"`
	Reproduced    Reproduced `json:"reproduced,omitempty"`
	BurnInConsent bool       `json:"burn_in_consent,omitempty"` // needed when not reproduced

	// I7: the accessories handed over.
	Accessories []string `json:"accessories,omitempty"` // keys of the device's standard set
	Extras      string   `json:"extras,omitempty"`      // anything beyond the standard set
	ExtrasLeft  bool     `json:"extras_left,omitempty"` // extras stay with the device (else given back)

	// I8: the physical condition, inspected with the customer.
	Condition     []string `json:"condition,omitempty"` // keys of the device's condition list seen
	ConditionNote string   `json:"condition_note,omitempty"`

	// I9, I10: data and consents. No password is ever stored.
	BackupRaised      bool `json:"backup_raised,omitempty"`       // the engineer raised data backup
	DataRisk          bool `json:"data_risk,omitempty"`           // the repair may lose data
	DataLossConsent   bool `json:"data_loss_consent,omitempty"`   // needed when DataRisk
	PasswordAtCounter bool `json:"password_at_counter,omitempty"` // the customer will type one in when needed
	OpenConsent       bool `json:"open_consent,omitempty"`        // the case may be opened

	// I11: out of warranty, the estimate and whether the customer approved it.
	Estimate         string `json:"estimate,omitempty"` // one "part price" per line
	Fee              string `json:"fee,omitempty"`      // the service fee, yuan
	EstimateApproved bool   `json:"estimate_approved,omitempty"`

	// I12: the promised time and the loaner.
	Promised       string `json:"promised,omitempty"`        // "2006-01-02 15:04", station time
	LoanerOffered  bool   `json:"loaner_offered,omitempty"`  // must be true past Config.LoanerAfter
	LoanerAccepted bool   `json:"loaner_accepted,omitempty"` //
	Loaner         string `json:"loaner,omitempty"`          // which loaner, when accepted
}

// CustomerKind is consumer or business (I2).
type CustomerKind string

// The kinds of customer.
const (
	Consumer CustomerKind = "consumer"
	Business CustomerKind = "business"
)

// Proof is how the purchase date is proven (I3).
type Proof string

// The proofs of purchase.
const (
	ProofInvoice Proof = "invoice" // the purchase invoice: warranty and 三包 from its date
	ProofVoucher Proof = "voucher" // the 三包 voucher only: warranty from the factory month
	ProofNone    Proof = "none"
)

// Reproduced is whether the fault showed in front of the customer (I6).
type Reproduced string

// Whether the fault showed.
const (
	ReproducedYes          Reproduced = "yes"
	ReproducedNo           Reproduced = "no"
	ReproducedIntermittent Reproduced = "intermittent"
)

// Exclusion is a reason the warranty does not cover a fault (I4).
type Exclusion string

// The exclusions; ExclusionNone: the warranty applies.
const (
	ExclusionNone     Exclusion = ""
	ExclusionDamage   Exclusion = "damage"   // caused by the user
	ExclusionDisaster Exclusion = "disaster" // natural disaster, accident
	ExclusionGift     Exclusion = "gift"     // a bundled gift
	ExclusionUserPart Exclusion = "userpart" // a part the user bought
)
