package repair

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestCheck_GoodIntakeIsCleaned(t *testing.T) {
	o, ps := Check(DefaultConfig(), good(), now, shanghai)
	wantClean(t, ps)
	in := o.Intake
	if in.Phone != "13812345678" || in.Name != "张三" || in.Serial != "PF-12AB34" || in.Proof != ProofInvoice {
		t.Errorf("not normalised: %+v", in)
	}
	if o.State != StateReceived || !o.Received.Equal(now) || o.Received.Location().String() != "UTC" {
		t.Errorf("state %q received %v", o.State, o.Received)
	}
	if want := now.Add(3 * time.Hour); !o.Promised.Equal(want) || o.Promised.Location().String() != "UTC" {
		t.Errorf("promised %v, want %v in UTC", o.Promised, want)
	}
	if !o.Verdict.Covered || o.Verdict.Part != "notebook" {
		t.Errorf("verdict %+v", o.Verdict)
	}
	if o.ID != 0 || o.Number != "" || o.Claim != "" {
		t.Errorf("Check filled what the store gives: %+v", o)
	}
	// Checking the cleaned intake again changes nothing.
	again, ps := Check(DefaultConfig(), in, now, shanghai)
	wantClean(t, ps)
	if !reflect.DeepEqual(o, again) {
		t.Errorf("not stable:\n%+v\n%+v", o, again)
	}
}

func TestI3_Device(t *testing.T) {
	wantOnly(t, problems(with(func(in *Intake) { in.Device = "" })), FieldDevice, ErrRequired)
	wantOnly(t, problems(with(func(in *Intake) { in.Device = "toaster" })), FieldDevice, ErrUnknownDevice)
	wantOnly(t, problems(with(func(in *Intake) { in.Serial = "" })), FieldSerial, ErrRequired)
	wantOnly(t, problems(with(func(in *Intake) { in.Serial = "P F" })), FieldSerial, ErrSerial)
	wantOnly(t, problems(with(func(in *Intake) { in.Brand = strings.Repeat("联", MaxBrand+1) })), FieldBrand, ErrTooLong)
	wantOnly(t, problems(with(func(in *Intake) { in.Model = "X1\x1b[2J" })), FieldModel, ErrControl)
	wantClean(t, problems(with(func(in *Intake) { in.Brand, in.Model = "", "" })))
	for _, d := range DefaultConfig().Devices {
		wantClean(t, problems(with(func(in *Intake) { in.Device, in.Accessories = d.Key, nil })))
	}
}

func TestI3_PurchaseProof(t *testing.T) {
	tests := []struct {
		name  string
		f     func(*Intake)
		field string
		err   error
	}{
		{"invoice needs the purchase date", func(in *Intake) { in.Purchased = "" }, FieldPurchased, ErrRequired},
		{"not a date", func(in *Intake) { in.Purchased = "2026-02-30" }, FieldPurchased, ErrDate},
		{"purchase tomorrow", func(in *Intake) { in.Purchased = "2026-11-24" }, FieldPurchased, ErrFuture},
		{"purchase next year", func(in *Intake) { in.Purchased = "2027-01-01" }, FieldPurchased, ErrFuture},
		{"voucher needs the factory month", func(in *Intake) { in.Proof = ProofVoucher }, FieldFactoryMonth, ErrFactoryMonth},
		{"not a month", func(in *Intake) { in.FactoryMonth = "2026-13" }, FieldFactoryMonth, ErrMonth},
		{"factory month next month", func(in *Intake) { in.FactoryMonth = "2026-12" }, FieldFactoryMonth, ErrFuture},
		{"purchase before the factory month", func(in *Intake) { in.FactoryMonth = "2026-04" }, FieldPurchased, ErrBeforeFactory},
		{"unknown proof", func(in *Intake) { in.Proof = "receipt" }, FieldProof, ErrChoice},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantOnly(t, problems(with(tt.f)), tt.field, tt.err) })
	}
	ok := []func(*Intake){
		func(in *Intake) { in.Purchased = "2026-11-23" }, // today
		func(in *Intake) { in.Proof, in.FactoryMonth, in.Purchased = ProofVoucher, "2026-11", "" },
		func(in *Intake) { in.Proof, in.Purchased = ProofNone, "" },
		func(in *Intake) { in.Proof, in.Purchased = "", "" }, // taken as none
		func(in *Intake) { in.FactoryMonth = "2026-03" },     // bought in its factory month
	}
	for i, f := range ok {
		wantClean(t, problems(with(f)))
		if o, _ := Check(DefaultConfig(), with(f), now, shanghai); o.Intake.Proof == "" {
			t.Errorf("case %d: proof left empty", i)
		}
	}
}

