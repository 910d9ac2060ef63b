package repair

import (
	"testing"
	"time"
)

func TestLastDay(t *testing.T) {
	tests := []struct {
		from   time.Time
		months int
		want   time.Time
	}{
		{day(2026, 3, 10), 12, day(2027, 3, 10)},
		{day(2026, 3, 10), 36, day(2029, 3, 10)},
		{day(2024, 2, 29), 12, day(2025, 2, 28)}, // no 29 February: its month's last day
		{day(2024, 2, 29), 48, day(2028, 2, 29)},
		{day(2025, 8, 31), 6, day(2026, 2, 28)},
		{day(2023, 8, 31), 6, day(2024, 2, 29)},
		{day(2026, 1, 31), 1, day(2026, 2, 28)},
		{day(2026, 1, 31), 3, day(2026, 4, 30)},
		{day(2026, 12, 15), 3, day(2027, 3, 15)},
		{day(2026, 2, 1), 12, day(2027, 2, 1)}, // a factory month's first day
	}
	for _, tt := range tests {
		if got := LastDay(tt.from, tt.months); !got.Equal(tt.want) {
			t.Errorf("LastDay(%s, %d) = %s, want %s", tt.from.Format(DayLayout), tt.months,
				got.Format(DayLayout), tt.want.Format(DayLayout))
		}
	}
}

func TestDaysSince(t *testing.T) {
	// 23:59 and 00:01 in Shanghai are different days, whatever UTC says.
	sale := time.Date(2026, 11, 1, 23, 59, 0, 0, shanghai)
	if got := DaysSince(sale, time.Date(2026, 11, 2, 0, 1, 0, 0, shanghai), shanghai); got != 1 {
		t.Errorf("a minute past midnight = %d days, want 1", got)
	}
	if got := DaysSince(day(2026, 11, 1), day(2026, 11, 1).Add(23*time.Hour), shanghai); got != 0 {
		t.Errorf("same day = %d, want 0", got)
	}
	if got := DaysSince(day(2026, 2, 20), day(2026, 3, 2), shanghai); got != 10 {
		t.Errorf("across February = %d, want 10", got)
	}
}

// at is 10:00 of a date in Shanghai: "today" in warranty tests.
func at(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 10, 0, 0, 0, shanghai) }

func invoice(purchased string) Intake {
	return Intake{Device: "notebook", Proof: ProofInvoice, Purchased: purchased}
}

func TestI4_WarrantyTable(t *testing.T) {
	cfg := DefaultConfig()
	months := map[string]int{
		"main": 36, "peripheral": 12, "accessory": 3, "crt": 36,
		"lcd": 12, "notebook": 12, "battery": 6, "software": 36,
	}
	if len(cfg.Warranty) != len(months) {
		t.Fatalf("%d warranty rules, want %d", len(cfg.Warranty), len(months))
	}
	for part, m := range months {
		r, ok := cfg.Rule(part)
		if !ok || r.Months != m {
			t.Errorf("rule %s = %+v, want %d months", part, r, m)
			continue
		}
		// Bought on 15 January 2026: covered through the same date m months on.
		in := Intake{Device: deviceWith(cfg, part), Part: part, Proof: ProofInvoice, Purchased: "2026-01-15"}
		last := day(2026, 1, 15).AddDate(0, m, 0)
		v := Decide(cfg, in, last.Add(23*time.Hour), shanghai)
		if !v.Covered || !v.Until.Equal(last) || v.Part != part {
			t.Errorf("%s on its last day %s: %+v", part, last.Format(DayLayout), v)
		}
		v = Decide(cfg, in, last.AddDate(0, 0, 1), shanghai)
		if v.Covered || v.Reason != ReasonExpired {
			t.Errorf("%s the day after: %+v, want expired", part, v)
		}
	}
}

// deviceWith is a device kind of cfg that lists part.
func deviceWith(cfg Config, part string) string {
	for _, d := range cfg.Devices {
		for _, p := range d.Parts {
			if p == part {
				return d.Key
			}
		}
	}
	return ""
}

func TestI4_StartOfWarranty(t *testing.T) {
	cfg := DefaultConfig()
	today := at(2026, 11, 23)
	tests := []struct {
		name   string
		in     Intake
		from   time.Time
		until  time.Time
		reason string
		days   int
	}{
		{
			"invoice: the purchase date", invoice("2026-03-10"),
			day(2026, 3, 10), day(2027, 3, 10), "", 258,
		},
		{
			"voucher: the factory month, the purchase date only informs",
			Intake{Device: "notebook", Proof: ProofVoucher, FactoryMonth: "2025-12", Purchased: "2026-03-10"},
			day(2025, 12, 1), day(2026, 12, 1), "", 258,
		},
		{
			"voucher from an old factory month: expired",
			Intake{Device: "notebook", Proof: ProofVoucher, FactoryMonth: "2025-11"},
			day(2025, 11, 1), day(2026, 11, 1), ReasonExpired, -1,
		},
		{
			"no proof, factory month known",
			Intake{Device: "notebook", Proof: ProofNone, FactoryMonth: "2026-02"},
			day(2026, 2, 1), day(2027, 2, 1), "", -1,
		},
		{
			"no proof, no factory month: not decidable",
			Intake{Device: "notebook", Proof: ProofNone, Purchased: "2026-11-20"},
			time.Time{},
			time.Time{},
			ReasonNoProof, 3,
		},
		{
			"voucher without factory month: not decidable",
			Intake{Device: "notebook", Proof: ProofVoucher},
			time.Time{},
			time.Time{},
			ReasonNoProof, -1,
		},
		{
			"invoice without its date falls back to the factory month",
			Intake{Device: "notebook", Proof: ProofInvoice, FactoryMonth: "2026-02"},
			day(2026, 2, 1), day(2027, 2, 1), "", -1,
		},
		{"leap day invoice", invoice("2024-02-29"), day(2024, 2, 29), day(2025, 2, 28), ReasonExpired, 998},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := Decide(cfg, tt.in, today, shanghai)
			if !v.From.Equal(tt.from) || !v.Until.Equal(tt.until) || v.Reason != tt.reason ||
				v.Covered != (tt.reason == "") || v.Days != tt.days || v.Part != "notebook" {
				t.Errorf("Decide = %+v\nwant from %s until %s reason %q days %d", v,
					tt.from.Format(DayLayout), tt.until.Format(DayLayout), tt.reason, tt.days)
			}
		})
	}
}

