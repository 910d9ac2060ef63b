package desk

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"frontdesk/queue"
	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/i18n"
)

// lostSlipWaiting is the engineer 张工's desk at counter 3 with a pickup
// ticket called, the lost slip's identity check of readyOrder done (a
// passport ending 123X), waiting for a supervisor.
func lostSlipWaiting(t *testing.T, s *desktest.Station, lang string, w, h int) Model {
	t.Helper()
	if _, _, err := s.St.Take(queue.DefaultConfig().PickupType, false, "kiosk"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.St.CallNext(3, "张工"); err != nil {
		t.Fatal(err)
	}
	m := stationDesk(s, lang, w, h)
	m = drive(m, press("g")...)
	m = drive(m, desktest.Ctrl('l'))
	m = drive(m, press("13600002222", "enter")...)
	if m.screen != screenPickup {
		t.Fatalf("the lost slip's order was not picked:\n%s", plain(m))
	}
	m = drive(m, tea.KeyPressMsg{Code: tea.KeyRight})
	m = drive(m, press("enter", "123x", "enter")...)
	if !strings.Contains(plain(m), i18n.New(lang).T("pickup.approval.waiting")) {
		t.Fatalf("not waiting for a supervisor:\n%s", plain(m))
	}
	return m
}

// fresh is a snapshot of the station now, as the change feed brings it.
func fresh(t *testing.T, s *desktest.Station) common.SnapshotMsg {
	t.Helper()
	snap, err := s.St.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	return common.SnapshotMsg{Snap: snap}
}

// TestP1_LostSlipApprovedFromTheSupervisorsDesk: a desk asks; a second
// desk, the supervisor's SSH session, lists the request under v, opens it
// and approves it with y; the asking desk hears it on the feed and goes
// on, the verification and the events naming both people.
func TestP1_LostSlipApprovedFromTheSupervisorsDesk(t *testing.T) {
	s := desktest.MorningStation(t)
	me := s.Supervisor("李主任", "")
	eng := lostSlipWaiting(t, s, "zh", 100, 30)

	c := configured(desktest.CommonWith(s.St, "zh"))
	c.Person = me
	sup := New(c, nil, Options{Desk: "supervisor", DB: s.Path, Counter: 1, Engineer: me.Name})
	sup = send(sup, tea.WindowSizeMsg{Width: 100, Height: 30})
	sup = run(sup, sup.Init())
	if !strings.Contains(plain(sup), "v 待审批 1") {
		t.Fatalf("the supervisor's queue does not offer the request:\n%s", plain(sup))
	}
	sup = drive(sup, press("v")...)
	if sup.screen != screenApprovals || !strings.Contains(plain(sup), readyOrder) || !strings.Contains(plain(sup), "张工 · 3号台") {
		t.Fatalf("v did not list the request:\n%s", plain(sup))
	}
	sup = drive(sup, press("enter")...)
	if v := plain(sup); !strings.Contains(v, "护照 后4位 123X") || !strings.Contains(v, "y 批准") || !strings.Contains(v, "n 拒绝") {
		t.Fatalf("the request open:\n%s", v)
	}
	sup = drive(sup, press("y")...)
	if !strings.Contains(plain(sup), "已批准 "+readyOrder+" 的遗失凭证取机(张工 提出)") {
		t.Fatalf("not approved:\n%s", plain(sup))
	}
	sup = drive(sup, fresh(t, s))
	if !strings.Contains(plain(sup), "没有等待审批的请求") {
		t.Errorf("the request is still listed:\n%s", plain(sup))
	}

	eng = drive(eng, fresh(t, s))
	if eng.screen != screenPickup || !strings.Contains(plain(eng), "核验通过") || !strings.Contains(eng.sess.Status.Text, "李主任 批准") {
		t.Fatalf("the asking desk did not go on: %q\n%s", eng.sess.Status.Text, plain(eng))
	}
	seen := approvalEvents(t, s.St)
	if want := "张工: ask 1 lost-slip|李主任: approve 1 lost-slip asked by 张工"; strings.Join(seen, "|") != want {
		t.Errorf("events %q, want %q", seen, want)
	}
}

// TestP1_TheApprovalsKeyIsTheSupervisorsOnly: with a request pending, an
// engineer's queue has no v, and v there opens nothing.
func TestP1_TheApprovalsKeyIsTheSupervisorsOnly(t *testing.T) {
	s := desktest.MorningStation(t)
	s.Supervisor("李主任", "")
	lostSlipWaiting(t, s, "zh", 100, 30) // a request is pending
	other := stationDesk(s, "zh", 100, 30)
	if strings.Contains(plain(other), "待审批") {
		t.Errorf("an engineer's queue offers the approvals:\n%s", plain(other))
	}
	if other = drive(other, press("v")...); other.screen != screenQueue {
		t.Errorf("v opened screen %d at an engineer's desk", other.screen)
	}
}

// approvalEvents are the approval events of the station, "who: detail".
func approvalEvents(t *testing.T, st *store.Store) []string {
	t.Helper()
	var seen []string
	err := st.EventsBetween(time.Time{}, time.Now().AddDate(10, 0, 0), func(page []store.Event) error {
		for _, e := range page {
			if e.Kind == store.KindApproval {
				seen = append(seen, e.Who+": "+e.Detail)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return seen
}

// TestGoldenApprovals: the asking desk waiting, the supervisor's list of
// the requests and one request open, in both languages.
func TestGoldenApprovals(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		t.Run(lang, func(t *testing.T) {
			s := desktest.MorningStation(t)
			me := s.Supervisor("李主任", "")
			eng := lostSlipWaiting(t, s, lang, 80, 24)
			c := configured(desktest.CommonWith(s.St, lang))
			c.Person = me
			sup := New(c, nil, Options{Desk: "supervisor", DB: s.Path, Counter: 1, Engineer: me.Name})
			sup = send(sup, tea.WindowSizeMsg{Width: 80, Height: 24})
			sup = drive(run(sup, sup.Init()), press("v")...)
			opened := drive(sup, press("enter")...)
			for name, v := range map[string]string{"waiting": eng.View().Content, "list": sup.View().Content, "request": opened.View().Content} {
				t.Run(name, func(t *testing.T) {
					checkFits(t, v, 80, 24)
					golden.RequireEqual(t, []byte(ansi.Strip(v)))
				})
			}
		})
	}
}
