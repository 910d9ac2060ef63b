package intake

import (
	"strings"
	"testing"

	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/internal/screentest"
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

// TestTheLastStepSummarisesWhatWillBeSaved: the last step shows the
// customer, the device, the fault, the warranty, the accessories and the
// promise as they will be saved, within 80×24, in both languages; a paid
// repair shows its fee too.
func TestTheLastStepSummarisesWhatWillBeSaved(t *testing.T) {
	for lang, want := range map[string][]string{
		"zh": {"客户:张伟 · 13800138000", "PF2XK9A1", "开机后屏幕闪烁", "保修:笔记本整机 · 保内,至 2027-05-10", "附件:电源适配器、电源线", "承诺:"},
		"en": {"Customer: 张伟 · 13800138000", "PF2XK9A1", "开机后屏幕闪烁", "Warranty: Notebook · covered until 2027-05-10", "Accessories: Power adapter, Power cord", "Promised: "},
	} {
		m := atIntake(t, lang, 80, 24)
		m = drive(m, desktest.IntakeKeys()...)
		if got := fieldKey(m.M.form.form); got != fieldSave {
			t.Fatalf("%s: the keys end at %q", lang, got)
		}
		v := m.View()
		screentest.CheckFits(t, "the last step", v, 80, 24)
		for _, w := range want {
			if !strings.Contains(m.Plain(), w) {
				t.Errorf("%s: the last step lacks %q:\n%s", lang, w, m.Plain())
			}
		}
	}
}
