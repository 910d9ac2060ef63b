package onsiteboard

import (
	"slices"
	"strings"
	"time"

	"charm.land/lipgloss/v2"

	"frontdesk/onsite"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// requestLines draw r for a frame w cells wide: who and where, the device
// and fault, the visit, the paid visit, the guidance, parts and calls
// ahead, the service record and check, the clocks at now and the
// timeline, newest first. Drawn on read, minute and resize, never per
// frame; every text from the database made inert.
func requestLines(c common.Common, r onsite.Request, w int) []string {
	st, t := c.Styles, c.Text
	p := &page{w: w, st: st}
	p.lines = append(p.lines, common.Cut(st.Current.Render(common.Inert(r.Number))+"  "+st.Title.Render(t.T("onsite.state."+string(r.State))), w))
	cu, dev := r.Customer, r.Device
	network := t.T("onsite.network.unasked")
	if r.NetworkAsked {
		network = t.T(map[bool]string{true: "intake.yes", false: "intake.no"}[r.Network])
	}
	fs := []field{
		{"customer", parts.JoinSome(" · ", cu.Name, cu.Company, cu.Position)},
		{"phone", parts.JoinSome(" / ", cu.Phone, cu.Landline)},
		{"address", cu.Address},
		{"device", parts.JoinSome(" · ", dev.Model, dev.Serial)},
		{"verdict", parts.VerdictText(c, dev.Verdict)},
		{"fault", r.Fault},
		{"network", network},
	}
	if v := r.Visit; v.Engineer != "" {
		fs = append(fs, field{"visit", v.Engineer + "  " + c.Clock(v.Start).Format("01-02 15:04") + "–" + c.Clock(v.End).Format("15:04")})
	}
	if pd := r.Paid; pd != nil {
		fs = append(fs, field{"paid", t.T("onsite.paid."+map[bool]string{true: "yes", false: "no"}[pd.Accepted], yuan(pd.Fee))})
	}
	if g := r.Guidance; g != nil {
		due := t.T("onsite.guidance.due", c.Clock(g.CallBack).Format("15:04"))
		if !g.Called.IsZero() {
			due = t.T("onsite.guidance.called", c.Clock(g.Called).Format("15:04"))
		}
		fs = append(fs, field{"guidance", g.Note + " · " + due})
	}
	for _, pt := range r.Parts {
		state := t.T("onsite.part.awaited")
		if pt.InStock || !pt.Arrived.IsZero() {
			state = t.T("onsite.part.here")
		}
		fs = append(fs, field{"part", pt.Name + " · " + state})
	}
	if n := len(r.Aheads); n > 0 {
		a := r.Aheads[n-1]
		fs = append(fs, field{"ahead", c.Clock(a.At).Format("15:04") + " " + t.T("onsite.ahead."+string(a.Outcome)) + " " + a.Note})
	}
	p.fields(c, fs)

	p.section(t.T("onsite.record"))
	var rec []field
	for i, at := range r.Record.Stamped() {
		if !at.IsZero() {
			rec = append(rec, field{onsite.Stamps[i], c.Clock(at).Format("01-02 15:04")})
		}
	}
	rr := r.Record
	if rr.FeeSet {
		rec = append(rec, field{"fee", yuan(rr.Fee)})
	}
	rec = append(rec, field{"found", rr.Found}, field{"done", rr.Done}, field{"signer", rr.Signer})
	if len(r.Check) > 0 {
		rec = append(rec, field{"check", checkText(c, r.Check)})
	}
	if len(rec) == 3 && rr.Found == "" && rr.Done == "" && rr.Signer == "" {
		p.lines = append(p.lines, st.Muted.Render(t.T("onsite.record.none")))
	}
	p.fields(c, rec)

	if texts := visitTexts(c, r); len(texts) > 0 {
		p.section(t.T("onsite.texts"))
		for _, x := range texts {
			p.hang(st.Muted.Render(x.label), 12, st.App, x.text)
		}
	}

	p.section(t.T("onsite.clocks"))
	for _, k := range onsite.Clocks(r, c.Onsite, c.Cfg.Location, c.Now()) {
		s := mark(k.Level) + " " + clockText(c, k) + "  " + t.T("onsite.clock.due", c.Clock(k.Due).Format("01-02 15:04"))
		if k.Loaner {
			s += " · " + t.T("onsite.clock.loaner")
		}
		p.lines = append(p.lines, levelStyle(st, k.Level).Render(common.Cut(s, w)))
	}

	p.section(t.T("onsite.history"))
	for i := len(r.History) - 1; i >= 0; i-- {
		s := r.History[i]
		p.hang(st.Muted.Render(c.Clock(s.At).Format("01-02 15:04")), 12, st.App, common.Inert(s.Who)+"  "+stepText(c, s))
	}
	return p.lines
}

// checkText is the check with the customer in a few words: passed, or
// which failed.
func checkText(c common.Common, items []onsite.Checked) string {
	var failed []string
	for _, it := range items {
		if !it.OK && !it.NA {
			failed = append(failed, it.Item+" "+it.Note)
		}
	}
	if len(failed) == 0 {
		return c.Text.T("onsite.check.ok")
	}
	return c.Text.T("onsite.check.failed", strings.Join(failed, "; "))
}

// stepText is a timeline step in words.
func stepText(c common.Common, s onsite.Step) string {
	t := c.Text
	if s.Kind == onsite.StepState {
		return t.T("onsite.step.state", t.T("onsite.state."+string(s.To)))
	}
	name := t.T("onsite.step." + s.Kind)
	if strings.HasPrefix(name, "[") {
		name = s.Kind
	}
	words := strings.Fields(common.Inert(s.Text))
	for i, w := range words {
		if at, err := time.Parse(time.RFC3339, w); err == nil {
			words[i] = c.Clock(at).Format("01-02 15:04")
		} else if slices.Contains(onsite.Stamps, w) {
			words[i] = fieldName(t, w)
		}
	}
	return parts.JoinSome(" ", name, strings.Join(words, " "))
}

// field is one labelled value: the label a field's key.
type field struct{ key, value string }

// page gathers a screen's lines, w cells wide.
type page struct {
	w     int
	st    common.Styles
	lines []string
}

// section starts a part of the screen: a blank line and its title.
func (p *page) section(title string) { p.lines = append(p.lines, "", p.st.Title.Render(title)) }

// fields appends the values that are not empty, labels in a column.
func (p *page) fields(c common.Common, fs []field) {
	labelW := 0
	for _, f := range fs {
		labelW = max(labelW, lipgloss.Width(fieldName(c.Text, f.key)))
	}
	for _, f := range fs {
		if strings.TrimSpace(f.value) != "" {
			p.hang(p.st.Muted.Render(common.Fit(fieldName(c.Text, f.key), labelW)), labelW+1, p.st.App, f.value)
		}
	}
}

// hang appends s wrapped in w-indent cells: the first line after head, the
// others indented under it.
func (p *page) hang(head string, indent int, style lipgloss.Style, s string) {
	lines := common.Wrap(common.Inert(s), max(p.w-indent, 10))
	for i, l := range lines {
		lead := strings.Repeat(" ", indent)
		if i == 0 {
			lead = common.Fit(head, indent)
		}
		p.lines = append(p.lines, lead+style.Render(l))
	}
}

// visitTexts are the visit's text messages to send (S11): before it once
// agreed, after it once the engineer left; the desk shows them to send
// until the station's gateway sends them.
func visitTexts(c common.Common, r onsite.Request) []struct{ label, text string } {
	var out []struct{ label, text string }
	if b, err := onsite.BeforeVisit(r, c.Onsite.Brand, c.Station.Phone, c.Cfg.Location); err == nil {
		out = append(out, struct{ label, text string }{c.Text.T("onsite.text.before"), common.Inert(b.Text)})
	}
	if a, err := onsite.AfterVisit(r, c.Onsite.Brand, c.Station.Phone); err == nil {
		out = append(out, struct{ label, text string }{c.Text.T("onsite.text.after"), common.Inert(a.Text)})
	}
	return out
}
