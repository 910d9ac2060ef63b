package hotline

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"frontdesk/onsite"
	"frontdesk/repair"
	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/desk/parts"
)

// desk is the stand-in root around the screen (desktest.Desk).
type desk = desktest.Desk[Model, *Model]

// The business customer of the tests: 王芳 of 华信科技, a notebook in
// repair and an on-site request for her printer, a visit agreed.
const (
	bizPhone   = "13812340000"
	bizOrder   = "R2611200005"
	bizCompany = "华信科技有限公司"
)

// station is a database with the business customer's order and request.
func station(t *testing.T) (*desktest.Station, onsite.Request) {
	t.Helper()
	s := desktest.NewStation(t)
	o := s.Order(desktest.Brought{
		Number: bizOrder, Received: "2026-11-20 10:00", Promised: "2026-11-23 18:00",
		Name: "王芳", Phone: bizPhone, Device: "notebook", Brand: "联想", Model: "ThinkPad T14", Serial: "PF3T14WF",
		Fault: "开机蓝屏",
	})
	o.Intake.Kind, o.Intake.Company = repair.Business, bizCompany
	s.Store(o)
	s.Do(bizOrder, "2026-11-20 11:00", "王工", desktest.Move(repair.StateDiagnosing, ""))
	r, ps := onsite.Check(onsite.Request{
		Customer: onsite.Customer{Name: "王芳", Company: bizCompany, Position: "行政主管", Phone: bizPhone,
			Address: "北京市海淀区中关村大街 1 号 5 层"},
		Device: onsite.Device{Kind: "printer", Model: "惠普 LaserJet M1136", Serial: "CNB1X2Y3"},
		Fault:  "打印卡纸", NetworkAsked: true, Network: true,
	}, s.Now)
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	req, err := s.St.OpenRequest("张工", r)
	if err != nil {
		t.Fatal(err)
	}
	start := desktest.Local("2026-11-23 10:00")
	req, err = s.St.UpdateRequest("张工", req.ID, func(r onsite.Request, now time.Time) (onsite.Request, error) {
		err := onsite.Schedule(&r, "王工", start, start.Add(time.Hour), nil, onsite.DefaultConfig(), start.Location(), "张工", now)
		return r, err
	})
	if err != nil {
		t.Fatal(err)
	}
	return s, req
}

// onStation is the hotline on s in lang at w×h, opened as the root opens
// it, its first reads done.
func onStation(t *testing.T, s *desktest.Station, lang string, w, h int) desk {
	t.Helper()
	c := desktest.CommonWith(s.St, lang)
	c.SetSize(w, h)
	m, cmd := New(c, desktest.Session())
	return desktest.NewDesk[Model, *Model](m, parts.Status{Text: "an earlier screen's", Bad: true}, cmd)
}

// keys is typed text and named keys, as desktest.Press has them.
func keys(k ...string) []tea.Msg { return desktest.Press(k...) }

// drive sends the keys, running what they ask as the runtime would.
func drive(d desk, k ...string) desk { return desktest.Drive(d, keys(k...)...) }

// calls are the calls logged on s, every owner's open ones and the closed
// ones alike, by id from 1.
func calls(t *testing.T, s *desktest.Station) []onsite.Call {
	t.Helper()
	var out []onsite.Call
	for id := uint64(1); ; id++ {
		c, found, err := s.St.HotlineCall(id)
		if err != nil {
			t.Fatal(err)
		}
		if !found {
			return out
		}
		out = append(out, c)
	}
}
