package onsite

import (
	"testing"

	"frontdesk/repair"
)

func TestS10_EscalateLinksTheCarryInOrder(t *testing.T) {
	r := arrived(t)
	wantErr(t, Escalate(&r, " ", tech, at(23, 14, 30)), ErrNoOrder)
	wantErr(t, Escalate(new(aRequest(t)), "R2611230007", tech, now), ErrMoveNotInS)
	if err := Escalate(&r, " R2611230007 ", tech, at(23, 14, 30)); err != nil {
		t.Fatal(err)
	}
	if r.State != StateEscalated || r.Order != "R2611230007" || r.Closed.IsZero() {
		t.Errorf("escalated: %s %q", r.State, r.Order)
	}
}

func TestS10_CarryInOpensTheIntakeFilledIn(t *testing.T) {
	r := aRequest(t)
	in := CarryIn(r)
	want := repair.Intake{Phone: "13812345678", Name: "王经理", Kind: repair.Business, Company: "华联商贸有限公司",
		Device: "notebook", Model: "ThinkPad T14", Serial: "PF2ABC12", Fault: "开机黑屏"}
	if in.Phone != want.Phone || in.Name != want.Name || in.Kind != want.Kind || in.Company != want.Company ||
		in.Device != want.Device || in.Model != want.Model || in.Serial != want.Serial || in.Fault != want.Fault {
		t.Errorf("CarryIn = %+v, want %+v", in, want)
	}
	if in.Purchased != "" || in.Proof != "" {
		t.Error("the warranty is carried: the intake decides it again")
	}
	// What the request carries passes repair's own check of those fields.
	o, ps := repair.Check(repair.DefaultConfig(), in, now, shanghai)
	for _, f := range []string{repair.FieldPhone, repair.FieldName, repair.FieldKind, repair.FieldCompany, repair.FieldSerial, repair.FieldFault} {
		if p := ps.For(f); p != nil {
			t.Errorf("the carried %s is refused: %v", f, p)
		}
	}
	if o.Verdict.Covered {
		t.Error("covered without a purchase proof")
	}
	r.Customer.Kind, r.Customer.Company = repair.Consumer, ""
	if in := CarryIn(r); in.Kind != repair.Consumer || in.Company != "" {
		t.Errorf("a consumer: %+v", in)
	}
}
