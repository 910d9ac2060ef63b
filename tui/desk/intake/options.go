package intake

import (
	"charm.land/huh/v2"

	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// deviceOptions are the configured kinds of device, named in the screen's
// language.
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
	table := repair.Table(c.Repair, in.Device, in, c.Now(), c.Cfg.Location)
	o := make([]huh.Option[string], 0, len(table)+len(exclusions))
	for _, v := range table {
		rule, _ := c.Repair.Rule(v.Part)
		o = append(o, huh.NewOption(common.Inert(rule.In(string(t.Lang)))+" · "+parts.VerdictText(c, v), v.Part))
	}
	for _, e := range exclusions {
		o = append(o, huh.NewOption(t.T("intake.opt.ex."+string(e)), "!"+string(e)))
	}
	return o
}

// sanBaoLine tells the engineer which 三包 options the customer has (I5).
func (f *intake) sanBaoLine(c common.Common) string {
	v := f.v
	switch v.SanBao {
	case repair.SanBaoReturn:
		return c.Text.T("intake.sanbao.return", v.Days)
	case repair.SanBaoExchange:
		return c.Text.T("intake.sanbao.exchange", v.Days)
	default: // repair.SanBaoNone: no 三包 option to tell
	}
	return ""
}