func TestI4_CheckPartAndExclusion(t *testing.T) {
	wantClean(t, problems(with(func(in *Intake) { in.Part = "battery" })))
	wantOnly(t, problems(with(func(in *Intake) { in.Part = "crt" })), FieldPart, ErrUnknownPart)
	wantOnly(t, problems(with(func(in *Intake) { in.Part = "nope" })), FieldPart, ErrUnknownPart)
	wantOnly(t, problems(with(func(in *Intake) { in.Exclusion = "bad luck" })), FieldExclusion, ErrChoice)
	o, ps := Check(DefaultConfig(), with(func(in *Intake) { in.Exclusion = ExclusionDamage }), now, shanghai)
	wantClean(t, ps)
	if o.Verdict.Covered || o.Verdict.Reason != ReasonExcluded {
		t.Errorf("damage: %+v", o.Verdict)
	}
}

func TestI6_FaultAndReproduction(t *testing.T) {
	wantOnly(t, problems(with(func(in *Intake) { in.Fault = " \n " })), FieldFault, ErrRequired)
	wantOnly(t, problems(with(func(in *Intake) { in.Fault = strings.Repeat("坏", MaxFault+1) })), FieldFault, ErrTooLong)
	wantOnly(t, problems(with(func(in *Intake) { in.Reproduced = "" })), FieldReproduced, ErrRequired)
	wantOnly(t, problems(with(func(in *Intake) { in.Reproduced = "maybe" })), FieldReproduced, ErrChoice)
	wantClean(t, problems(with(func(in *Intake) { in.Reproduced = ReproducedIntermittent })))
}

func TestI6_BurnInNeedsConsent(t *testing.T) {
	wantOnly(t, problems(with(func(in *Intake) { in.Reproduced = ReproducedNo })), FieldBurnInConsent, ErrBurnInConsent)
	wantClean(t, problems(with(func(in *Intake) { in.Reproduced, in.BurnInConsent = ReproducedNo, true })))
}

func TestI7_MissingAccessories(t *testing.T) {
	nb, _ := DefaultConfig().Device("notebook")
	got := Missing(nb, []string{"bag", "adapter"})
	if len(got) != 2 || got[0].Key != "cord" || got[1].Key != "battery" {
		t.Errorf("Missing = %+v, want cord and battery", got)
	}
	if got := Missing(nb, []string{"adapter", "cord", "battery", "bag"}); got != nil {
		t.Errorf("all handed over: Missing = %+v", got)
	}
	other, _ := DefaultConfig().Device("other")
	if got := Missing(other, nil); got != nil {
		t.Errorf("other has no standard set: %+v", got)
	}
}

func TestI7_AccessoryKeys(t *testing.T) {
	o, ps := Check(DefaultConfig(), with(func(in *Intake) {
		in.Accessories = []string{"bag", "adapter", "bag"}
		in.Extras, in.ExtrasLeft = " U 盘一个 ", true
	}), now, shanghai)
	wantClean(t, ps)
	if strings.Join(o.Intake.Accessories, ",") != "adapter,bag" || o.Intake.Extras != "U 盘一个" {
		t.Errorf("accessories %v extras %q", o.Intake.Accessories, o.Intake.Extras)
	}
	ps = problems(with(func(in *Intake) { in.Accessories = []string{"adapter", "mouse"} }))
	wantOnly(t, ps, FieldAccessories, ErrUnknownItem)
	if !strings.Contains(ps[0].Error(), `"mouse"`) {
		t.Errorf("problem does not name the key: %v", ps[0])
	}
	wantOnly(t, problems(with(func(in *Intake) { in.Extras = strings.Repeat("x", MaxExtras+1) })), FieldExtras, ErrTooLong)
}

func TestI8_ConditionKeys(t *testing.T) {
	o, ps := Check(DefaultConfig(), with(func(in *Intake) {
		in.Condition = []string{"seals", "scratches"}
		in.ConditionNote = "A 面左上角划痕 2cm"
	}), now, shanghai)
	wantClean(t, ps)
	if strings.Join(o.Intake.Condition, ",") != "scratches,seals" {
		t.Errorf("condition %v", o.Intake.Condition)
	}
	wantOnly(t, problems(with(func(in *Intake) { in.Condition = []string{"rust"} })), FieldCondition, ErrUnknownItem)
	// Missing keys are on a notebook's list, not on a monitor's.
	wantOnly(t, problems(with(func(in *Intake) {
		in.Device, in.Accessories, in.Condition = "monitor", nil, []string{"missing_keys"}
	})), FieldCondition, ErrUnknownItem)
	wantOnly(t, problems(with(func(in *Intake) { in.ConditionNote = "bad\x00" })), FieldConditionNote, ErrControl)
}

func TestI9_BackupMustBeRaised(t *testing.T) {
	wantOnly(t, problems(with(func(in *Intake) { in.BackupRaised = false })), FieldBackupRaised, ErrBackupNotRaised)
}

func TestI9_DataLossConsent(t *testing.T) {
	wantOnly(t, problems(with(func(in *Intake) { in.DataRisk = true })), FieldDataLossConsent, ErrDataLossConsent)
	wantClean(t, problems(with(func(in *Intake) { in.DataRisk, in.DataLossConsent = true, true })))
	wantClean(t, problems(with(func(in *Intake) { in.PasswordAtCounter = true })))
}

