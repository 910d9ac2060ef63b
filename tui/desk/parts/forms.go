package parts

import (
	"errors"

	"charm.land/bubbles/v2/key"
	"charm.land/huh/v2"

	"frontdesk/repair"
	"frontdesk/tui/common"
)

// CheckText is a field's check with the rules the order keeps its texts by
// (repair.CleanText, CleanMultiline), said in the screen's language.
func CheckText(c common.Common, required, multi bool) func(string) error {
	clean := repair.CleanText
	if multi {
		clean = repair.CleanMultiline
	}
	return func(s string) error {
		_, err := clean(s, repair.MaxNote, required)
		return Explained(c, err, repair.MaxNote)
	}
}

// Explained is a field's error in words; limit is its longest length.
func Explained(c common.Common, err error, limit int) error {
	if err == nil {
		return nil
	}
	return errors.New(RuleText(c.Text, err, limit))
}

// FormKeys are huh's keys with their help in the screen's language; ctrl+c
// is the desk's (it keeps a draft before quitting), not the form's.
func FormKeys(c common.Common) *huh.KeyMap {
	t := c.Text
	k := huh.NewDefaultKeyMap()
	k.Quit.SetEnabled(false)
	next, prev := t.T("intake.key.next"), t.T("intake.key.prev")
	k.Input.Next.SetHelp("enter", next)
	k.Input.Prev.SetHelp("shift+tab", prev)
	k.Input.AcceptSuggestion.SetHelp("ctrl+e", t.T("intake.key.suggest"))
	k.Text.Next.SetHelp("enter", next)
	k.Text.Prev.SetHelp("shift+tab", prev)
	k.Text.NewLine.SetHelp("ctrl+j", t.T("intake.key.newline"))
	k.Text.Editor.SetEnabled(false)
	k.Select.Next.SetHelp("enter", next)
	k.Select.Prev.SetHelp("shift+tab", prev)
	// A list moves by the arrows alone: huh's letters (j k g G h l, and x
	// to toggle) would let text typed one field too early change a choice
	// — a warranty verdict — with nothing on the screen to say so.
	k.Select.Up.SetKeys("up", "ctrl+p")
	k.Select.Down.SetKeys("down", "ctrl+n")
	k.Select.GotoTop.SetKeys("home")
	k.Select.GotoBottom.SetKeys("end")
	k.Select.Left.SetKeys("left")
	k.Select.Right.SetKeys("right")
	k.MultiSelect.Up.SetKeys("up", "ctrl+p")
	k.MultiSelect.Down.SetKeys("down", "ctrl+n")
	k.MultiSelect.GotoTop.SetKeys("home")
	k.MultiSelect.GotoBottom.SetKeys("end")
	k.MultiSelect.Toggle.SetKeys("space")
	k.Select.Left.SetHelp("←", t.T("intake.key.left"))
	k.Select.Right.SetHelp("→", t.T("intake.key.right"))
	k.Select.Filter.SetHelp("/", t.T("intake.key.filter"))
	for _, l := range []struct{ up, down, top, bottom, halfUp, halfDown *key.Binding }{
		{&k.Select.Up, &k.Select.Down, &k.Select.GotoTop, &k.Select.GotoBottom, &k.Select.HalfPageUp, &k.Select.HalfPageDown},
		{&k.MultiSelect.Up, &k.MultiSelect.Down, &k.MultiSelect.GotoTop, &k.MultiSelect.GotoBottom, &k.MultiSelect.HalfPageUp, &k.MultiSelect.HalfPageDown},
	} {
		l.up.SetHelp("↑", t.T("intake.key.up"))
		l.down.SetHelp("↓", t.T("intake.key.down"))
		l.top.SetHelp("home", t.T("intake.key.top"))
		l.bottom.SetHelp("end", t.T("intake.key.bottom"))
		l.halfUp.SetHelp(l.halfUp.Help().Key, t.T("intake.key.halfUp"))
		l.halfDown.SetHelp(l.halfDown.Help().Key, t.T("intake.key.halfDown"))
	}
	k.Note.Next.SetHelp("enter", next)
	k.Note.Prev.SetHelp("shift+tab", prev)
	// No form of the desk picks a file.
	for _, b := range []*key.Binding{&k.FilePicker.Open, &k.FilePicker.Next, &k.FilePicker.Prev, &k.FilePicker.Submit, &k.FilePicker.Up, &k.FilePicker.Down, &k.FilePicker.Back, &k.FilePicker.Select, &k.FilePicker.GotoTop, &k.FilePicker.GotoBottom, &k.FilePicker.PageUp, &k.FilePicker.PageDown, &k.FilePicker.Close} {
		b.SetEnabled(false)
	}
	k.MultiSelect.Next.SetHelp("enter", next)
	k.MultiSelect.Prev.SetHelp("shift+tab", prev)
	k.MultiSelect.Toggle.SetHelp("space", t.T("intake.key.toggle"))
	k.MultiSelect.Filter.SetEnabled(false)
	k.MultiSelect.SelectAll.SetEnabled(false)
	k.Confirm.Next.SetHelp("enter", next)
	k.Confirm.Prev.SetHelp("shift+tab", prev)
	k.Confirm.Accept.SetHelp("y", t.T("intake.yes"))
	k.Confirm.Reject.SetHelp("n", t.T("intake.no"))
	k.Confirm.Toggle.SetHelp("←/→", t.T("intake.key.toggle"))
	submit := t.T("order.key.submit")
	for _, b := range []*key.Binding{&k.Input.Submit, &k.Text.Submit, &k.Select.Submit, &k.MultiSelect.Submit, &k.Confirm.Submit, &k.Note.Submit} {
		b.SetHelp("enter", submit)
	}
	return k
}

// KindOf is the configured device kind of key (empty lists when unknown).
func KindOf(c common.Common, key string) repair.DeviceKind {
	d, _ := c.Repair.Device(key)
	return d
}

// VerdictText is one verdict in a few words: covered until when, or why not.
func VerdictText(c common.Common, v repair.Verdict) string {
	t := c.Text
	switch {
	case v.Covered:
		return t.T("intake.v.covered", v.Until.Format("2006-01-02"))
	case v.Reason == repair.ReasonExpired:
		return t.T("intake.v.expired", v.Until.Format("2006-01-02"))
	case v.Reason == repair.ReasonNoProof:
		return t.T("intake.v.noProof")
	case v.Reason == repair.ReasonExcluded:
		return t.T("intake.v.excluded")
	}
	return t.T("intake.v.unknown")
}
