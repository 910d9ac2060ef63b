// Package queue holds the rules of the take-a-number queue (DOMAIN.md Q1–Q11):
// service types and their daily numbering, the life of a ticket, which ticket a
// counter is offered next, wait estimates, the long-wait threshold and the
// script the desk should say. It is pure: no I/O, and every function that needs
// the time takes it as an argument, so each rule is a table test.
package queue

import (
	"fmt"
	"time"
)

// Text is a piece of wording in both languages of the product.
type Text struct {
	ZH string `json:"zh"`
	EN string `json:"en"`
}

// In returns the text in lang ("zh" or "en"); Chinese is the default.
func (t Text) In(lang string) string {
	if lang == "en" && t.EN != "" {
		return t.EN
	}
	return t.ZH
}

// ServiceType is one line of the queue with its own prefix and numbering (Q2).
type ServiceType struct {
	Code string `json:"code"` // the ticket prefix, e.g. "A"
	Name Text   `json:"name"`
}

// Counter is one reception counter (接待台) and the service types it calls, in
// the order it prefers them when two tickets have waited equally long.
type Counter struct {
	Number int      `json:"number"`
	Types  []string `json:"types"`
}

// Serves reports whether the counter calls tickets of the given type.
func (c Counter) Serves(code string) bool {
	for _, t := range c.Types {
		if t == code {
			return true
		}
	}
	return false
}

// rank is the place of a type in the counter's preference, len(Types) when
// it does not serve it.
func (c Counter) rank(code string) int {
	for i, t := range c.Types {
		if t == code {
			return i
		}
	}
	return len(c.Types)
}

// Config is what a station can set for its queue. Every number in DOMAIN.md is
// a default here, not a constant.
type Config struct {
	Types    []ServiceType
	Counters []Counter
	// Location is the station's time zone: "today", numbering and the daily
	// reset follow it (Q2, Q11).
	Location *time.Location
	// LongWait is the waiting time past which a ticket is highlighted and the
	// apology script is shown when it is served (Q6); zero turns it off.
	LongWait time.Duration
	// DefaultService is the service time assumed for wait estimates before the
	// day has finished tickets of a type to learn from (Q1).
	DefaultService time.Duration
	// PriorityRatio is N of the N:1 rule: after N priority tickets in a row a
	// waiting normal ticket is called (Q9).
	PriorityRatio int
	// PriorityMaxWait caps how long a normal ticket waits behind priority
	// ones: past it, the normal ticket goes first (Q9); zero means no cap,
	// the ratio alone keeps the normal queue moving.
	PriorityMaxWait time.Duration
	// NoShowReturnBehind is how many waiting tickets a returning no-show is
	// put behind (Q5); with fewer waiting it goes to the back.
	NoShowReturnBehind int
	// AwayHold is how long a customer who stepped away keeps their place
	// (Q10); zero means the place is lost on coming back.
	AwayHold time.Duration
	// PickupType is the service type of customers who come to collect a
	// repaired device: calling one of them offers the pickup (P1–P4). A
	// setting, not a constant, because a station names its own types.
	PickupType string
}

// DefaultConfig is the queue of DOMAIN.md: types A–D, counters 1–4 (counter 4
// serves business customers, kept apart as Q2 asks), Asia/Shanghai.
func DefaultConfig() Config {
	loc, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		// Without tzdata Shanghai is still UTC+8 all year (no daylight saving).
		loc = time.FixedZone("CST", 8*3600)
	}
	return Config{
		Types: []ServiceType{
			{Code: "A", Name: Text{ZH: "送修", EN: "Repair drop-off"}},
			{Code: "B", Name: Text{ZH: "取机", EN: "Pickup"}},
			{Code: "C", Name: Text{ZH: "咨询", EN: "Consultation"}},
			{Code: "D", Name: Text{ZH: "商用", EN: "Business"}},
		},
		Counters: []Counter{
			{Number: 1, Types: []string{"A", "B", "C"}},
			{Number: 2, Types: []string{"A", "B", "C"}},
			{Number: 3, Types: []string{"B", "A", "C"}},
			{Number: 4, Types: []string{"D"}},
		},
		Location:           loc,
		LongWait:           15 * time.Minute,
		DefaultService:     10 * time.Minute,
		PriorityRatio:      3,
		PriorityMaxWait:    20 * time.Minute,
		NoShowReturnBehind: 2,
		AwayHold:           30 * time.Minute,
		PickupType:         "B",
	}
}

