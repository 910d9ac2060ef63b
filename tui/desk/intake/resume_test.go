package intake

import (
	"testing"

	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/tui/desk/internal/desktest"
)

// TestAResumedDraftReturnsToItsStep: a draft left at the fault (esc) opens
// again at the fault, not at the first question; the earlier sections keep
// what was typed, and saving from there still works.
func TestAResumedDraftReturnsToItsStep(t *testing.T) {
	c, st, tk := calledA(t)
	m := open(t, c, 100, 30, tk)
	m = drive(m, press(desktest.IntakeCustomer...)...)
	m = drive(m, press(desktest.IntakeDevice...)...)
	m = drive(m, press(desktest.IntakeVerdict...)...)
	if got := fieldKey(m.M.form.form); got != repair.FieldFault {
		t.Fatalf("the keys end at %q, not the fault", got)
	}
	m = drive(m, press("esc")...)
	if d, ok, _ := st.Draft(3); !ok || d.Step != repair.FieldFault {
		t.Fatalf("the draft does not hold its step: %+v", d)
	}

	m2 := open(t, commonOn(st, c.Now), 100, 30, tk)
	if m2.M.stage != stageForm {
		t.Fatalf("the draft was not resumed: %s", m2.Plain())
	}
	if got := fieldKey(m2.M.form.form); got != repair.FieldFault {
		t.Fatalf("the resumed draft is at %q, want the fault where it was left\n%s", got, m2.Plain())
	}
	if in := m2.M.form.in; in.Name != "张伟" || in.Serial != "PF2XK9A1" {
		t.Errorf("the resumed draft lost what was typed: %+v", in)
	}
	var rest []string
	for _, k := range [][]string{desktest.IntakeFault, desktest.IntakeAcc, desktest.IntakeData, desktest.IntakePromise} {
		rest = append(rest, k...)
	}
	m2 = drive(m2, press(append(rest, "y")...)...)
	if m2.M.stage != stageSlip {
		t.Fatalf("the resumed intake did not save: %s\n%s", m2.Status(), m2.Plain())
	}
}

// TestAnOlderDraftStartsAtItsFirstIncompleteStep: a draft stored without
// its step (before it was kept) opens at the first field that is not
// complete, never past a value the rules refuse.
func TestAnOlderDraftStartsAtItsFirstIncompleteStep(t *testing.T) {
	c, st, tk := calledA(t)
	in := repair.Intake{Phone: "13800138000", Name: "张伟", Device: "notebook", Serial: "PF2XK9A1", Proof: repair.ProofInvoice, Purchased: "2027-01-01"}
	if err := st.SaveDraft(store.Draft{Counter: 3, TicketID: tk.ID, Ticket: tk.Number, Intake: in}); err != nil {
		t.Fatal(err)
	}
	m := open(t, c, 100, 30, tk)
	if got := fieldKey(m.M.form.form); got != repair.FieldPurchased {
		t.Fatalf("the older draft opens at %q, want the refused purchase date\n%s", got, m.Plain())
	}
}
