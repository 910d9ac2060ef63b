package report

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"charm.land/lipgloss/v2"

	"frontdesk/queue"
	"frontdesk/repair"
	rpt "frontdesk/report"
	"frontdesk/tui/common"
	"frontdesk/tui/i18n"
)

// Section is one titled block of a report as text.
type Section struct {
	Title string
	Lines []string
}

// Title is the report's heading: what kind of report, of which period, and
// up to when.
func Title(t i18n.Catalog, r rpt.Report) (title, asOf string) {
	p := r.Period
	name := p.Name()
	switch p.Kind {
	case rpt.KindDay:
		name += " " + t.T("report.weekday."+strconv.Itoa(int(p.Start().Weekday())))
	case rpt.KindQuarter, rpt.KindHalf, rpt.KindYear:
		name += " (" + p.First + " – " + p.Last + ")"
	default:
		// A range's name is its first and last day already.
	}
	return t.T("report.title", t.T("report.kind."+string(p.Kind)), name),
		t.T("report.asOf", r.AsOf.In(loc(p)).Format("2006-01-02 15:04"))
}

// Text is a report as `frontdesk report` prints it: the heading, then every
// section, in one column of at most width cells.
func Text(t i18n.Catalog, cfg queue.Config, r rpt.Report, width int) string {
	title, asOf := Title(t, r)
	lines := []string{title + "  " + asOf}
	for _, s := range Sections(t, cfg, r, width) {
		lines = append(lines, "", s.Title)
		lines = append(lines, s.Lines...)
	}
	return strings.Join(lines, "\n")
}

// Sections renders a report as titled blocks, each line at most width
// cells: for a day or a range the queue first (R1), for a quarter,
// half-year or year the recurring faults (R2). Text from the database is
// made inert.
func Sections(t i18n.Catalog, cfg queue.Config, r rpt.Report, width int) []Section {
	f := fmtr{t: t}
	queue := []Section{f.queue(cfg, r, width), f.hours(r, width), f.counters(r, width), f.engineers(r, width)}
	orders := []Section{f.orders(r), f.inspection(r, width), f.visits(r), f.models(r, width)}
	all := append([]Section{orders[3], orders[0], orders[1], orders[2], f.onsite(r, width)}, queue...)
	if r.Period.Kind == rpt.KindDay || r.Period.Kind == rpt.KindRange {
		all = append(append(queue, orders...), f.onsite(r, width))
	}
	for i := range all {
		all[i].Lines = cut(all[i].Lines, width)
	}
	return all
}

// fmtr formats figures in the catalogue's language.
type fmtr struct{ t i18n.Catalog }

// dur is a duration in the largest two units that matter: 45秒, 12分,
// 6时10分, 5天5时.
func (f fmtr) dur(d time.Duration) string {
	switch {
	case d < time.Minute:
		return f.t.T("report.dur.s", int(d/time.Second))
	case d < time.Hour:
		return f.t.T("report.dur.m", int(d/time.Minute))
	case d < 24*time.Hour:
		return f.t.T("report.dur.hm", int(d/time.Hour), int(d%time.Hour/time.Minute))
	}
	return f.t.T("report.dur.dh", int(d/(24*time.Hour)), int(d%(24*time.Hour)/time.Hour))
}

// triple is median/p90/longest, or a dash when there is nothing.
func (f fmtr) triple(s rpt.Stat) string {
	if s.N == 0 {
		return "—"
	}
	return f.dur(s.Median) + "/" + f.dur(s.P90) + "/" + f.dur(s.Max)
}

// stat is a Stat in words, with its count.
func (f fmtr) stat(s rpt.Stat) string {
	if s.N == 0 {
		return "—"
	}
	return f.t.T("report.stat", f.dur(s.Median), f.dur(s.P90), f.dur(s.Max), s.N)
}

func (f fmtr) queue(cfg queue.Config, r rpt.Report, width int) Section {
	t := f.t
	rows := make([][]string, 0, 1+len(r.Types)+1) // the header, the types, the total
	rows = append(rows, []string{
		t.T("report.col.type"), t.T("report.col.issued"), t.T("report.col.served"),
		t.T("report.col.noshow"), t.T("report.col.wait"), t.T("report.col.service"),
	})
	row := func(name string, s rpt.TicketStats) []string {
		return []string{name, n(s.Issued), n(s.Served), n(s.NoShows), f.triple(s.Wait), f.triple(s.Service)}
	}
	for _, ty := range r.Types {
		name := common.Inert(ty.Code) // from the database
		if _, err := cfg.Type(ty.Code); err == nil {
			name += " " + common.TypeName(t, cfg, ty.Code)
		}
		rows = append(rows, row(name, ty.TicketStats))
	}
	rows = append(rows, row(t.T("report.total"), r.Tickets))
	s := r.Tickets
	lines := append([]string{"  " + t.T("report.queue.sum", s.Issued, s.Served, s.NoShows, s.Cancelled)},
		table(rows, width, 0, "lrrrll")...)
	lines = append(lines, "  "+t.T("report.walk", f.triple(s.Walk))+" · "+t.T("report.whole", f.triple(s.Total)))
	return Section{Title: t.T("report.queue"), Lines: lines}
}

