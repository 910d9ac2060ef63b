package onsite

import (
	"errors"
	"testing"
	"time"
)

// TestS8_TheLimitsAndHoursAreChecked: the defaults pass; hours that close
// before they open, a target later than its cap, a limit of zero, no
// service day or no brand are refused.
func TestS8_TheLimitsAndHoursAreChecked(t *testing.T) {
	if err := DefaultConfig().Validate(); err != nil {
		t.Fatalf("the defaults: %v", err)
	}
	for name, change := range map[string]func(*Config){
		"closes before it opens": func(c *Config) { c.Open, c.Close = 18*time.Hour, 9*time.Hour },
		"closes after midnight":  func(c *Config) { c.Close = 25 * time.Hour },
		"target after its cap":   func(c *Config) { c.OnSite = 4 * time.Hour },
		"no answer limit":        func(c *Config) { c.Answer = 0 },
		"no service day":         func(c *Config) { c.Days = nil },
		"no brand":               func(c *Config) { c.Brand = "" },
		"a holiday not a date":   func(c *Config) { c.Holidays = []string{"10-01"} },
		"a fee below zero":       func(c *Config) { c.Fee = -1 },
	} {
		c := DefaultConfig()
		change(&c)
		if err := c.Validate(); !errors.Is(err, ErrConfig) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func TestParseClock(t *testing.T) {
	for in, want := range map[string]time.Duration{"08:30": 8*time.Hour + 30*time.Minute, "8:30": 8*time.Hour + 30*time.Minute, "17:00": 17 * time.Hour, "24:00": 24 * time.Hour} {
		if got, err := ParseClock(in); err != nil || got != want {
			t.Errorf("%q: %v %v", in, got, err)
		}
		if got := ClockText(want); in[0] != '8' && got != in {
			t.Errorf("ClockText(%v) = %q", want, got)
		}
	}
	for _, bad := range []string{"", "8", "25:00", "08:60", "noon"} {
		if _, err := ParseClock(bad); err == nil {
			t.Errorf("%q was read as a time", bad)
		}
	}
}
