package onsite

import (
	"errors"
	"fmt"
	"time"
)

// ErrConfig is a station's on-site configuration that the rules cannot
// work with; the message says which setting and why.
var ErrConfig = errors.New("onsite: invalid configuration")

// Validate checks what the clocks of S8 need to mean anything: at least
// one service day, opening before closing within the day, every limit
// positive, the on-site target no later than its cap, and a brand to say.
func (c Config) Validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrConfig, fmt.Sprintf(format, args...))
	}
	switch {
	case len(c.Days) == 0:
		return bad("no service day")
	case c.Open < 0 || c.Close > 24*time.Hour || c.Open >= c.Close:
		return bad("service hours %s–%s: opening must come before closing, within the day", ClockText(c.Open), ClockText(c.Close))
	case c.OnSite > c.OnSiteMax:
		return bad("on_site %s is later than on_site_max %s", c.OnSite, c.OnSiteMax)
	case c.Fee < 0:
		return bad("fee %d is below zero", c.Fee)
	case c.Brand == "":
		return bad("brand is empty: the engineer says it when calling ahead")
	}
	for _, d := range c.Days {
		if d < time.Sunday || d > time.Saturday {
			return bad("day %d is not a weekday", d)
		}
	}
	for name, d := range map[string]time.Duration{"answer": c.Answer, "on_site": c.OnSite, "on_site_max": c.OnSiteMax,
		"remote": c.Remote, "restore": c.Restore, "call_back": c.CallBack} {
		if d <= 0 {
			return bad("%s %s: a limit must be above zero", name, d)
		}
	}
	for _, day := range append(append([]string(nil), c.Holidays...), c.Workdays...) {
		if _, err := time.Parse(time.DateOnly, day); err != nil {
			return bad("%q is not a date (2006-01-02)", day)
		}
	}
	return nil
}

// ClockText is d, a time since midnight, as the configuration writes it:
// "08:30".
func ClockText(d time.Duration) string {
	return fmt.Sprintf("%02d:%02d", int(d/time.Hour), int(d%time.Hour/time.Minute))
}

// ParseClock reads a time of day as the configuration writes it, "08:30"
// or "8:30", as the time since midnight; "24:00" is the end of the day.
func ParseClock(s string) (time.Duration, error) {
	t, err := time.Parse("15:04", s)
	if err == nil {
		return time.Duration(t.Hour())*time.Hour + time.Duration(t.Minute())*time.Minute, nil
	}
	if s == "24:00" {
		return 24 * time.Hour, nil
	}
	return 0, fmt.Errorf("onsite: %q is not a time of day (write \"08:30\")", s)
}
