package queue

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestConfig_Validate(t *testing.T) {
	tests := []struct {
		name  string
		tweak func(*Config)
		want  string // part of the error; "" for a valid config
	}{
		{"default", func(*Config) {}, ""},
		{"one type one counter", func(c *Config) {
			c.Types = c.Types[:1]
			c.Counters = []Counter{{Number: 7, Types: []string{"A"}}}
			c.PickupType = "A"
		}, ""},
		{"zero long wait, cap, hold and return place are allowed", func(c *Config) {
			c.LongWait, c.PriorityMaxWait, c.AwayHold, c.NoShowReturnBehind = 0, 0, 0, 0
		}, ""},
		{"no types", func(c *Config) { c.Types = nil }, "at least one"},
		{"no counters", func(c *Config) { c.Counters = nil }, "at least one"},
		{"empty code", func(c *Config) { c.Types[0].Code = "" }, "one capital letter"},
		{"lower-case code", func(c *Config) { c.Types[0].Code = "a" }, "one capital letter"},
		{"two-letter code", func(c *Config) { c.Types[0].Code = "AA" }, "one capital letter"},
		{"non-ASCII code", func(c *Config) { c.Types[0].Code = "甲" }, "one capital letter"},
		{"type twice", func(c *Config) { c.Types[1].Code = "A" }, "twice"},
		{"counter 0", func(c *Config) { c.Counters[0].Number = 0 }, "out of range"},
		{"counter 100", func(c *Config) { c.Counters[0].Number = 100 }, "out of range"},
		{"counter twice", func(c *Config) { c.Counters[1].Number = 1 }, "repeated"},
		{"counter serves unknown type", func(c *Config) { c.Counters[3].Types = []string{"D", "E"} }, `unknown type "E"`},
		{"type nobody serves", func(c *Config) { c.Counters = c.Counters[:3] }, `no counter serves service type "D"`},
		{"priority ratio 0", func(c *Config) { c.PriorityRatio = 0 }, "priority ratio"},
		{"no default service time", func(c *Config) { c.DefaultService = 0 }, "default service"},
		{"negative long wait", func(c *Config) { c.LongWait = -time.Minute }, "negative"},
		{"negative priority cap", func(c *Config) { c.PriorityMaxWait = -time.Minute }, "negative"},
		{"negative away hold", func(c *Config) { c.AwayHold = -time.Minute }, "negative"},
		{"negative no-show place", func(c *Config) { c.NoShowReturnBehind = -1 }, "negative"},
		{"pickup type of another type", func(c *Config) { c.PickupType = "C" }, ""},
		{"pickup type not a type", func(c *Config) { c.PickupType = "P" }, `pickup type "P"`},
		{"no pickup type", func(c *Config) { c.PickupType = "" }, `pickup type ""`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := DefaultConfig()
			tt.tweak(&cfg)
			err := cfg.Validate()
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("Validate() = %v, want nil", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Fatalf("Validate() = %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

func TestConfig_Lookups(t *testing.T) {
	cfg := DefaultConfig()
	if ty, err := cfg.Type("B"); err != nil || ty.Name.In("zh") != "取机" || ty.Name.In("en") != "Pickup" {
		t.Errorf("Type(B) = %+v, %v", ty, err)
	}
	if _, err := cfg.Type("Z"); !errors.Is(err, ErrUnknownType) {
		t.Errorf("Type(Z) err = %v, want ErrUnknownType", err)
	}
	if k, err := cfg.Counter(4); err != nil || !k.Serves("D") || k.Serves("A") {
		t.Errorf("Counter(4) = %+v, %v", k, err)
	}
	if _, err := cfg.Counter(9); !errors.Is(err, ErrUnknownCounter) {
		t.Errorf("Counter(9) err = %v, want ErrUnknownCounter", err)
	}
	if got := (Text{ZH: "送修"}).In("en"); got != "送修" {
		t.Errorf("Text without English In(en) = %q, want the Chinese", got)
	}
	if got := (Text{ZH: "送修", EN: "Repair"}).In("fr"); got != "送修" {
		t.Errorf("In(fr) = %q, want the Chinese default", got)
	}
	cfg.Location = nil
	if got := cfg.Day(time.Date(2026, 11, 22, 23, 0, 0, 0, time.UTC)); got != "2026-11-22" {
		t.Errorf("Day without a location = %s, want the UTC date", got)
	}
}