func TestI4_LeapDayPurchase(t *testing.T) {
	cfg := DefaultConfig()
	in := invoice("2024-02-29") // a notebook: 12 months
	if v := Decide(cfg, in, at(2025, 2, 28), shanghai); !v.Covered {
		t.Errorf("28 February 2025: %+v, want covered (its last day)", v)
	}
	if v := Decide(cfg, in, at(2025, 3, 1), shanghai); v.Covered {
		t.Errorf("1 March 2025: %+v, want expired", v)
	}
	in.Part = "battery" // 6 months: 29 August
	if v := Decide(cfg, in, at(2024, 8, 29), shanghai); !v.Covered || !v.Until.Equal(day(2024, 8, 29)) {
		t.Errorf("battery on 29 August: %+v", v)
	}
}

func TestI4_Exclusions(t *testing.T) {
	cfg := DefaultConfig()
	for _, ex := range []Exclusion{ExclusionDamage, ExclusionDisaster, ExclusionGift, ExclusionUserPart} {
		in := invoice("2026-11-20") // three days old: in warranty and in 三包
		in.Exclusion = ex
		v := Decide(cfg, in, now, shanghai)
		if v.Covered || v.Reason != ReasonExcluded || v.SanBao != SanBaoNone || v.Until.IsZero() {
			t.Errorf("%s: %+v, want excluded, no 三包, period still shown", ex, v)
		}
	}
}

func TestI4_PartCategory(t *testing.T) {
	cfg := DefaultConfig()
	in := invoice("2026-03-10")
	if v := Decide(cfg, in, now, shanghai); v.Part != "notebook" || !v.Covered {
		t.Errorf("no part: %+v, want the notebook's first part", v)
	}
	in.Device = "monitor"
	if v := Decide(cfg, in, now, shanghai); v.Part != "lcd" {
		t.Errorf("monitor: part %q, want lcd", v.Part)
	}
	in.Part = "main" // a category, but not a monitor's
	if v := Decide(cfg, in, now, shanghai); v.Covered || v.Reason != ReasonUnknownPt {
		t.Errorf("main of a monitor: %+v", v)
	}
	in.Part = "flux capacitor"
	if v := Decide(cfg, in, now, shanghai); v.Covered || v.Reason != ReasonUnknownPt {
		t.Errorf("unknown part: %+v", v)
	}
	in.Device, in.Part = "toaster", ""
	if v := Decide(cfg, in, now, shanghai); v.Covered || v.Reason != ReasonNoPart {
		t.Errorf("unknown device, no part: %+v", v)
	}
}

func TestI4_Table(t *testing.T) {
	cfg := DefaultConfig()
	in := invoice("2025-11-01") // a year and three weeks ago
	got := Table(cfg, "desktop", in, now, shanghai)
	want := map[string]bool{"main": true, "peripheral": false, "software": true, "accessory": false}
	if len(got) != len(want) {
		t.Fatalf("Table = %+v", got)
	}
	for i, v := range got {
		if v.Part != cfg.Devices[1].Parts[i] || v.Covered != want[v.Part] {
			t.Errorf("row %d: %+v, want covered %v", i, v, want[v.Part])
		}
	}
	if Table(cfg, "toaster", in, now, shanghai) != nil {
		t.Error("Table of an unknown device kind is not nil")
	}
}

func TestI5_SanBaoOptions(t *testing.T) {
	cfg := DefaultConfig()
	sale := day(2026, 11, 1)
	tests := []struct {
		days  int
		proof Proof
		want  SanBao
	}{
		{0, ProofInvoice, SanBaoReturn},
		{7, ProofInvoice, SanBaoReturn}, // 8 November: the 7th day after the sale
		{8, ProofInvoice, SanBaoExchange},
		{15, ProofInvoice, SanBaoExchange},
		{16, ProofInvoice, SanBaoNone},
		{3, ProofVoucher, SanBaoNone}, // 三包 counts from the invoice's date
		{3, ProofNone, SanBaoNone},
		{-1, ProofInvoice, SanBaoNone}, // a sale tomorrow is a typing mistake
	}
	for _, tt := range tests {
		in := Intake{Device: "desktop", Proof: tt.proof, Purchased: "2026-11-01", FactoryMonth: "2026-10"}
		v := Decide(cfg, in, sale.AddDate(0, 0, tt.days).Add(18*time.Hour), shanghai)
		if v.SanBao != tt.want || v.Days != tt.days {
			t.Errorf("day %d with %s: 三包 %q days %d, want %q", tt.days, tt.proof, v.SanBao, v.Days, tt.want)
		}
	}
	in := Intake{Device: "desktop", Proof: ProofInvoice}
	if v := Decide(cfg, in, now, shanghai); v.SanBao != SanBaoNone || v.Days != -1 {
		t.Errorf("no sale date: %+v", v)
	}
}
