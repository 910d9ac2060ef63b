package repair

import "time"

// Item is one entry of a configurable list (an accessory, a condition to
// look for, an inspection step, a part category), with its wording in both
// languages. Key is what orders store, so renaming an item keeps old orders.
type Item struct {
	Key string `json:"key" toml:"key"`
	ZH  string `json:"zh" toml:"zh"`
	EN  string `json:"en" toml:"en"`
}

// In returns the item's wording in lang ("zh" or "en"); Chinese is the default.
func (i Item) In(lang string) string {
	if lang == "en" && i.EN != "" {
		return i.EN
	}
	if i.ZH == "" {
		return i.Key
	}
	return i.ZH
}

// DeviceKind is a type of device the counter takes in (I3), with the lists
// that depend on it: the standard accessories (I7), the physical condition
// checklist (I8), the golden-key inspection (G1) and the part categories
// whose warranty applies to it (I4).
type DeviceKind struct {
	Item
	Accessories []Item   `json:"accessories" toml:"accessories"`
	Condition   []Item   `json:"condition" toml:"condition"`
	Inspection  []Item   `json:"inspection" toml:"inspection"`
	Parts       []string `json:"parts" toml:"parts"` // WarrantyRule.Part keys, the first the default
}

// WarrantyRule is one line of the warranty table (I4): a part category and
// how long it is covered from the purchase.
type WarrantyRule struct {
	Item
	Months int `json:"months" toml:"months"`
}

// Config is what a station can set for its repair orders. Every number in
// DOMAIN.md is a default here, not a constant.
type Config struct {
	// IntakeTypes are the queue's service types whose customers bring a
	// device in: calling one of them offers the intake (default A and D).
	IntakeTypes []string
	Devices     []DeviceKind   // the first is the default of a new intake
	Warranty    []WarrantyRule // the part categories and their periods (I4)
	// ReturnDays and ExchangeDays are the 三包 periods in days after the sale
	// (I5): a performance fault within ReturnDays may be returned, exchanged
	// or repaired; up to ExchangeDays, exchanged or repaired.
	ReturnDays   int
	ExchangeDays int
	// LoanerAfter: a repair promised further away than this gets a loaner
	// offered (I12).
	LoanerAfter time.Duration
	// PromiseDefault is how far ahead the form proposes the promised time.
	PromiseDefault time.Duration
	// PromiseMax is the furthest promise the form accepts.
	PromiseMax time.Duration
	// OutOfWarrantyPartMonths: a part replaced out of warranty is covered
	// this long (I11).
	OutOfWarrantyPartMonths int
	// OnsiteFee is the fixed fee of an on-site visit out of warranty, yuan (I11).
	OnsiteFee int
	// ClaimCodeLength is the number of characters of a claim code (I13).
	ClaimCodeLength int

	// Pickup (P1): wrong claim-code attempts allowed per order and per
	// counter before a lockout of PickupLockout.
	PickupAttemptsOrder   int
	PickupAttemptsCounter int
	PickupLockout         time.Duration
	// VisitWorkingDays: the return visit is due this many working days
	// after pickup (P5); Holidays ("2006-01-02") are not working days,
	// Workdays are (weekends worked in exchange, 调休).
	VisitWorkingDays int
	Holidays         []string
	Workdays         []string
}

// Device returns the device kind with the given key.
func (c Config) Device(key string) (DeviceKind, bool) {
	for _, d := range c.Devices {
		if d.Key == key {
			return d, true
		}
	}
	return DeviceKind{}, false
}

// Rule returns the warranty rule of a part category.
func (c Config) Rule(part string) (WarrantyRule, bool) {
	for _, r := range c.Warranty {
		if r.Key == part {
			return r, true
		}
	}
	return WarrantyRule{}, false
}
