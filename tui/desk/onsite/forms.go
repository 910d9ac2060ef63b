package onsiteboard

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"charm.land/huh/v2"

	"frontdesk/onsite"
	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// stepForm is the form of one step: a fresh huh form over its values,
// built when the key is pressed, read when it completes.
type stepForm struct {
	step  step
	title string
	form  *huh.Form
	v     *values
	r     onsite.Request // as it was when the form opened
}

// values are what the forms' fields write into.
type values struct {
	note                     string
	engineer, day, start     string
	dur                      time.Duration
	fee, reason              string
	accepted                 bool
	found, done, recFee, who string
	passed                   []string
	failNote                 string
	outcome, part            string // the call-back's outcome; a part (steps_more.go)
	inStock                  bool
}

// durations are the lengths a visit may be booked for.
var durations = []time.Duration{30 * time.Minute, time.Hour, 90 * time.Minute, 2 * time.Hour, 3 * time.Hour}

// newStepForm lays out the fields of st for r; engineers are the staff
// who go out.
func newStepForm(c common.Common, r onsite.Request, engineers []string, st step) *stepForm {
	t := c.Text
	v := &values{day: "0", dur: time.Hour, reason: onsite.PaidWarranty}
	f := &stepForm{step: st, v: v, r: r, title: t.T("onsite.key."+string(st)) + " · " + common.Inert(r.Number)}
	var fields []huh.Field
	switch st {
	case stepGuide:
		fields = append(fields, text(c, "note", t.T("onsite.form.guidance"), &v.note, true))
	case stepAbsent:
		f.title = t.T("onsite.ahead.absent") + " · " + common.Inert(r.Number)
		fields = append(fields, line(c, "note", t.T("onsite.form.absentNote"), &v.note, true))
	case stepSchedule:
		fields = scheduleFields(c, r, engineers, v)
	case stepPaid:
		v.fee = yuan(repair.Money(c.Onsite.Fee * 100))
		if r.Device.Verdict.Covered {
			v.reason = onsite.PaidSoftware
		}
		fields = append(fields,
			huh.NewInput().Key("fee").Title(t.T("onsite.form.fee")).Value(&v.fee).CharLimit(12).
				Validate(func(s string) error { _, err := repair.ParseMoney(s); return parts.Explained(c, err, 0) }),
			huh.NewSelect[string]().Key("reason").Title(t.T("onsite.form.reason")).Value(&v.reason).Options(
				huh.NewOption(t.T("onsite.reason.warranty"), onsite.PaidWarranty), huh.NewOption(t.T("onsite.reason.software"), onsite.PaidSoftware)),
			huh.NewConfirm().Key("accepted").Title(t.T("onsite.form.accepted")).Value(&v.accepted).
				Affirmative(t.T("intake.yes")).Negative(t.T("intake.no")))
	case stepRecord:
		rec := r.Record
		v.found, v.done, v.who = common.Inert(rec.Found), common.Inert(rec.Done), common.Inert(rec.Signer)
		if rec.FeeSet {
			v.recFee = yuan(rec.Fee)
		}
		fields = append(fields,
			line(c, "found", t.T("onsite.f.found"), &v.found, false),
			line(c, "done", t.T("onsite.f.done"), &v.done, false),
			huh.NewInput().Key("fee").Title(t.T("onsite.form.recFee")).Value(&v.recFee).CharLimit(12),
			line(c, "signer", t.T("onsite.f.signer"), &v.who, false))
	case stepInspect:
		fields = inspectFields(c, r, v)
	default:
		if isMore(st) {
			fields = moreFields(c, r, st, v)
		}
	}
	f.form = huh.NewForm(huh.NewGroup(fields...))
	return f
}

// scheduleFields ask who goes, which day, from when and for how long.
func scheduleFields(c common.Common, r onsite.Request, engineers []string, v *values) []huh.Field {
	t := c.Text
	if r.Visit.Engineer != "" {
		v.engineer = r.Visit.Engineer
	}
	var who []huh.Option[string]
	for _, e := range engineers {
		who = append(who, huh.NewOption(common.Inert(e), e))
	}
	if len(who) == 0 && v.engineer != "" {
		who = append(who, huh.NewOption(common.Inert(v.engineer), v.engineer))
	}
	now := c.Now()
	ds := twoDays(c.Onsite, c.Cfg.Location, now)
	dayName := func(d time.Time) string {
		return t.T("onsite.day", d.Format("01-02"), t.T("onsite.wd."+d.Format("Mon")))
	}
	var durs []huh.Option[time.Duration]
	for _, d := range durations {
		durs = append(durs, huh.NewOption(hm(d), d))
	}
	return []huh.Field{
		huh.NewSelect[string]().Key("engineer").Title(t.T("onsite.form.engineer")).Options(who...).Value(&v.engineer),
		huh.NewSelect[string]().Key("day").Title(t.T("onsite.form.day")).Value(&v.day).Options(
			huh.NewOption(t.T("onsite.today")+" "+dayName(ds.today), "0"), huh.NewOption(dayName(ds.next), "1")),
		huh.NewInput().Key("start").Title(t.T("onsite.form.start")).Value(&v.start).CharLimit(5).Placeholder("14:00").
			Validate(func(s string) error {
				if _, err := time.Parse("15:04", strings.TrimSpace(s)); err != nil {
					return errors.New(t.T("onsite.err.hhmm"))
				}
				return nil
			}),
		huh.NewSelect[time.Duration]().Key("dur").Title(t.T("onsite.form.dur")).Options(durs...).Value(&v.dur),
	}
}

// inspectFields ask which items of the device kind's list passed, and what
// failed (S12, as G1–G3).
func inspectFields(c common.Common, r onsite.Request, v *values) []huh.Field {
	t := c.Text
	var opts []huh.Option[string]
	for _, it := range inspectionOf(c, r) {
		opts = append(opts, huh.NewOption(it.In(string(t.Lang)), it.Key).Selected(true))
		v.passed = append(v.passed, it.Key)
	}
	return []huh.Field{
		huh.NewMultiSelect[string]().Key("passed").Title(t.T("onsite.form.passed")).Options(opts...).Value(&v.passed),
		line(c, "fail", t.T("onsite.form.failNote"), &v.failNote, false),
	}
}

// inspectionOf is the list the device of r is checked against.
func inspectionOf(c common.Common, r onsite.Request) []repair.Item {
	kind := r.Device.Kind
	if kind == "" {
		kind = "other"
	}
	k, _ := c.Repair.Device(kind)
	return k.Inspection
}

// line is a one-line text field kept by the request's text rules.
func line(c common.Common, key, title string, val *string, required bool) *huh.Input {
	return huh.NewInput().Key(key).Title(title).Value(val).CharLimit(onsite.MaxNote).
		Validate(parts.CheckText(c, required, false))
}

// text is a text field of a few lines kept by the request's text rules.
func text(c common.Common, key, title string, val *string, required bool) *huh.Text {
	return huh.NewText().Key(key).Title(title).Value(val).Lines(3).CharLimit(onsite.MaxNote).
		Validate(parts.CheckText(c, required, true))
}

// yuan is an amount as the scripts say it: whole yuan without decimals.
func yuan(m repair.Money) string {
	if m%100 == 0 {
		return strconv.FormatInt(int64(m)/100, 10)
	}
	return m.String()
}
