package onsiteboard

import (
	"cmp"
	"slices"
	"time"

	"frontdesk/onsite"
	"frontdesk/tui/common"
)

// List is one of the board's lists, chosen by its digit.
type List int

// The lists, in the order of their digits 1–5.
const (
	ListOpen     List = iota // every open request, the worst clock first
	ListSchedule             // new, no visit yet
	ListCallBack             // the call-back after phone guidance is due
	ListParts                // a part awaited
	ListRisk                 // a clock near or missed (onsite.AtRisk)
)

// Lists are the board's lists in the order of their digits.
var Lists = []List{ListOpen, ListSchedule, ListCallBack, ListParts, ListRisk}

// listKeys are the lists' catalogue keys.
var listKeys = []string{"onsite.list.open", "onsite.list.schedule", "onsite.list.callback", "onsite.list.parts", "onsite.list.risk"}

// row is one open request as the board lists it, its cells made once per
// read or minute, never per keystroke.
type row struct {
	id       uint64
	number   string
	customer string
	state    string
	clock    string // the clock that matters, with its time left
	level    onsite.Level
	visit    string // the engineer and the visit's time, "" when none
	left     time.Duration
}

// data is what the board shows of the open requests at one minute: every
// row, and each list as indexes into them in its order.
type data struct {
	rows   []row
	lists  [5][]int
	visits []visit // today's and the next service day's, for the timeline
	minute time.Time
}

// visit is one block of the timeline.
type visit struct {
	engineer   string
	label      string // "#3": the day's sequence of the request's number
	start, end time.Time
	onSite     bool // the engineer is there now
}

// compute makes the rows and lists of rs at now, and the visits of the
// days from..until: once per read or minute.
func compute(c common.Common, rs []onsite.Request, now time.Time, from, until time.Time) data {
	d := data{minute: now, rows: make([]row, 0, len(rs))}
	loc := c.Cfg.Location
	type key struct {
		level onsite.Level
		left  time.Duration
	}
	keys := make([]key, 0, len(rs))
	for _, r := range rs {
		if !r.Open() {
			continue
		}
		clocks := onsite.Clocks(r, c.Onsite, loc, now)
		rw := newRow(c, r, clocks, now)
		i := len(d.rows)
		d.rows = append(d.rows, rw)
		keys = append(keys, key{rw.level, rw.left})
		if r.State == onsite.StateNew && r.Visit.Engineer == "" {
			d.lists[ListSchedule] = append(d.lists[ListSchedule], i)
		}
		if awaiting(r) {
			d.lists[ListParts] = append(d.lists[ListParts], i)
		}
		if v := r.Visit; v.Engineer != "" && !v.Start.IsZero() && v.Start.Before(until) && v.End.After(from) {
			d.visits = append(d.visits, visit{engineer: v.Engineer, label: seqLabel(r.Number), start: v.Start, end: v.End,
				onSite: r.State == onsite.StateOnSite})
		}
	}
	open := make([]int, len(d.rows))
	for i := range open {
		open[i] = i
	}
	slices.SortStableFunc(open, func(a, b int) int {
		return cmp.Or(cmp.Compare(keys[b].level, keys[a].level), cmp.Compare(keys[a].left, keys[b].left),
			cmp.Compare(d.rows[a].number, d.rows[b].number))
	})
	d.lists[ListOpen] = open
	// At risk: onsite.AtRisk's order, the soonest due first.
	index := make(map[uint64]int, len(d.rows))
	for i, rw := range d.rows {
		index[rw.id] = i
	}
	for _, r := range onsite.AtRisk(rs, c.Onsite, loc, now) {
		if i, ok := index[r.ID]; ok {
			d.lists[ListRisk] = append(d.lists[ListRisk], i)
		}
	}
	// Call-backs due: onsite.CallBackDue's order, the longest overdue first.
	for _, r := range onsite.CallBackDue(rs, now) {
		if i, ok := index[r.ID]; ok {
			d.lists[ListCallBack] = append(d.lists[ListCallBack], i)
		}
	}
	return d
}

// awaiting reports whether a part of r is awaited (S5): not in stock and
// not arrived.
func awaiting(r onsite.Request) bool {
	return slices.ContainsFunc(r.Parts, func(p onsite.Part) bool { return !p.InStock && p.Arrived.IsZero() })
}

// seqLabel is the block's label of a request number: "#" and the day's
// sequence without its zeros ("S2611230003" → "#3").
func seqLabel(number string) string {
	if len(number) <= 7 {
		return "#" + number
	}
	seq := number[7:]
	for len(seq) > 1 && seq[0] == '0' {
		seq = seq[1:]
	}
	return "#" + seq
}

// matters is the clock a row shows: the worst still running, the least
// left first; none when every clock was met.
func matters(clocks []onsite.Clock) (onsite.Clock, bool) {
	var best onsite.Clock
	found := false
	for _, k := range clocks {
		if !k.At.IsZero() {
			continue
		}
		if !found || k.Level > best.Level || k.Level == best.Level && k.Left < best.Left {
			best, found = k, true
		}
	}
	return best, found
}
