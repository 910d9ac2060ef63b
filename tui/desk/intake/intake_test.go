package intake

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"frontdesk/repair"
	"frontdesk/tui/desk/internal/desktest"
)

var (
	drive = desktest.Drive[desk]
	press = desktest.Press
)

func TestI1_DealerWithoutEndUserShowsTheRefusal(t *testing.T) {
	m := atIntake(t, "zh", 100, 30)
	// who: dealer for a consumer (third choice), then phone and name left empty
	m = drive(m, press("right", "right", "enter", "enter")...)
	err := focusedErr(m)
	if err == nil || err.Error() != repair.DealerRefusal {
		t.Fatalf("empty phone of a dealer drop-off: got %v, want the standard script", err)
	}
	if m.M.form.form.GetFocusedField().GetKey() != repair.FieldPhone {
		t.Fatalf("the form moved past the refused field")
	}
	if !strings.Contains(m.Plain(), "麻烦您提供最终用户的姓名和联系方式") {
		t.Errorf("the script is not on the screen:\n%s", m.Plain())
	}
}

func TestIntakeRejectsBadInputWhereTyped(t *testing.T) {
	cases := []struct {
		name string
		keys []string
		want string
	}{
		{"phone letters", []string{"enter", "13800abc000", "enter"}, "不是有效电话"},
		{"phone short", []string{"enter", "1380013", "enter"}, "不是有效电话"},
		{"empty name", []string{"enter", "13800138000", "enter", "enter"}, "必填"},
		{"long name", []string{"enter", "13800138000", "enter", strings.Repeat("张", 40), "enter"}, "太长"},
		{"bad serial", []string{"enter", "13800138000", "enter", "张伟", "enter", "enter", "PF 2!", "enter"}, "序列号为"},
		{"future purchase", append(append([]string{}, desktest.IntakeCustomer...), "enter", "PF2XK9A1", "enter", "enter", "enter", "enter", "2027-01-01", "enter"), "不能晚于今天"},
		{"not a date", append(append([]string{}, desktest.IntakeCustomer...), "enter", "PF2XK9A1", "enter", "enter", "enter", "enter", "2026-13-45", "enter"), "日期格式"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := atIntake(t, "zh", 100, 30)
			m = drive(m, press(c.keys...)...)
			err := focusedErr(m)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("got %v, want a message containing %q\n%s", err, c.want, m.Plain())
			}
			if !strings.Contains(m.Plain(), c.want) {
				t.Errorf("the message is not on the screen")
			}
		})
	}
}

func TestIntakeControlCharactersAreRefused(t *testing.T) {
	m := atIntake(t, "en", 100, 30)
	m = drive(m, press("enter", "13800138000", "enter")...)
	m = drive(m, tea.PasteMsg{Content: "Zhang\x1b[31mWei\x07"}, tea.KeyPressMsg{Code: tea.KeyEnter})
	// The input either refuses the text or drops the control characters;
	// either way none of them is kept or reaches the terminal.
	if err := focusedErr(m); err == nil && strings.ContainsAny(m.M.form.in.Name, "\x1b\x07") {
		t.Fatalf("name kept control characters: %q", m.M.form.in.Name)
	}
	if strings.Contains(m.View(), "\x1b[31mWei") || strings.Contains(m.View(), "\x07") {
		t.Error("the escape sequence reached the screen")
	}
}

func TestIntakeWalksTheCounterToTheLastSection(t *testing.T) {
	m := atIntake(t, "zh", 100, 30)
	m = drive(m, desktest.IntakeKeys()...)
	if k := m.M.form.form.GetFocusedField().GetKey(); k != "save" {
		t.Fatalf("after the standard keys the form is at %q, want the confirmation\n%s", k, m.Plain())
	}
	in := *m.M.form.in
	if in.Phone != "13800138000" || in.Name != "张伟" || in.Serial != "PF2XK9A1" || !in.BackupRaised || !in.OpenConsent {
		t.Errorf("intake not filled as typed: %+v", in)
	}
	if strings.Join(in.Accessories, ",") != "adapter,cord" {
		t.Errorf("accessories %v, want adapter and cord", in.Accessories)
	}
	if !in.LoanerOffered {
		t.Error("a promise days away must record the loaner offer (I12)")
	}
	c := m.M.c
	if _, ps := repair.Check(c.Repair, in, c.Now(), c.Cfg.Location); !ps.OK() {
		t.Errorf("the walked intake does not pass: %v", ps)
	}
}

// TestNoWarrantyFromARefusedPurchaseDate: a purchase date the form refuses
// (in the future) tells no warranty in the side panel or in the verdict
// list; the panel says the date is to be corrected instead.
func TestNoWarrantyFromARefusedPurchaseDate(t *testing.T) {
	for lang, want := range map[string]string{"zh": "购机日期有误", "en": "Purchase date refused"} {
		m := atIntake(t, lang, 100, 30)
		keys := append(append([]string{}, desktest.IntakeCustomer...), "enter", "PF2XK9A1", "enter", "enter", "enter", "enter", "2027-01-01", "enter")
		m = drive(m, press(keys...)...)
		if focusedErr(m) == nil {
			t.Fatalf("%s: a purchase date in the future was not refused", lang)
		}
		v := m.Plain()
		if !strings.Contains(v, want) {
			t.Errorf("%s: the panel does not say the date is refused:\n%s", lang, v)
		}
		for _, derived := range []string{"2028-01-01", "2029-01-01", "2030-01-01"} {
			if strings.Contains(v, derived) {
				t.Errorf("%s: a warranty end %s computed from the refused date is shown:\n%s", lang, derived, v)
			}
		}
		if m.M.form.v.Covered || !m.M.form.v.Until.IsZero() {
			t.Errorf("%s: the verdict was told from the refused date: %+v", lang, m.M.form.v)
		}
	}
}
