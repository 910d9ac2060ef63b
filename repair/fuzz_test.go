package repair

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func FuzzNormalizePhone(f *testing.F) {
	for _, s := range []string{
		"13812345678", "+86 138 1234 5678", "010-62345678", "0755-8234567-123",
		"400-123-4567", "(010) 6234 5678", "１３８", "0086", "+86", "0-", "138\x1b[2J", "\xff",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := NormalizePhone(s)
		if err != nil {
			return
		}
		if strings.Trim(got, "0123456789-") != "" || len(got) < 11 || len(got) > len("0755-12345678-123456") {
			t.Fatalf("NormalizePhone(%q) = %q", s, got)
		}
		if again, err := NormalizePhone(got); again != got || err != nil {
			t.Fatalf("NormalizePhone(%q) = %q, then %q, %v", s, got, again, err)
		}
	})
}

func FuzzParseEstimate(f *testing.F) {
	for _, s := range []string{
		"内存条 8G 350\n硬盘 ¥1,200.50", "350", "\n\n", "a\r\nb 1", "x 1.234",
		"主板　800元", "a \x1b 1", "a 1,000,000", "a 1,000,000.01",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		lines, err := ParseEstimate(text)
		if err != nil {
			return
		}
		var b strings.Builder
		for _, l := range lines {
			if l.Part == "" || plain(l.Part, false) != nil || l.Price < 0 || l.Price > MaxMoney {
				t.Fatalf("ParseEstimate(%q): line %+v", text, l)
			}
			fmt.Fprintf(&b, "%s %s\n", l.Part, l.Price)
		}
		again, err := ParseEstimate(b.String())
		if err != nil || !reflect.DeepEqual(again, lines) {
			t.Fatalf("ParseEstimate(%q) = %+v; written out and read again: %+v, %v", text, lines, again, err)
		}
	})
}

func FuzzCheck(f *testing.F) {
	g := good()
	// good(), clean; a monitor from a dealer, clean; everything wrong.
	f.Add(g.Phone, g.Name, g.Device, g.Serial, g.Purchased, string(g.Proof), "", g.Fault, "adapter", "",
		"", "", g.Promised, "", uint16(1<<14|1<<12|1<<9))
	f.Add("010 6234 5678", "李四", "monitor", "sn/1", "", "voucher", "2026-11", "花屏", "cord,stand", "dents",
		"主板 800", "50", "2026-12-01 18:00", "T14", uint16(2<<14|2<<12|0x7ff))
	f.Add("", "", "", "", "2026-02-30", "x", "2026-13", "\x1b[2J", "nope", ",",
		"a", "-1", "2026-11-23 10:00", "\xff", uint16(0))
	f.Fuzz(func(t *testing.T, phone, name, device, serial, purchased, proof, factory, fault, accessories,
		condition, estimate, fee, promised, loaner string, bits uint16,
	) {
		bit := func(i int) bool { return bits&(1<<i) != 0 }
		kinds := []CustomerKind{"", Consumer, Business, "x"}
		repro := []Reproduced{"", ReproducedYes, ReproducedNo, ReproducedIntermittent}
		in := Intake{
			ByDealer: bit(0), Dealer: name, Phone: phone, Name: name, Kind: kinds[bits>>14],
			Company: name, DealerPhone: phone, Device: device, Brand: name, Model: serial,
			Serial: serial, Purchased: purchased, Proof: Proof(proof), FactoryMonth: factory,
			Part: device, Fault: fault, Reproduced: repro[(bits>>12)&3], BurnInConsent: bit(1),
			Accessories: list(accessories), Extras: name, ExtrasLeft: bit(2),
			Condition: list(condition), ConditionNote: name,
			BackupRaised: bit(9), DataRisk: bit(3), DataLossConsent: bit(4), OpenConsent: bit(5),
			Estimate: estimate, Fee: fee, EstimateApproved: bit(6),
			Promised: promised, LoanerOffered: bit(7), LoanerAccepted: bit(8), Loaner: loaner,
		}
		if bit(10) {
			in.Part = ""
		}
		if bit(11) {
			in.Exclusion = Exclusion(fault)
		}
		cfg := DefaultConfig()
		o, ps := Check(cfg, in, now, shanghai)
		for _, p := range ps {
			if p.Field == "" || p.Err == nil {
				t.Fatalf("problem without field or error: %+v", p)
			}
		}
		if !ps.OK() {
			return
		}
		v := reflect.ValueOf(o.Intake)
		for i := range v.NumField() {
			if s, ok := v.Field(i).Interface().(string); ok && plain(s, true) != nil {
				t.Fatalf("clean order keeps control characters in %s: %q", v.Type().Field(i).Name, s)
			}
		}
		again, ps := Check(cfg, o.Intake, now, shanghai)
		if !ps.OK() || !reflect.DeepEqual(again, o) {
			t.Fatalf("a clean order does not check clean again: %v\n%+v\n%+v", ps, o, again)
		}
	})
}

// list is the keys of a comma-separated list, nil when empty.
func list(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}

// FuzzPickupInputs: whatever is typed at the pickup or the kiosk, the claim
// code, the phone's last digits and a lost slip's ID never panic, a code
// opens the order only when it is the order's, and nothing but 4 characters
// of an ID is ever kept (P1).
func FuzzPickupInputs(f *testing.F) {
	for _, s := range [][2]string{
		{"ABCD-2345", "5678"},
		{"abcd2345", "５６７８"},
		{"", ""},
		{"11010519491231002X", "\x1b[2J"},
		{"ＡＢＣＤ２３４５", "56 78"},
		{"\xff\xfe", "\u202e1234"},
	} {
		f.Add(s[0], s[1])
	}
	o := Order{Claim: "ABCD2345", Intake: Intake{Phone: "13812345678"}}
	f.Fuzz(func(t *testing.T, code, digits string) {
		if MatchClaim(o, code, digits) && (NormalizeClaim(code) != "ABCD2345" || digits != "5678") {
			t.Fatalf("MatchClaim(%q, %q) opened the order", code, digits)
		}
		if d, err := CheckLast4(digits); err == nil && (len(d) != 4 || strings.Trim(d, "0123456789") != "") {
			t.Fatalf("CheckLast4(%q) = %q", digits, d)
		}
		v, err := LostSlip(IDResident, code, digits, "安娜", now)
		if err == nil && (len(v.IDLast4) != 4 || strings.Trim(v.IDLast4, "0123456789X") != "") {
			t.Fatalf("LostSlip kept %q of %q", v.IDLast4, code)
		}
	})
}