func TestI10_OpenConsentIsRecordedEitherWay(t *testing.T) {
	for _, consent := range []bool{false, true} {
		o, ps := Check(DefaultConfig(), with(func(in *Intake) { in.OpenConsent = consent }), now, shanghai)
		wantClean(t, ps)
		if o.Intake.OpenConsent != consent {
			t.Errorf("open consent %v recorded as %v", consent, o.Intake.OpenConsent)
		}
	}
}

func TestCheck_EveryProblemAtOnce(t *testing.T) {
	ps := problems(Intake{ByDealer: true, Reproduced: ReproducedNo, DataRisk: true, LoanerAccepted: true})
	want := []string{
		FieldPhone, FieldName, FieldKind, FieldDevice, FieldSerial, FieldFault,
		FieldBurnInConsent, FieldBackupRaised, FieldDataLossConsent, FieldPromised, FieldLoaner,
	}
	if got := ps.Fields(); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("fields = %v\nwant     %v", got, want)
	}
	if !errors.Is(ps, ErrDealerEndUser) || !errors.Is(ps, ErrLoanerWhich) || errors.Is(ps, ErrPhone) {
		t.Errorf("errors.Is on Problems: %v", ps)
	}
}

func TestCheck_HostileInputIsAProblemOnItsField(t *testing.T) {
	long := strings.Repeat("长", 10000)
	tests := []struct {
		field string
		f     func(*Intake, string)
	}{
		{FieldName, func(in *Intake, s string) { in.Name = s }},
		{FieldPhone, func(in *Intake, s string) { in.Phone = s }},
		{FieldCompany, func(in *Intake, s string) { in.Kind, in.Company = Business, s }},
		{FieldDealer, func(in *Intake, s string) { in.ByDealer, in.Dealer = true, s }},
		{FieldDealerPhone, func(in *Intake, s string) { in.ByDealer, in.DealerPhone = true, s }},
		{FieldDevice, func(in *Intake, s string) { in.Device = s }},
		{FieldBrand, func(in *Intake, s string) { in.Brand = s }},
		{FieldModel, func(in *Intake, s string) { in.Model = s }},
		{FieldSerial, func(in *Intake, s string) { in.Serial = s }},
		{FieldPurchased, func(in *Intake, s string) { in.Purchased = s }},
		{FieldFactoryMonth, func(in *Intake, s string) { in.FactoryMonth = s }},
		{FieldPart, func(in *Intake, s string) { in.Part = s }},
		{FieldFault, func(in *Intake, s string) { in.Fault = s }},
		{FieldAccessories, func(in *Intake, s string) { in.Accessories = []string{s} }},
		{FieldExtras, func(in *Intake, s string) { in.Extras = s }},
		{FieldCondition, func(in *Intake, s string) { in.Condition = []string{s} }},
		{FieldConditionNote, func(in *Intake, s string) { in.ConditionNote = s }},
		{FieldEstimate, func(in *Intake, s string) { in.Estimate = s }},
		{FieldFee, func(in *Intake, s string) { in.Fee = s }},
		{FieldPromised, func(in *Intake, s string) { in.Promised = s }},
		{FieldLoaner, func(in *Intake, s string) { in.LoanerAccepted, in.Loaner = true, s }},
	}
	inputs := map[string]string{
		"10,000 runes":  long,
		"ESC sequence":  "A\x1b[31mB\x1b]0;title\x07",
		"C1 CSI":        "A\u009b2JB",
		"NUL":           "A\x00B",
		"newline":       "A\nB 1",
		"invalid UTF-8": "A\xff\xfeB",
	}
	for _, tt := range tests {
		for what, s := range inputs {
			if what == "newline" && (tt.field == FieldFault || tt.field == FieldEstimate) {
				continue // multi-line fields
			}
			ps := problems(with(func(in *Intake) { tt.f(in, s) }))
			if len(ps) != 1 || ps[0].Field != tt.field {
				t.Errorf("%s in %s: problems %v", what, tt.field, ps)
			}
		}
	}
}

func TestCheckField(t *testing.T) {
	in := with(func(in *Intake) { in.Phone, in.Name = "123", strings.Repeat("名", 31) })
	if err := CheckField(DefaultConfig(), in, FieldPhone, now, shanghai); !errors.Is(err, ErrPhone) {
		t.Errorf("phone: %v", err)
	}
	err := CheckField(DefaultConfig(), in, FieldName, now, shanghai)
	var p Problem
	if !errors.Is(err, ErrTooLong) || !errors.As(err, &p) || p.Limit != MaxName || p.Field != FieldName {
		t.Errorf("name: %v (%+v)", err, p)
	}
	if err := CheckField(DefaultConfig(), in, FieldSerial, now, shanghai); err != nil {
		t.Errorf("serial: %v, want nil", err)
	}
}
