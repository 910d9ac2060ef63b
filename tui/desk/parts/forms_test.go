package parts_test

import (
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/desk/parts"
)

// TestTypingOnAListNeverMovesIt: text typed while a list has the focus —
// a fault typed one field too early — changes no choice; the arrows do.
func TestTypingOnAListNeverMovesIt(t *testing.T) {
	verdict, acc := "in", []string{}
	sel := huh.NewSelect[string]().Key("verdict").
		Options(huh.NewOption("保内", "in"), huh.NewOption("保外", "out"), huh.NewOption("用户自购件(不保修)", "own")).
		Value(&verdict)
	multi := huh.NewMultiSelect[string]().Key("acc").
		Options(huh.NewOption("电源适配器", "adapter"), huh.NewOption("电源线", "cord")).Value(&acc)
	form := huh.NewForm(huh.NewGroup(sel, multi)).WithKeyMap(parts.FormKeys(desktest.Common("zh"))).WithShowHelp(false)
	m := desktest.Run(wrap{form}, form.Init())
	send := func(keys ...tea.KeyPressMsg) {
		for _, k := range keys {
			m = desktest.Drive(m, k)
		}
	}
	typed := func(s string) []tea.KeyPressMsg {
		var out []tea.KeyPressMsg
		for _, r := range s {
			out = append(out, tea.KeyPressMsg{Code: r, Text: string(r)})
		}
		return out
	}
	send(typed("kjlhgxjG 开机无显示")...)
	if sel.GetValue() != "in" {
		t.Fatalf("typing on the warranty list chose %v", sel.GetValue())
	}
	send(tea.KeyPressMsg{Code: tea.KeyDown})
	if sel.GetValue() != "out" {
		t.Fatalf("↓ on the list: %v, want out", sel.GetValue())
	}
	send(tea.KeyPressMsg{Code: tea.KeyEnter}) // to the accessories
	send(typed("xjx")...)
	if got := multi.GetValue().([]string); len(got) != 0 {
		t.Fatalf("typing on the accessories ticked %v", got)
	}
	send(tea.KeyPressMsg{Code: tea.KeySpace, Text: " "})
	if got := multi.GetValue().([]string); len(got) != 1 {
		t.Fatalf("space on the accessories: %v, want one ticked", got)
	}
}

// wrap is a huh form as desktest runs models.
type wrap struct{ *huh.Form }

func (w wrap) Update(msg tea.Msg) (wrap, tea.Cmd) {
	m, cmd := w.Form.Update(msg)
	return wrap{m.(*huh.Form)}, cmd
}
