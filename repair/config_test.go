package repair

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func keysOf(items []Item) []string {
	out := []string{}
	for _, it := range items {
		out = append(out, it.Key)
	}
	return out
}

func TestConfig_Defaults(t *testing.T) {
	cfg := DefaultConfig()
	if err := cfg.Validate(); err != nil {
		t.Fatalf("DefaultConfig does not validate: %v", err)
	}
	if got := keysOf(kindItems(cfg)); !slices.Equal(got, []string{"notebook", "desktop", "monitor", "printer", "other"}) {
		t.Errorf("device kinds = %v", got)
	}
	accessories := map[string][]string{ // I7
		"notebook": {"adapter", "cord", "battery", "bag"},
		"desktop":  {"cord", "keyboard", "mouse"},
		"monitor":  {"cord", "video_cable", "stand"},
		"printer":  {"cord", "usb_cable", "cartridge"},
		"other":    {},
	}
	parts := map[string][]string{ // I4
		"notebook": {"notebook", "battery", "software", "accessory"},
		"desktop":  {"main", "peripheral", "software", "accessory"},
		"monitor":  {"lcd", "crt", "accessory"},
		"printer":  {"peripheral", "accessory"},
		"other":    {"main", "peripheral", "accessory"},
	}
	for _, d := range cfg.Devices {
		if got := keysOf(d.Accessories); !slices.Equal(got, accessories[d.Key]) {
			t.Errorf("%s accessories = %v, want %v", d.Key, got, accessories[d.Key])
		}
		if !slices.Equal(d.Parts, parts[d.Key]) {
			t.Errorf("%s parts = %v, want %v", d.Key, d.Parts, parts[d.Key])
		}
		// I8: every kind is checked for the damage of DOMAIN.md; only
		// keyboards can miss keys.
		cond := keysOf(d.Condition)
		for _, k := range []string{"scratches", "dents", "cracks", "missing_screws", "liquid", "seals"} {
			if !slices.Contains(cond, k) {
				t.Errorf("%s condition lacks %s", d.Key, k)
			}
		}
		if slices.Contains(cond, "missing_keys") != (d.Key == "notebook" || d.Key == "desktop") {
			t.Errorf("%s condition %v: missing keys wrong", d.Key, cond)
		}
		// G1: the fault, power, looks and accessories are inspected on everything.
		insp := keysOf(d.Inspection)
		for _, k := range []string{"fault_gone", "boots", "appearance", "accessories"} {
			if !slices.Contains(insp, k) {
				t.Errorf("%s inspection lacks %s", d.Key, k)
			}
		}
		for _, it := range slices.Concat(d.Accessories, d.Condition, d.Inspection, []Item{d.Item}) {
			if it.ZH == "" || it.EN == "" {
				t.Errorf("%s: item %q lacks a language", d.Key, it.Key)
			}
		}
	}
	nb, _ := cfg.Device("notebook")
	if len(nb.Inspection) != 13 {
		t.Errorf("a notebook is inspected on %d items, want all 13 of G1", len(nb.Inspection))
	}
	if cfg.ReturnDays != 7 || cfg.ExchangeDays != 15 || cfg.LoanerAfter != 4*time.Hour ||
		cfg.PromiseDefault != 72*time.Hour || cfg.PromiseMax != 60*24*time.Hour ||
		cfg.OutOfWarrantyPartMonths != 3 || cfg.OnsiteFee != 50 || cfg.ClaimCodeLength != 8 ||
		!slices.Equal(cfg.IntakeTypes, []string{"A", "D"}) {
		t.Errorf("numbers: %+v", cfg)
	}
	// Each call is a fresh configuration: changing one does not change the next.
	cfg.Devices[0].Accessories[0].Key = "changed"
	if DefaultConfig().Devices[0].Accessories[0].Key != "adapter" {
		t.Error("DefaultConfig shares its lists")
	}
}

