package onsiteboard

import (
	"strings"
	"time"

	"charm.land/lipgloss/v2"

	"frontdesk/onsite"
	"frontdesk/tui/common"
)

// days are the timeline's two days: today and the next service day, each
// as its midnight in the station's zone.
type days struct{ today, next time.Time }

// dayOf is midnight of t's date in loc, with n days added.
func dayOf(t time.Time, loc *time.Location, n int) time.Time {
	y, m, d := t.In(loc).Date()
	return time.Date(y, m, d+n, 0, 0, 0, 0, loc)
}

// twoDays are today and the next service day after it (within two weeks,
// else tomorrow).
func twoDays(cfg onsite.Config, loc *time.Location, now time.Time) days {
	ds := days{today: dayOf(now, loc, 0), next: dayOf(now, loc, 1)}
	for n := 1; n <= 14; n++ {
		if d := dayOf(now, loc, n); cfg.ServiceDay(d, loc) {
			ds.next = d
			break
		}
	}
	return ds
}

// span is the service hours of day: where the timeline begins and ends.
func span(cfg onsite.Config, day time.Time) (open, close time.Time) {
	y, m, d := day.Date()
	open = time.Date(y, m, d, 0, 0, 0, int(cfg.Open), day.Location())
	close = time.Date(y, m, d, 0, 0, 0, int(cfg.Close), day.Location())
	if !close.After(open) {
		open, close = day, day.Add(24*time.Hour)
	}
	return open, close
}

// cellKind is what one cell of a half holds.
type cellKind int

const (
	cellEmpty cellKind = iota
	cellHour           // an hour's tick
	cellNow            // the current time
	cellBlock          // a visit
	cellHere           // a visit the engineer is at now
)

// timelineLines draw the visits of each engineer on the two days, service
// hours across w cells: the days' names, the hours, and one row per
// engineer, each visit a block with its request's label, now marked │.
// Drawn once per read, minute or resize.
func timelineLines(c common.Common, engineers []string, visits []visit, ds days, now time.Time, w int) []string {
	st, t := c.Styles, c.Text
	labelW := 4
	for _, e := range engineers {
		labelW = max(labelW, min(lipgloss.Width(e), 8))
	}
	labelW++
	hw := (w - labelW - 1) / 2
	if hw < 12 {
		return []string{st.Muted.Render(common.Cut(t.T("onsite.timeline.narrow"), w))}
	}
	loc := ds.today.Location()
	now = now.In(loc)
	dayName := func(d time.Time, first bool) string {
		name := t.T("onsite.day", d.Format("01-02"), t.T("onsite.wd."+d.Format("Mon")))
		if first {
			name = t.T("onsite.today") + " " + name + "  " + t.T("onsite.now", now.Format("15:04"))
		}
		return common.Fit(name, hw)
	}
	sep := st.Muted.Render("│")
	pad := strings.Repeat(" ", labelW)
	lines := []string{
		pad + st.Title.Render(dayName(ds.today, true)) + " " + st.Title.Render(dayName(ds.next, false)),
		pad + st.Muted.Render(hours(c.Onsite, ds.today, hw)) + sep + st.Muted.Render(hours(c.Onsite, ds.next, hw)),
	}
	if len(engineers) == 0 {
		return append(lines, pad+st.Muted.Render(t.T("onsite.timeline.none")))
	}
	for _, e := range engineers {
		left := half(c, e, visits, ds.today, now, hw, true)
		right := half(c, e, visits, ds.next, now, hw, false)
		lines = append(lines, common.Fit(common.Inert(e), labelW)+left+sep+right)
	}
	return lines
}

// hours is the hours' line of day's half: each whole hour's number at its
// place.
func hours(cfg onsite.Config, day time.Time, hw int) string {
	open, close := span(cfg, day)
	cells := []rune(strings.Repeat(" ", hw))
	for h := open.Truncate(time.Hour); !h.After(close); h = h.Add(time.Hour) {
		if h.Before(open) {
			continue
		}
		i := col(open, close, h, hw)
		s := []rune(h.Format("15"))
		if s[0] == '0' {
			s = s[1:]
		}
		if i+len(s) > hw || i > 0 && cells[i-1] != ' ' {
			continue
		}
		copy(cells[i:], s)
	}
	return string(cells)
}

// col is the cell of t on a half hw wide from open to close.
func col(open, close, t time.Time, hw int) int {
	i := int(int64(hw) * int64(t.Sub(open)) / int64(close.Sub(open)))
	return min(max(i, 0), hw-1)
}

// half is engineer e's row on day: the hours ticked, each visit a block
// "#3━━", on today the current time.
func half(c common.Common, e string, visits []visit, day, now time.Time, hw int, today bool) string {
	open, close := span(c.Onsite, day)
	kinds := make([]cellKind, hw)
	cells := make([]rune, hw)
	for i := range cells {
		cells[i] = ' '
	}
	for h := open.Truncate(time.Hour); !h.After(close); h = h.Add(time.Hour) {
		if !h.Before(open) && h.Before(close) {
			i := col(open, close, h, hw)
			cells[i], kinds[i] = '·', cellHour
		}
	}
	if today && !now.Before(open) && now.Before(close) {
		i := col(open, close, now, hw)
		cells[i], kinds[i] = '┆', cellNow
	}
	for _, v := range visits {
		if v.engineer != e || !v.start.Before(close) || !v.end.After(open) {
			continue
		}
		a, b := col(open, close, v.start, hw), col(open, close, v.end, hw)
		b = max(b, a+1)
		if !v.end.Before(close) {
			b = hw
		}
		kind := cellBlock
		if v.onSite {
			kind = cellHere
		}
		label := []rune(v.label)
		for i := a; i < b && i < hw; i++ {
			cells[i], kinds[i] = '━', kind
			if j := i - a; j < len(label) && b-a >= len(label) {
				cells[i] = label[j]
			}
		}
		if b-a < len(label) { // too short for its label: its start marked
			cells[a] = '#'
		}
	}
	return runs(c.Styles, cells, kinds)
}

// runs draws the cells, each run of one kind in its style.
func runs(st common.Styles, cells []rune, kinds []cellKind) string {
	var b strings.Builder
	style := func(k cellKind) lipgloss.Style {
		switch k {
		case cellBlock:
			return st.Current
		case cellHere:
			return st.Priority
		case cellNow:
			return st.LongWait
		}
		return st.Muted
	}
	for i := 0; i < len(cells); {
		j := i
		for j < len(cells) && kinds[j] == kinds[i] {
			j++
		}
		b.WriteString(style(kinds[i]).Render(string(cells[i:j])))
		i = j
	}
	return b.String()
}
