package intake

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"frontdesk/queue"
	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/desk/parts"
)

func TestIntakeSavesOrderFinishesTicketAndWritesSlip(t *testing.T) {
	c, st, tk := calledA(t)
	m := open(t, c, 100, 30, tk)
	m = drive(m, desktest.IntakeKeys()...)
	m = drive(m, press("y")...)
	if m.M.stage != stageSlip {
		t.Fatalf("not on the slip after saving: %s\n%s", m.Status(), m.Plain())
	}
	if !m.Has(parts.SavedMsg{Queue: true, Board: true}) {
		t.Error("the root was not asked to read the queue and the board again")
	}
	o := m.M.slip.order
	if !strings.HasPrefix(m.Status(), "已保存") || !strings.Contains(m.Status(), o.Number) {
		t.Errorf("status %q does not say saved with the order number", m.Status())
	}
	saved, ok, err := st.OrderByNumber(o.Number)
	if err != nil || !ok || saved.Intake.Name != "张伟" || saved.Ticket != "A001" || saved.Engineer != "张工" || saved.Counter != 3 {
		t.Fatalf("order not stored as saved: %+v %v %v", saved, ok, err)
	}
	if byClaim, ok, _ := st.OrderByClaim(o.Claim); !ok || byClaim.ID != o.ID {
		t.Error("order not found by its claim code")
	}
	snap, _ := st.Snapshot()
	for _, tk := range snap.Tickets {
		if tk.Number == "A001" && tk.State != queue.Finished {
			t.Errorf("A001 is %s, want finished with the intake", tk.State)
		}
	}
	if _, ok, _ := st.Draft(3); ok {
		t.Error("the draft outlived the saved intake")
	}
	data, err := os.ReadFile(filepath.Join(filepath.Dir(st.Path()), "slips", o.Number+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{o.Number, "PF2XK9A1", "电源适配器", "开机后屏幕闪烁", "数据"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("slip lacks %q", want)
		}
	}
	if !strings.Contains(m.Plain(), "取机凭证") {
		t.Errorf("slip not on screen:\n%s", m.Plain())
	}
}

func TestIntakeDraftSurvivesAQuitAndIsOfferedAgain(t *testing.T) {
	c, st, tk := calledA(t)
	m := open(t, c, 100, 30, tk)
	m = drive(m, press(desktest.IntakeCustomer...)...)
	m = drive(m, press("enter", "PF2XK9A1")...)
	// ctrl+c: the draft is stored before the program quits (the quit
	// sequence's first command).
	_, cmd := m.Update(desktest.Ctrl('c'))
	if cmd == nil {
		t.Fatal("ctrl+c did nothing")
	}
	seq := commands(cmd())
	if len(seq) != 2 {
		t.Fatalf("ctrl+c should store the draft, then quit")
	}
	desktest.Execute(seq[0])
	if _, quits := seq[1]().(tea.QuitMsg); !quits {
		t.Error("ctrl+c did not quit after the draft")
	}
	d, ok, err := st.Draft(3)
	if err != nil || !ok {
		t.Fatalf("no draft after quitting: %v", err)
	}
	if d.Intake.Name != "张伟" || d.Intake.Phone != "13800138000" || d.Ticket != "A001" {
		t.Fatalf("draft lost what was typed: %+v", d)
	}

	// A new desk (the program started again) resumes it for the same customer.
	m2 := open(t, commonOn(st, c.Now), 100, 30, tk)
	if m2.M.stage != stageForm || m2.M.form.in.Name != "张伟" || m2.M.form.in.Phone != "13800138000" {
		t.Fatalf("draft not offered again: %s\n%s", m2.Status(), m2.Plain())
	}
	if !strings.Contains(m2.Status(), "恢复") {
		t.Errorf("status %q does not say the draft was resumed", m2.Status())
	}
}

func TestIntakeNothingHalfSaved(t *testing.T) {
	c, st, tk := calledA(t)
	m := open(t, c, 100, 30, tk)
	m = drive(m, desktest.IntakeKeys()...)
	// Another program finishes A001 before the customer confirms.
	if _, err := st.Finish(3, "别人"); err != nil {
		t.Fatal(err)
	}
	m = drive(m, press("y")...)
	if m.M.stage != stageForm || !m.Sess.Status.Bad {
		t.Fatalf("a failed save must keep the form and say why: %s", m.Status())
	}
	if orders, _ := st.OrdersByPhone("13800138000", 10); len(orders) != 0 {
		t.Fatalf("an order was saved although the ticket was not this counter's: %+v", orders)
	}
	if m.M.form.in.Name != "张伟" {
		t.Error("the typed intake was lost")
	}
}

// commands are the parts of a tea.Sequence's message (its type is not
// exported, so it is read as the slice of commands it is).
func commands(msg tea.Msg) []tea.Cmd {
	v := reflect.ValueOf(msg)
	if v.Kind() != reflect.Slice {
		return nil
	}
	var out []tea.Cmd
	for i := 0; i < v.Len(); i++ {
		if c, ok := v.Index(i).Interface().(tea.Cmd); ok {
			out = append(out, c)
		}
	}
	return out
}

// TestNotYetAtTheLastStepGoesBackToCheck: 「再检查」 at the last step — n,
// or enter with it chosen — goes back a step and says how to come back,
// saves nothing, and shows no catalogue key; y then saves.
func TestNotYetAtTheLastStepGoesBackToCheck(t *testing.T) {
	for _, keys := range [][]string{{"n"}, {"enter"}} { // 「再检查」 is the choice until y
		c, _, tk := calledA(t)
		m := open(t, c, 100, 30, tk)
		m = drive(m, desktest.IntakeKeys()...)
		if got := m.M.form.form.GetFocusedField().GetKey(); got != fieldSave {
			t.Fatalf("the intake keys end at %q, not the last step", got)
		}
		m = drive(m, press(keys...)...)
		if got := m.M.form.form.GetFocusedField().GetKey(); got == fieldSave || m.M.stage != stageForm {
			t.Fatalf("%q at the last step: at %q, stage %d", keys, got, m.M.stage)
		}
		if v := m.Plain(); strings.Contains(v, "[intake.") || !strings.Contains(v, "已回到上一步") {
			t.Fatalf("%q at the last step shows:\n%s", keys, v)
		}
	}
}
