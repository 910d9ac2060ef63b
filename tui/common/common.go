// Package common is what every frontdesk screen shares: the one value that
// carries size, styles, text catalogue, configuration and clock into each
// screen (after soft-serve's pkg/ui/common), the sanitiser for text that comes
// from outside, error messages, and the change feed that refreshes screens.
package common

import (
	"time"

	"frontdesk/config"
	"frontdesk/internal/fileperm"
	"frontdesk/onsite"
	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/staff"
	"frontdesk/store"
	"frontdesk/tui/i18n"
)

// Common is passed by value into every screen; SetSize changes a copy.
type Common struct {
	Width, Height int
	Styles        Styles
	Text          i18n.Catalog
	Cfg           queue.Config
	Repair        repair.Config  // the repair orders' lists and periods
	Onsite        onsite.Config  // the on-site service's hours and response limits (S8)
	Station       config.Station // printed on claim slips
	Print         config.Print   // where claim slips go
	Files         fileperm.Modes // how the slips and records are made (config.Config.Files); the owner's only when zero
	ConfigFile    string         // the configuration file, found or looked for: named where a setting is missing
	Theme         string         // the customer's screens' palette: config.Display.Theme ("": auto)
	Store         store.Station  // nil in pure tests
	// Person is who an SSH session was authenticated as (issue 17): the
	// engineer's name cannot be typed, and a supervisor's session approves
	// what needs a supervisor. Zero at a local terminal.
	Person staff.Member
	Now    func() time.Time // the clock; golden tests fix it
}

// New builds the shared value for a program.
func New(st store.Station, cfg queue.Config, lang string, isDark bool, now func() time.Time) Common {
	if now == nil {
		now = time.Now
	}
	return Common{
		Styles: NewStyles(isDark),
		Text:   i18n.New(lang),
		Cfg:    cfg,
		Onsite: onsite.DefaultConfig(),
		Store:  st,
		Now:    now,
	}
}

// SetSize records the terminal's size.
func (c *Common) SetSize(w, h int) { c.Width, c.Height = w, h }

// TypeName is a service type's name in the screen's language.
func (c Common) TypeName(code string) string { return TypeName(c.Text, c.Cfg, code) }

// TypeName is the name of the service type code in t's language, as cfg
// (the configuration file) gives it, made inert; an unknown code is
// itself, made inert.
func TypeName(t i18n.Catalog, cfg queue.Config, code string) string {
	ty, err := cfg.Type(code)
	if err != nil {
		return Inert(code)
	}
	return Inert(t.Pick(ty.Name.ZH, ty.Name.EN))
}

// Clock is the station-local time of now, for headers.
func (c Common) Clock(now time.Time) time.Time {
	if c.Cfg.Location == nil {
		return now
	}
	return now.In(c.Cfg.Location)
}

// Minutes formats a duration as whole minutes in the screen's language.
func (c Common) Minutes(d time.Duration) string {
	return c.Text.T("minutes", int(d/time.Minute))
}