// Type returns the service type with the given code.
func (c Config) Type(code string) (ServiceType, error) {
	for _, t := range c.Types {
		if t.Code == code {
			return t, nil
		}
	}
	return ServiceType{}, fmt.Errorf("%w: %q", ErrUnknownType, code)
}

// Counter returns the counter with the given number.
func (c Config) Counter(n int) (Counter, error) {
	for _, k := range c.Counters {
		if k.Number == n {
			return k, nil
		}
	}
	return Counter{}, fmt.Errorf("%w: %d", ErrUnknownCounter, n)
}

// Day is the station-local date of t, "2006-01-02": the key of daily numbering.
func (c Config) Day(t time.Time) string {
	return t.In(c.loc()).Format(time.DateOnly)
}

func (c Config) loc() *time.Location {
	if c.Location == nil {
		return time.UTC
	}
	return c.Location
}

// Validate refuses a configuration the queue cannot run on: no types or
// counters, a malformed or repeated type code or counter number, a counter
// serving an unknown type, a type no counter serves (its tickets would never
// be called), a priority ratio below 1, a negative duration or count, no
// default service time to estimate with, or a pickup type that is not one of
// the service types (no customer could ever be offered the pickup).
func (c Config) Validate() error {
	if len(c.Types) == 0 || len(c.Counters) == 0 {
		return fmt.Errorf("queue config: at least one service type and one counter are needed")
	}
	seen, err := c.typeCodes()
	if err != nil {
		return err
	}
	if err := c.validateCounters(seen); err != nil {
		return err
	}
	if err := c.validateNumbers(); err != nil {
		return err
	}
	if !seen[c.PickupType] {
		return fmt.Errorf("queue config: pickup type %q is not a service type", c.PickupType)
	}
	return nil
}

// typeCodes are the codes of the service types, each checked to be one
// capital letter, and not repeated.
func (c Config) typeCodes() (map[string]bool, error) {
	seen := map[string]bool{}
	for _, t := range c.Types {
		if len(t.Code) != 1 || t.Code[0] < 'A' || t.Code[0] > 'Z' {
			return nil, fmt.Errorf("queue config: service type code %q must be one capital letter", t.Code)
		}
		if seen[t.Code] {
			return nil, fmt.Errorf("queue config: service type %q twice", t.Code)
		}
		seen[t.Code] = true
	}
	return seen, nil
}

// validateCounters checks the counters against the service types (codes):
// numbers in range and not repeated, every type served and none unknown.
func (c Config) validateCounters(codes map[string]bool) error {
	nums := map[int]bool{}
	for _, k := range c.Counters {
		if k.Number < 1 || k.Number > 99 || nums[k.Number] {
			return fmt.Errorf("queue config: counter number %d is out of range 1–99 or repeated", k.Number)
		}
		nums[k.Number] = true
		for _, code := range k.Types {
			if !codes[code] {
				return fmt.Errorf("queue config: counter %d serves unknown type %q", k.Number, code)
			}
		}
	}
	for _, t := range c.Types {
		served := false
		for _, k := range c.Counters {
			served = served || k.Serves(t.Code)
		}
		if !served {
			return fmt.Errorf("queue config: no counter serves service type %q", t.Code)
		}
	}
	return nil
}

// validateNumbers checks the ratio, the durations and the counts.
func (c Config) validateNumbers() error {
	if c.PriorityRatio < 1 {
		return fmt.Errorf("queue config: priority ratio must be at least 1")
	}
	if c.DefaultService <= 0 {
		return fmt.Errorf("queue config: default service time must be positive")
	}
	if c.LongWait < 0 || c.PriorityMaxWait < 0 || c.AwayHold < 0 || c.NoShowReturnBehind < 0 {
		return fmt.Errorf("queue config: long wait, priority cap, away hold and no-show return place must not be negative")
	}
	return nil
}
