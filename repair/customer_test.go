package repair

import "testing"

func TestI1_NameAndPhoneRequired(t *testing.T) {
	wantOnly(t, problems(with(func(in *Intake) { in.Name = "  " })), FieldName, ErrRequired)
	wantOnly(t, problems(with(func(in *Intake) { in.Phone = "" })), FieldPhone, ErrRequired)
	wantOnly(t, problems(with(func(in *Intake) { in.Phone = "12345" })), FieldPhone, ErrPhone)
}

func TestI1_DealerWithoutEndUserIsRefused(t *testing.T) {
	dealer := func(f func(*Intake)) Intake {
		return with(func(in *Intake) {
			in.ByDealer, in.Dealer, in.DealerPhone = true, "  中关村电脑城 3F ", "010 8888 6666"
			f(in)
		})
	}
	wantOnly(t, problems(dealer(func(in *Intake) { in.Name = "" })), FieldName, ErrDealerEndUser)
	wantOnly(t, problems(dealer(func(in *Intake) { in.Phone = "" })), FieldPhone, ErrDealerEndUser)
	ps := problems(dealer(func(in *Intake) { in.Name, in.Phone = "", "" }))
	if len(ps) != 2 || ps.For(FieldName) == nil || ps.For(FieldPhone) == nil {
		t.Errorf("dealer without name and phone: %v", ps)
	}
	// With the end user's details the dealer's drop-off is taken in.
	o, ps := Check(DefaultConfig(), dealer(func(*Intake) {}), now, shanghai)
	wantClean(t, ps)
	if o.Intake.Dealer != "中关村电脑城 3F" || o.Intake.DealerPhone != "010-88886666" {
		t.Errorf("dealer = %q %q", o.Intake.Dealer, o.Intake.DealerPhone)
	}
	// A dealer phone is checked when given.
	wantOnly(t, problems(dealer(func(in *Intake) { in.DealerPhone = "888" })), FieldDealerPhone, ErrPhone)
	// Without a dealer, its fields are not kept.
	o, _ = Check(DefaultConfig(), with(func(in *Intake) { in.Dealer, in.DealerPhone = "x", "bad" }), now, shanghai)
	if o.Intake.Dealer != "" || o.Intake.DealerPhone != "" {
		t.Errorf("dealer fields kept without a dealer: %+v", o.Intake)
	}
	if DealerRefusal == "" {
		t.Error("no refusal script")
	}
}

func TestI2_CustomerKind(t *testing.T) {
	wantOnly(t, problems(with(func(in *Intake) { in.Kind = "" })), FieldKind, ErrRequired)
	wantOnly(t, problems(with(func(in *Intake) { in.Kind = "vip" })), FieldKind, ErrChoice)
}

func TestI2_BusinessNeedsCompany(t *testing.T) {
	wantOnly(t, problems(with(func(in *Intake) { in.Kind = Business })), FieldCompany, ErrRequired)
	o, ps := Check(DefaultConfig(), with(func(in *Intake) { in.Kind, in.Company = Business, " 大庆石化 " }), now, shanghai)
	wantClean(t, ps)
	if o.Intake.Company != "大庆石化" {
		t.Errorf("company = %q", o.Intake.Company)
	}
	o, _ = Check(DefaultConfig(), with(func(in *Intake) { in.Company = "left from a business draft" }), now, shanghai)
	if o.Intake.Company != "" {
		t.Errorf("a consumer keeps company %q", o.Intake.Company)
	}
}
