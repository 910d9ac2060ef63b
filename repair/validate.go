package repair

import (
	"fmt"
	"time"
)

// Validate refuses a configuration the intake cannot work with, naming the
// offending item: no intake service types, device kinds or warranty rules; a
// key that is empty, not made of a–z 0–9 _ - (keys are stored on orders) or
// repeated within its list; a device kind without part categories or naming
// one the warranty table lacks; a warranty period under a month; 三包
// periods under a day or an exchange period shorter than the return period;
// a promise default or maximum that is not positive, or a default beyond the
// maximum; a negative loaner threshold, part warranty or on-site fee; a claim
// code shorter than 6 or longer than 16 characters.
func (c Config) Validate() error {
	if len(c.IntakeTypes) == 0 {
		return fmt.Errorf("repair config: at least one intake service type is needed")
	}
	seen := map[string]bool{}
	for _, t := range c.IntakeTypes {
		if len(t) != 1 || t[0] < 'A' || t[0] > 'Z' || seen[t] {
			return fmt.Errorf("repair config: intake service type %q must be one capital letter, listed once", t)
		}
		seen[t] = true
	}
	if len(c.Devices) == 0 || len(c.Warranty) == 0 {
		return fmt.Errorf("repair config: at least one device kind and one warranty rule are needed")
	}
	rules := make([]Item, len(c.Warranty))
	for i, r := range c.Warranty {
		rules[i] = r.Item
		if r.Months < 1 {
			return fmt.Errorf("repair config: warranty rule %q: months must be at least 1", r.Key)
		}
	}
	if err := keys("warranty rule", rules); err != nil {
		return err
	}
	kinds := make([]Item, len(c.Devices))
	for i, d := range c.Devices {
		kinds[i] = d.Item
	}
	if err := keys("device kind", kinds); err != nil {
		return err
	}
	for _, d := range c.Devices {
		if err := d.validate(c); err != nil {
			return err
		}
	}
	return c.validateNumbers()
}

func (d DeviceKind) validate(c Config) error {
	where := fmt.Sprintf("device kind %q", d.Key)
	for _, l := range []struct {
		what  string
		items []Item
	}{{"accessory", d.Accessories}, {"condition", d.Condition}, {"inspection item", d.Inspection}} {
		if err := keys(where+": "+l.what, l.items); err != nil {
			return err
		}
	}
	if len(d.Parts) == 0 {
		return fmt.Errorf("repair config: %s has no part categories", where)
	}
	seen := map[string]bool{}
	for _, p := range d.Parts {
		if _, ok := c.Rule(p); !ok {
			return fmt.Errorf("repair config: %s: part category %q is not in the warranty table", where, p)
		}
		if seen[p] {
			return fmt.Errorf("repair config: %s: part category %q twice", where, p)
		}
		seen[p] = true
	}
	return nil
}

func (c Config) validateNumbers() error {
	switch {
	case c.ReturnDays < 1:
		return fmt.Errorf("repair config: return days must be at least 1")
	case c.ExchangeDays < c.ReturnDays:
		return fmt.Errorf("repair config: exchange days (%d) must not be fewer than return days (%d)", c.ExchangeDays, c.ReturnDays)
	case c.LoanerAfter < 0:
		return fmt.Errorf("repair config: loaner threshold must not be negative")
	case c.PromiseDefault < time.Minute || c.PromiseMax < time.Minute:
		return fmt.Errorf("repair config: the default and the longest promise must be at least a minute")
	case c.PromiseDefault > c.PromiseMax:
		return fmt.Errorf("repair config: the default promise (%v) is beyond the longest (%v)", c.PromiseDefault, c.PromiseMax)
	case c.OutOfWarrantyPartMonths < 0:
		return fmt.Errorf("repair config: out-of-warranty part months must not be negative")
	case c.OnsiteFee < 0:
		return fmt.Errorf("repair config: on-site fee must not be negative")
	case c.ClaimCodeLength < 6 || c.ClaimCodeLength > 16:
		return fmt.Errorf("repair config: claim code length %d is outside 6–16", c.ClaimCodeLength)
	case c.PickupAttemptsOrder < 1 || c.PickupAttemptsCounter < 1:
		return fmt.Errorf("repair config: pickup attempts per order and per counter must be at least 1")
	case c.PickupLockout < time.Minute:
		return fmt.Errorf("repair config: the pickup lockout must be at least a minute")
	case c.VisitWorkingDays < 1 || c.VisitWorkingDays > 30:
		return fmt.Errorf("repair config: return visit working days %d is outside 1–30", c.VisitWorkingDays)
	}
	for _, days := range [][]string{c.Holidays, c.Workdays} {
		for _, d := range days {
			if _, err := time.Parse(time.DateOnly, d); err != nil {
				return fmt.Errorf("repair config: holiday or workday %q is not a date 2006-01-02", d)
			}
		}
	}
	return nil
}

// keys checks that a list's keys are well formed and listed once.
func keys(what string, items []Item) error {
	seen := map[string]bool{}
	for _, it := range items {
		if it.Key == "" || !keyChars(it.Key) {
			return fmt.Errorf("repair config: %s key %q must be letters a–z, digits, _ or -", what, it.Key)
		}
		if seen[it.Key] {
			return fmt.Errorf("repair config: %s %q twice", what, it.Key)
		}
		seen[it.Key] = true
	}
	return nil
}

func keyChars(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}