// eighths are the partial blocks of a bar, by eighths of a cell.
var eighths = []string{"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"}

// hours is the arrivals per hour as a bar chart: one row per hour from the
// first hour anyone came to the last, the bar in block characters scaled
// to the busiest hour, the count at the end.
func (f fmtr) hours(r rpt.Report, width int) Section {
	title := f.t.T("report.hours")
	if d := r.Period.Days(); d > 1 {
		title = f.t.T("report.hours.sum", d)
	}
	first, last, most := -1, -1, 0
	for h, c := range r.Hours {
		if c > 0 {
			if first < 0 {
				first = h
			}
			last, most = h, max(most, c)
		}
	}
	if first < 0 {
		return Section{Title: title, Lines: []string{"  " + f.t.T("none")}}
	}
	labelW := lipgloss.Width(f.t.T("report.hour", 0))
	countW := len(strconv.Itoa(most))
	barW := min(max(width-2-labelW-1-1-countW, 8), 60)
	var lines []string
	for h := first; h <= last; h++ {
		c := r.Hours[h]
		e := c * barW * 8 / most
		bar := strings.Repeat("█", e/8) + eighths[e%8]
		bar += strings.Repeat(" ", barW-lipgloss.Width(bar))
		lines = append(lines, fmt.Sprintf("  %s %s %*d", f.t.T("report.hour", h), bar, countW, c))
	}
	return Section{Title: title, Lines: lines}
}

func (f fmtr) counters(r rpt.Report, width int) Section {
	t := f.t
	rows := make([][]string, 0, 1+len(r.Counters))
	rows = append(rows, []string{
		t.T("report.col.counter"), t.T("report.col.served"), t.T("report.col.noshow"),
		t.T("report.col.service"), t.T("report.col.received"),
	})
	for _, c := range r.Counters {
		rows = append(rows, []string{t.T("counter.short", c.Counter), n(c.Served), n(c.NoShows), f.triple(c.Service), n(c.Received)})
	}
	return Section{Title: t.T("report.counters"), Lines: orNone(t, rows, width, 0, "lrrlr")}
}

func (f fmtr) engineers(r rpt.Report, width int) Section {
	t := f.t
	rows := make([][]string, 0, 1+len(r.Engineers))
	rows = append(rows, []string{
		t.T("report.col.name"), t.T("report.col.served"), t.T("report.col.medianSvc"),
		t.T("report.col.received"), t.T("report.col.ready"), t.T("report.col.handed"),
	})
	for _, e := range r.Engineers {
		name := common.Inert(e.Name)
		if strings.TrimSpace(name) == "" {
			name = t.T("report.unrecorded")
		}
		med := "—"
		if e.Service.N > 0 {
			med = f.dur(e.Service.Median)
		}
		rows = append(rows, []string{name, n(e.Served), med, n(e.Received), n(e.Ready), n(e.Collected)})
	}
	return Section{Title: t.T("report.engineers"), Lines: orNone(t, rows, width, 0, "lrrrrr")}
}

func (f fmtr) orders(r rpt.Report) Section {
	t, o := f.t, r.Orders
	turn := func(key string, s rpt.Stat) string { return "  " + t.T(key) + " " + f.stat(s) }
	return Section{Title: t.T("report.orders"), Lines: []string{
		"  " + t.T("report.orders.sum", o.Received, o.Ready, o.Collected, o.Cancelled, o.Returned, o.Open),
		"  " + t.T("report.orders.overdue", o.Overdue, o.OverdueOpen, o.LateReady),
		turn("report.turn.ready", o.ReceivedToReady),
		turn("report.turn.collect", o.ReadyToCollected),
		turn("report.turn.whole", o.ReceivedToCollected),
		"  " + f.handedBack(r.HandedBack),
	}}
}

// handedBack is the devices handed back at intake, and why, most often first.
func (f fmtr) handedBack(h rpt.HandBacks) string {
	t := f.t
	why := make([]string, 0, len(h.Reasons))
	for _, r := range h.Reasons {
		reason := repair.HandBackOther
		if slices.Contains(repair.HandBackReasons, repair.HandBackReason(r.Reason)) {
			reason = repair.HandBackReason(r.Reason)
		}
		why = append(why, t.T("report.handedBack.reason", t.T("intake.hb.r."+string(reason)), r.Count))
	}
	if len(why) == 0 {
		return t.T("report.handedBack", h.Total, t.T("none"))
	}
	return t.T("report.handedBack", h.Total, strings.Join(why, t.T("intake.listSep")))
}

