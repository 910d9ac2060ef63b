package onsiteboard

import (
	"slices"
	"strings"
	"time"

	"frontdesk/onsite"
	"frontdesk/repair"
	"frontdesk/tui/common"
)

// paidScript is the paid visit's script (onsite.PaidVisit) with the fee
// as typed, as the rules write it ("50.00元").
func paidScript(fee string) string {
	if m, err := repair.ParseMoney(fee); err == nil {
		fee = m.String()
	}
	return onsite.PaidVisit(fee + "元")
}

// change is what the completed form does to the request, with the rule of
// its step, as who. It captures the values, never the form.
func (f *stepForm) change(c common.Common, who string) change {
	v := *f.v
	cfg, rcfg, loc := c.Onsite, c.Repair, c.Cfg.Location
	switch f.step {
	case stepGuide:
		return func(r onsite.Request, _ []onsite.Request, now time.Time) (onsite.Request, error) {
			err := onsite.Guide(&r, v.note, cfg, loc, who, now)
			return r, err
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
			return offerPaid(r, fee, v.reason == onsite.PaidSoftware, v.accepted, cfg, who, now)
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

// saying is change with what the rule gives to say: the steps of
// steps_more.go have their own.
func (f *stepForm) saying(c common.Common, who string) saying {
	if isMore(f.step) {
		return moreChange(*f.v, f.step, who)
	}
	return quiet(f.change(c, who))
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
	if script := moreScript(c, f.step, *f.v); script != "" {
		return append(append(out, ""), scriptLines(c, script, w)...)
	}
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
