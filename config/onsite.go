package config

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"frontdesk/onsite"
)

// The [onsite] table: the service hours and the response limits of S8
// (DOMAIN.md, seed 004), the paid visit's fee and the brand the engineer
// says when calling ahead.

// weekdays are the names a service day is written with, Sunday first as
// time.Weekday counts.
var weekdays = []string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"}

func onsiteTable(t *table, o *onsite.Config) {
	if _, set := t.m["days"]; set {
		var days []string
		t.strings("days", &days)
		o.Days = nil
		for _, d := range days {
			i := slices.Index(weekdays, strings.ToLower(strings.TrimSpace(d)))
			if i < 0 {
				t.fail("days", Error{Kind: KindChoice, Value: d, Want: strings.Join(weekdays, " "),
					Msg: fmt.Sprintf("%q is not a day: one of %s", d, strings.Join(weekdays, " "))})
				return
			}
			o.Days = append(o.Days, time.Weekday(i))
		}
	}
	t.strings("holidays", &o.Holidays)
	t.strings("workdays", &o.Workdays)
	t.clock("opens", &o.Open)
	t.clock("closes", &o.Close)
	t.duration("answer", &o.Answer)
	t.duration("on_site", &o.OnSite)
	t.duration("on_site_max", &o.OnSiteMax)
	t.duration("remote", &o.Remote)
	t.duration("restore", &o.Restore)
	t.duration("call_back", &o.CallBack)
	t.int("fee", &o.Fee)
	t.str("brand", &o.Brand)
}

// clock reads a time of day, "08:30".
func (t *table) clock(key string, dst *time.Duration) {
	var s string
	if !t.str(key, &s) {
		return
	}
	d, err := onsite.ParseClock(strings.TrimSpace(s))
	if err != nil {
		t.fail(key, Error{Kind: KindClock, Value: s, Msg: fmt.Sprintf("%q is not a time of day (write \"08:30\")", s)})
		return
	}
	*dst = d
}

// writeOnsite documents the [onsite] table.
func writeOnsite(w *writer, k func(table string) func(key, value string, doc ...string), o onsite.Config) {
	w.table("onsite", "上门服务 — on-site visits: service hours and the response limits (seed 004)")
	ok := k("onsite")
	var days []string
	for _, d := range o.Days {
		days = append(days, weekdays[d])
	}
	ok("days", quoteList(days),
		"The service days: \"mon\" to \"sun\". The clocks of S8 count only service",
		"time: an hour after closing or on a day off does not count.")
	ok("holidays", quoteList(o.Holidays),
		"Dates (\"2026-10-01\") that are not service days whatever their weekday.")
	ok("workdays", quoteList(o.Workdays),
		"Dates that are service days whatever their weekday (调休).")
	ok("opens", quote(onsite.ClockText(o.Open)), "Service hours of a service day, in the station's time zone.")
	ok("closes", quote(onsite.ClockText(o.Close)))
	ok("answer", quote(formatDuration(o.Answer)), "A phone request is answered within this.")
	ok("on_site", quote(formatDuration(o.OnSite)),
		"The engineer is on site within this of the request, in service hours (the",
		"target: the board warns past it) ...")
	ok("on_site_max", quote(formatDuration(o.OnSiteMax)), "... and never later than this (past it the visit missed its limit).")
	ok("remote", quote(formatDuration(o.Remote)), "Remote handling (phone guidance) within this.")
	ok("restore", quote(formatDuration(o.Restore)),
		"The hardware works again within this of the request, in service hours, or a",
		"business customer gets a loaner of the same class.")
	ok("call_back", quote(formatDuration(o.CallBack)), "After phone guidance, the call-back to check it is solved is due this long after.")
	ok("fee", fmt.Sprint(o.Fee), "A paid visit's fee in yuan, said on the phone (S3).")
	ok("brand", quote(o.Brand), "The brand the engineer names calling ahead: 「您好,我是联想服务工程师XXX」.")
}