func kindItems(cfg Config) []Item {
	var out []Item
	for _, d := range cfg.Devices {
		out = append(out, d.Item)
	}
	return out
}

func TestConfig_Validate(t *testing.T) {
	tests := []struct {
		name  string
		tweak func(*Config)
		want  string // part of the error; "" for a valid config
	}{
		{"default", func(*Config) {}, ""},
		{"zero loaner threshold: always offer one", func(c *Config) { c.LoanerAfter = 0 }, ""},
		{"return and exchange the same", func(c *Config) { c.ExchangeDays = 7 }, ""},
		{"no intake types", func(c *Config) { c.IntakeTypes = nil }, "intake service type"},
		{"bad intake type", func(c *Config) { c.IntakeTypes = []string{"a"} }, `"a"`},
		{"intake type twice", func(c *Config) { c.IntakeTypes = []string{"A", "A"} }, `"A"`},
		{"no devices", func(c *Config) { c.Devices = nil }, "device kind"},
		{"no warranty", func(c *Config) { c.Warranty = nil }, "warranty rule"},
		{"device twice", func(c *Config) { c.Devices[1].Key = "notebook" }, `device kind "notebook" twice`},
		{"empty device key", func(c *Config) { c.Devices[1].Key = "" }, `key ""`},
		{"device key with a space", func(c *Config) { c.Devices[1].Key = "lap top" }, `"lap top"`},
		{"accessory twice", func(c *Config) { c.Devices[0].Accessories[1].Key = "adapter" }, `"notebook": accessory "adapter" twice`},
		{"condition key upper-case", func(c *Config) { c.Devices[2].Condition[0].Key = "Dents" }, `"Dents"`},
		{"inspection twice", func(c *Config) { c.Devices[3].Inspection[1].Key = "fault_gone" }, `"printer": inspection item "fault_gone" twice`},
		{"rule twice", func(c *Config) { c.Warranty[1].Key = "main" }, `warranty rule "main" twice`},
		{"rule of 0 months", func(c *Config) { c.Warranty[2].Months = 0 }, `"accessory": months`},
		{"device without parts", func(c *Config) { c.Devices[4].Parts = nil }, `"other" has no part`},
		{"unknown part", func(c *Config) { c.Devices[2].Parts = []string{"lcd", "oled"} }, `"oled" is not in the warranty table`},
		{"part twice", func(c *Config) { c.Devices[2].Parts = []string{"lcd", "lcd"} }, `"lcd" twice`},
		{"return days 0", func(c *Config) { c.ReturnDays = 0 }, "return days"},
		{"exchange before return", func(c *Config) { c.ExchangeDays = 6 }, "exchange days (6)"},
		{"negative loaner", func(c *Config) { c.LoanerAfter = -time.Hour }, "loaner"},
		{"no default promise", func(c *Config) { c.PromiseDefault = 0 }, "promise"},
		{"no longest promise", func(c *Config) { c.PromiseMax = 0 }, "promise"},
		{"default beyond longest", func(c *Config) { c.PromiseDefault = 61 * 24 * time.Hour }, "beyond"},
		{"negative part months", func(c *Config) { c.OutOfWarrantyPartMonths = -1 }, "part months"},
		{"negative on-site fee", func(c *Config) { c.OnsiteFee = -50 }, "on-site fee"},
		{"claim code of 5", func(c *Config) { c.ClaimCodeLength = 5 }, "claim code length 5"},
		{"claim code of 17", func(c *Config) { c.ClaimCodeLength = 17 }, "claim code length 17"},
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

func TestItem_In(t *testing.T) {
	it := Item{Key: "cord", ZH: "电源线", EN: "Power cord"}
	if it.In("en") != "Power cord" || it.In("zh") != "电源线" || it.In("fr") != "电源线" {
		t.Errorf("In: %q %q", it.In("en"), it.In("zh"))
	}
	if (Item{Key: "cord"}).In("zh") != "cord" {
		t.Error("an item without wording does not fall back to its key")
	}
}
