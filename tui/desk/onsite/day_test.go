package onsiteboard

import (
	"time"

	"frontdesk/onsite"
	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/desk/parts"
)

// now is the tests' clock: Monday 2026-11-23, 10:30 in Shanghai.
var now = time.Date(2026, 11, 23, 2, 30, 0, 0, time.UTC)

// at is a station-local time "15:04" on the tests' day, n days on.
func at(hhmm string, n int) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04", "2026-11-23 "+hhmm, queue.DefaultConfig().Location)
	if err != nil {
		panic(err)
	}
	return t.AddDate(0, 0, n).UTC()
}

// req is a new request number seq, received at the local time hhmm today.
func req(seq uint64, hhmm, name, company string) onsite.Request {
	rec := at(hhmm, 0)
	return onsite.Request{
		ID: seq, Number: onsite.RequestNumber(at("12:00", 0).In(queue.DefaultConfig().Location), seq),
		State: onsite.StateNew, Received: rec, Answered: rec.Add(2 * time.Minute), Taker: "刘调度",
		Customer: onsite.Customer{Name: name, Company: company, Phone: "13800138000", Address: "海淀区中关村大街1号"},
		Device:   onsite.Device{Kind: "notebook", Model: "ThinkPad X1", Serial: "PF2ABCDE"},
		Fault:    "开机无显示",
		History:  []onsite.Step{{At: rec, Who: "刘调度", Kind: onsite.StepState, To: onsite.StateNew}},
	}
}

// visitOf schedules r for engineer from..to (local "15:04", day n).
func visitOf(r onsite.Request, engineer, from, to string, n int) onsite.Request {
	r.State = onsite.StateScheduled
	r.Visit = onsite.Visit{Engineer: engineer, Start: at(from, n), End: at(to, n)}
	r.History = append(r.History, onsite.Step{At: r.Received.Add(10 * time.Minute), Who: "刘调度", Kind: onsite.StepSchedule, Text: engineer})
	return r
}

// day is a realistic Monday morning: three engineers' visits today and
// tomorrow, one rescheduled after a clash, one near its 2-hour limit, one
// past it, a call-back due, a part awaited, two waiting to be scheduled.
func day() []onsite.Request {
	near := visitOf(req(1, "08:50", "王建国", "北京星河科技有限公司"), "张工", "10:45", "12:00", 0) // due 10:50
	missed := visitOf(req(2, "08:31", "陈晓", ""), "李工", "11:00", "12:30", 0)          // Friday 16:00: due 09:00, cap 10:00
	missed.Received = at("16:00", -3)
	missed.Answered, missed.History[0].At = missed.Received.Add(3*time.Minute), missed.Received
	onSite := visitOf(req(3, "09:10", "赵敏", "海淀第一中学"), "王工", "09:45", "11:15", 0)
	onSite.State, onSite.Record.Arrived = onsite.StateOnSite, at("09:50", 0)
	moved := visitOf(req(4, "09:20", "孙丽", ""), "张工", "14:00", "15:30", 0)
	// First booked 10:30–12:00, which clashed with #1; agreed again for 14:00.
	moved.History[1].Text = "张工 " + at("10:30", 0).Format(time.RFC3339) + " " + at("12:00", 0).Format(time.RFC3339)
	moved.History = append(moved.History, onsite.Step{At: at("09:40", 0), Who: "刘调度", Kind: onsite.StepSchedule,
		Text: "张工 " + at("14:00", 0).Format(time.RFC3339) + " " + at("15:30", 0).Format(time.RFC3339)})
	guided := req(5, "08:15", "周杰", "")
	guided.State = onsite.StateGuided
	guided.Guidance = &onsite.Guidance{At: at("08:20", 0), By: "刘调度", Note: "重装驱动", CallBack: at("10:20", 0)}
	parts := visitOf(req(6, "09:55", "吴刚", "中关村软件园"), "李工", "09:00", "10:30", 1)
	parts.Parts = []onsite.Part{{Name: "主板"}}
	fresh := req(7, "10:20", "郑爽", "")
	fresh2 := req(8, "10:28", "Müller GmbH", "")
	tomorrow := visitOf(req(9, "10:05", "钱多多", "海龙电子城"), "王工", "13:30", "15:00", 1)
	return []onsite.Request{near, missed, onSite, moved, guided, parts, fresh, fresh2, tomorrow}
}

// testCommon is the shared value of the tests on st, in lang, at now.
func testCommon(lang string, st *fakeStore) common.Common {
	c := desktest.Common(lang)
	c.Now = func() time.Time { return st.now }
	c.Onsite = onsite.DefaultConfig()
	c.Repair = repair.DefaultConfig()
	c.Store = st
	return c
}

// board is the board on st, read, at w×h.
func board(lang string, st *fakeStore, w, h int) Model {
	m, cmd := New(testCommon(lang, st), parts.Session{Counter: 3, Engineer: "刘调度"})
	m.SetSize(w, h)
	return desktest.Run(m, cmd)
}
