package onsiteboard

import (
	"slices"
	"strings"
	"time"

	"frontdesk/onsite"
	"frontdesk/repair"
	"frontdesk/tui/common"
)

// The scripts of the steps (DOMAIN.md, standard scripts), word for word;
// XXX is the fee, the engineer's name or a time. They are said to the
// customer in Chinese whatever the desk's language.
const (
	scriptPaid       = "根据现有的问题和相关的保修政策,我们可以为你提供有偿上门服务,具体费用为XXX。"
	scriptAhead      = "您好,我是联想服务工程师XXX"
	scriptReschedule = "非常抱歉,工程师这个时间已有其他上门安排,没法按您说的时间到。请问您XXX以后什么时候方便?"
)

// paidScript is the paid visit's script with the fee.
func paidScript(fee string) string {
	return strings.Replace(scriptPaid, "XXX", fee+"元", 1)
}

// aheadScript is the call ahead's script with the station's brand (联想
// by default) and the engineer's name.
func aheadScript(brand, engineer string) string {
	return strings.Replace(strings.Replace(scriptAhead, "联想", brand, 1), "XXX", engineer, 1)
}

// change is what the completed form does to the request, with the rule of
// its step, as who. It captures the values, never the form.
func (f *stepForm) change(c common.Common, who string) change {
	v := *f.v
	cfg, rcfg, loc := c.Onsite, c.Repair, c.Cfg.Location
	switch f.step {
	case stepGuide:
		return func(r onsite.Request, _ []onsite.Request, now time.Time) (onsite.Request, error) {
			return guide(r, v.note, cfg, who, now)
		}
	case stepAbsent:
		return aheadChange(onsite.AheadAbsent, v.note, who)
	case stepSchedule:
		s := slot{engineer: v.engineer}
		ds := twoDays(cfg, loc, c.Now())
		day := ds.today
		if v.day == "1" {
			day = ds.next
		}
		if hhmm, err := time.Parse("15:04", strings.TrimSpace(v.start)); err == nil {
			s.start = day.Add(time.Duration(hhmm.Hour())*time.Hour + time.Duration(hhmm.Minute())*time.Minute)
			s.end = s.start.Add(v.dur)
		}
		return func(r onsite.Request, others []onsite.Request, now time.Time) (onsite.Request, error) {
			return schedule(r, others, s, cfg, loc, who, now)
		}
	case stepPaid:
		fee, feeErr := repair.ParseMoney(v.fee)
		return func(r onsite.Request, _ []onsite.Request, now time.Time) (onsite.Request, error) {
			if feeErr != nil {
				return r, onsite.Problem{Field: onsite.FieldFee, Err: feeErr}
			}
			return offerPaid(r, fee, v.reason == "software", v.accepted, who, now)
		}
	case stepRecord:
		return func(r onsite.Request, _ []onsite.Request, now time.Time) (onsite.Request, error) {
			if ps := onsite.SetRecord(&r, v.found, v.done, v.recFee, v.who, who, now); len(ps) > 0 {
				return r, ps
			}
			return finishIfReady(r, rcfg, loc, who, now), nil
		}
	}
	items := checked(inspectionOf(c, f.r), v.passed, v.failNote)
	return func(r onsite.Request, _ []onsite.Request, now time.Time) (onsite.Request, error) {
		if err := onsite.Inspect(&r, items, rcfg, who, now); err != nil {
			return r, err
		}
		return finishIfReady(r, rcfg, loc, who, now), nil
	}
}

// checked is the check's items: those passed OK, the others failed with
// the note.
func checked(list []repair.Item, passed []string, note string) []onsite.Checked {
	out := make([]onsite.Checked, len(list))
	for i, it := range list {
		ok := slices.Contains(passed, it.Key)
		out[i] = onsite.Checked{Item: it.Key, OK: ok}
		if !ok {
			out[i].Note = note
		}
	}
	return out
}

// lines are the form and what goes with it: the paid visit's script with
// the fee as typed, wrapped to w cells.
func (f *stepForm) lines(c common.Common, w int) []string {
	out := strings.Split(f.form.View(), "\n")
	if f.step != stepPaid {
		return out
	}
	return append(append(out, ""), scriptLines(c, paidScript(strings.TrimSpace(f.v.fee)), w)...)
}

// scriptLines are a script under its title, quoted, in the script style.
func scriptLines(c common.Common, script string, w int) []string {
	st := c.Styles
	out := []string{st.Title.Render(c.Text.T("desk.panel.script"))}
	for _, l := range common.Wrap(common.Quote(common.Inert(script)), w) {
		out = append(out, st.Script.Render(l))
	}
	return out
}