func (f fmtr) inspection(r rpt.Report, width int) Section {
	rows := make([][]string, 0, len(r.Inspection.Latest))
	for _, x := range r.Inspection.Latest {
		rows = append(rows, []string{common.Inert(x.Number), x.At.In(loc(r.Period)).Format("01-02 15:04"), common.Inert(x.Who), common.Inert(x.Text)})
	}
	lines := table(rows, width, 3, "llll")
	if len(rows) == 0 {
		lines = []string{"  " + f.t.T("none")}
	}
	return Section{Title: f.t.T("report.inspection", r.Inspection.Failures), Lines: lines}
}

func (f fmtr) visits(r rpt.Report) Section {
	v := r.Visits
	lines := []string{"  " + f.t.T("report.visits.sum", v.Reached, v.NotReached)}
	if v.Reached > 0 {
		scores := make([]string, 0, len(v.Satisfaction))
		for i, c := range v.Satisfaction {
			scores = append(scores, fmt.Sprintf("%d:%d", i+1, c))
		}
		lines = append(lines, "  "+f.t.T("report.visits.sat", strings.Join(scores, " "), v.Mean))
	}
	return Section{Title: f.t.T("report.visits"), Lines: lines}
}

// onsite is the on-site requests' figures: how many, solved on the
// phone, visited and done, escalated; S8 kept per engineer.
func (f fmtr) onsite(r rpt.Report, width int) Section {
	t, o := f.t, r.Onsite
	pct := func(x float64) string { return strconv.Itoa(int(x*100+0.5)) + "%" }
	lines := []string{
		"  " + t.T("report.onsite.sum", o.Requests, o.Guided, o.PhoneSolved, pct(o.PhoneShare())),
		"  " + t.T("report.onsite.visits", o.Visits, o.Done, o.Escalated, o.Cancelled),
		"  " + t.T("report.onsite.s8", o.OnTime, o.Late, o.Missed, pct(o.OnTimeShare())),
	}
	if len(o.Engineers) > 0 {
		rows := [][]string{{t.T("report.col.name"), t.T("report.col.visits"), t.T("report.col.onTime"), t.T("report.col.late"), t.T("report.col.missed")}}
		for _, e := range o.Engineers {
			name := common.Inert(e.Name)
			if strings.TrimSpace(name) == "" {
				name = t.T("report.unrecorded")
			}
			rows = append(rows, []string{name, n(e.Visits), n(e.OnTime), n(e.Late), n(e.Missed)})
		}
		lines = append(lines, table(rows, width, 0, "lrrrr")...)
	}
	return Section{Title: t.T("report.onsite"), Lines: lines}
}

func (f fmtr) models(r rpt.Report, width int) Section {
	t := f.t
	rows := make([][]string, 0, 1+len(r.Models))
	rows = append(rows, []string{t.T("report.col.model"), t.T("report.col.orders"), t.T("report.col.comebacks"), t.T("report.col.fault")})
	for _, m := range r.Models {
		rows = append(rows, []string{common.Inert(m.Model), n(m.Orders), n(m.Comebacks), common.Inert(m.Fault)})
	}
	lines := orNone(t, rows, width, 3, "lrrl")
	if r.ModelCount > len(r.Models) {
		lines = append(lines, "  "+t.T("report.models.more", r.ModelCount, len(r.Models)))
	}
	return Section{Title: t.T("report.models"), Lines: lines}
}

// table lines up rows (the first is the heading when there are others) in
// columns two cells apart, indented by two, "l" or "r" aligned as align
// says; when the table is wider than width, column flex is narrowed and
// its cells cut.
func table(rows [][]string, width, flex int, align string) []string {
	var widths []int
	for _, r := range rows {
		for i, cell := range r {
			if i == len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], lipgloss.Width(cell))
		}
	}
	total := 2*len(widths) + sum(widths)
	if over := total - width; over > 0 && flex < len(widths) {
		widths[flex] = max(widths[flex]-over, 4)
	}
	out := make([]string, len(rows))
	for j, r := range rows {
		var b strings.Builder
		b.WriteString("  ")
		for i, cell := range r {
			cell = common.Cut(cell, widths[i])
			pad := strings.Repeat(" ", widths[i]-lipgloss.Width(cell))
			switch {
			case align[i] == 'r':
				b.WriteString(pad + cell)
			case i < len(r)-1:
				b.WriteString(cell + pad)
			default:
				b.WriteString(cell)
			}
			if i < len(r)-1 {
				b.WriteString("  ")
			}
		}
		out[j] = strings.TrimRight(b.String(), " ")
	}
	return out
}

// orNone is table, or "none" when rows has only its heading.
func orNone(t i18n.Catalog, rows [][]string, width, flex int, align string) []string {
	if len(rows) < 2 {
		return []string{"  " + t.T("none")}
	}
	return table(rows, width, flex, align)
}

// cut keeps every line within width cells.
func cut(lines []string, width int) []string {
	for i, l := range lines {
		lines[i] = common.Cut(l, width)
	}
	return lines
}

func n(i int) string { return strconv.Itoa(i) }

func sum(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func loc(p rpt.Period) *time.Location {
	if p.Loc == nil {
		return time.UTC
	}
	return p.Loc
}
