package desk

import (
	"charm.land/bubbles/v2/key"
	"charm.land/huh/v2"

	"frontdesk/repair"
	"frontdesk/tui/common"
)

// kindOf is the configured device kind of key (empty lists when unknown).
func kindOf(c common.Common, key string) repair.DeviceKind {
	d, _ := c.Repair.Device(key)
	return d
}

func deviceOptions(c common.Common) []huh.Option[string] {
	o := make([]huh.Option[string], len(c.Repair.Devices))
	for i, d := range c.Repair.Devices {
		o[i] = huh.NewOption(common.Inert(d.In(string(c.Text.Lang))), d.Key) // from the configuration file
	}
	return o
}

// listOptions are a configured list's items, and an "other" entry that opens
// a field to write it down.
func listOptions(c common.Common, items []repair.Item, other string) []huh.Option[string] {
	lang := string(c.Text.Lang)
	o := make([]huh.Option[string], 0, len(items)+1)
	for _, it := range items {
		o = append(o, huh.NewOption(common.Inert(it.In(lang)), it.Key))
	}
	return append(o, huh.NewOption(c.Text.T(other), markOther))
}

// exclusions are the answers that put a fault outside the warranty (I4).
var exclusions = []repair.Exclusion{repair.ExclusionDamage, repair.ExclusionDisaster, repair.ExclusionGift, repair.ExclusionUserPart}

// verdictOptions are the device's part categories, each with its warranty
// as the intake stands (the whole table at a glance, I4), then the
// exclusions.
func verdictOptions(c common.Common, in repair.Intake) []huh.Option[string] {
	t := c.Text
	var o []huh.Option[string]
	for _, v := range repair.Table(c.Repair, in.Device, in, c.Now(), c.Cfg.Location) {
		rule, _ := c.Repair.Rule(v.Part)
		o = append(o, huh.NewOption(common.Inert(rule.In(string(t.Lang)))+" · "+verdictText(c, v), v.Part))
	}
	for _, e := range exclusions {
		o = append(o, huh.NewOption(t.T("intake.opt.ex."+string(e)), "!"+string(e)))
	}
	return o
}

// verdictText is one verdict in a few words: covered until when, or why not.
func verdictText(c common.Common, v repair.Verdict) string {
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

// sanBaoLine tells the engineer which 三包 options the customer has (I5).
func (f *intake) sanBaoLine(c common.Common) string {
	v := f.v
	switch v.SanBao {
	case repair.SanBaoReturn:
		return c.Text.T("intake.sanbao.return", v.Days)
	case repair.SanBaoExchange:
		return c.Text.T("intake.sanbao.exchange", v.Days)
	}
	return ""
}

// formKeys are huh's keys with their help in the screen's language; ctrl+c
// is the desk's (it keeps a draft before quitting), not the form's.
func formKeys(c common.Common) *huh.KeyMap {
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
	k.Select.Up.SetHelp("↑", t.T("intake.key.up"))
	k.Select.Down.SetHelp("↓", t.T("intake.key.down"))
	k.Select.Left.SetHelp("←", t.T("intake.key.left"))
	k.Select.Right.SetHelp("→", t.T("intake.key.right"))
	k.Select.Filter.SetHelp("/", t.T("intake.key.filter"))
	k.MultiSelect.Next.SetHelp("enter", next)
	k.MultiSelect.Prev.SetHelp("shift+tab", prev)
	k.MultiSelect.Toggle.SetHelp("space/x", t.T("intake.key.toggle"))
	k.MultiSelect.Filter.SetEnabled(false)
	k.MultiSelect.SelectAll.SetEnabled(false)
	k.Confirm.Next.SetHelp("enter", next)
	k.Confirm.Prev.SetHelp("shift+tab", prev)
	k.Confirm.Accept.SetHelp("y", t.T("intake.yes"))
	k.Confirm.Reject.SetHelp("n", t.T("intake.no"))
	k.Confirm.Toggle.SetHelp("←/→", t.T("intake.key.toggle"))
	submit := t.T("order.key.submit")
	for _, b := range []*key.Binding{&k.Input.Submit, &k.Text.Submit, &k.Select.Submit, &k.MultiSelect.Submit, &k.Confirm.Submit} {
		b.SetHelp("enter", submit)
	}
	return k
}
