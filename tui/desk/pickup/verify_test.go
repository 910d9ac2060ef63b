package pickup

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/desk/parts"
)

func TestP1_RightCodeAnyCaseWithDashes(t *testing.T) {
	s := desktest.MorningStation(t)
	d := verifiedAt(t, s, "zh", 80, 24)
	if d.M.o.Number != readyOrder || !d.M.v.ClaimCode || d.M.v.By != "张工" {
		t.Fatalf("verified %s by %+v", d.M.o.Number, d.M.v)
	}
	v := d.Plain()
	for _, want := range []string{"R2611210001 核验通过(取机码)", "不要让客户从多台机器中自己挑选", "██"} {
		if !strings.Contains(v, want) {
			t.Errorf("the tag screen lacks %q:\n%s", want, v)
		}
	}
	evs, _ := s.St.Events(0, store.EventPage)
	if last := evs[len(evs)-1]; last.Kind != store.KindPickupTry || last.Detail != "ok" || last.Counter != 3 || last.Who != "张工" {
		t.Errorf("the attempt is logged as %+v", last)
	}
}

func TestP1_WrongCodeIsCalm(t *testing.T) {
	for _, c := range []struct{ name, code, last4 string }{
		{"wrong digits", slipCode(readyOrder), "2223"},
		{"wrong code", "ABCD-EFGH", "2222"},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := desktest.MorningStation(t)
			d := drive(atPickup(t, s, "zh", 80, 24), claimKeys(c.code, c.last4)...)
			want := "取机码或手机号后4位没有对上,请与客户核对凭证后再试一次"
			if d.Status() != want || d.M.stage != stageClaim {
				t.Fatalf("status %q at stage %d, want %q", d.Status(), d.M.stage, want)
			}
			if v := d.Plain(); strings.Contains(v, c.code) || strings.Contains(v, "剩") || strings.Contains(v, "还有") {
				t.Errorf("the screen keeps the code or counts the tries:\n%s", v)
			}
			if d.M.onLast4 || d.M.claim.Value() != "" {
				t.Error("a wrong try is not typed again from the start")
			}
		})
	}
}

func TestP1_BadFormsAreNotTries(t *testing.T) {
	s := desktest.MorningStation(t)
	d := atPickup(t, s, "zh", 80, 24)
	before, _ := s.St.Events(0, store.EventPage)
	d = drive(d, claimKeys("ABCD-EFG0", "2222")...)
	if !strings.Contains(d.Status(), "取机码是8位字母和数字") || d.M.onLast4 {
		t.Errorf("a code with 0 in it: %q", d.Status())
	}
	d.M.claim.SetValue("")
	d.M.last4.SetValue("")
	d = drive(d, claimKeys(slipCode(readyOrder), "22")...)
	if d.Status() != "请输入客户手机号的后4位数字" {
		t.Errorf("two digits: %q", d.Status())
	}
	if after, _ := s.St.Events(0, store.EventPage); len(after) != len(before) {
		t.Errorf("a code of the wrong form was tried: %d events", len(after)-len(before))
	}
}

func TestP1_LockoutSaysUntilWhen(t *testing.T) {
	s := desktest.MorningStation(t)
	d := atPickup(t, s, "zh", 80, 24)
	for range repair.DefaultConfig().PickupAttemptsOrder {
		d = drive(d, claimKeys(slipCode(readyOrder), "0000")...)
	}
	// Locked: even the right digits are refused, and the time is said.
	d = drive(d, claimKeys(slipCode(readyOrder), "2222")...)
	if want := "错误次数过多,已暂时锁定,请于 11:00 后再试,或按凭证丢失办理"; d.Status() != want {
		t.Fatalf("status %q, want %q", d.Status(), want)
	}
	if d.M.stage != stageClaim {
		t.Error("a locked order was opened")
	}
}

// lostSlipAt is the pickup of readyOrder at its identity check: ctrl+l
// asks the root for the search box, the order picked there (LostSlipFor)
// is checked by an ID's last 4 characters only.
func lostSlipAt(t *testing.T, d desk, s *desktest.Station) desk {
	t.Helper()
	d = drive(d, desktest.Ctrl('l'))
	if !d.Has(FindOrderMsg{}) || d.Status() != "凭证丢失:查找客户的维修单,选中后按 enter 核验身份" {
		t.Fatalf("ctrl+l did not ask for the search: %q %v", d.Status(), d.Sent)
	}
	m, cmd := d.M.LostSlipFor(s.IDs[readyOrder])
	d.M = m
	d.Drain()
	d = desktest.Run(d, cmd)
	if d.M.stage != stageLost || d.M.lost == nil {
		t.Fatalf("the identity check is not asked:\n%s", d.Plain())
	}
	return d
}

// idChecked is the identity check done: a passport ending 123X.
func idChecked(t *testing.T, d desk) desk {
	t.Helper()
	return drive(d, append([]tea.Msg{tea.KeyPressMsg{Code: tea.KeyRight}}, press("enter", "123x", "enter")...)...)
}

// TestP1_LostSlipKeepsOnlyLast4AndWaitsForTheSupervisor: the identity
// check takes the ID's last 4 characters only, asks no supervisor's name,
// and waits for an approval the store records; the supervisor types their
// PIN here (masked), a wrong one is said, the right one goes on in the
// name the store recorded.
func TestP1_LostSlipKeepsOnlyLast4AndWaitsForTheSupervisor(t *testing.T) {
	s := desktest.MorningStation(t)
	s.Supervisor("李主任", "2468")
	d := lostSlipAt(t, atPickup(t, s, "zh", 80, 24), s)
	for _, want := range []string{"居民身份证", "证件号码后4位", "不要输入完整证件号码"} {
		if !strings.Contains(d.Plain(), want) {
			t.Errorf("the identity check lacks %q:\n%s", want, d.Plain())
		}
	}
	if strings.Contains(d.Plain(), "批准的站长") {
		t.Errorf("the supervisor's name is still typed:\n%s", d.Plain())
	}
	// A whole ID number is refused, not cut.
	const full = "11010119900307123X"
	d = drive(d, tea.KeyPressMsg{Code: tea.KeyRight})
	d = drive(d, press("enter", full, "enter")...)
	if d.M.stage != stageLost || !strings.Contains(d.Plain(), "只记录证件号码的后4位") {
		t.Fatalf("a full ID number was taken:\n%s", d.Plain())
	}
	if strings.Contains(d.Plain(), full) {
		t.Errorf("the refused ID number stays on the screen:\n%s", d.Plain())
	}
	d = drive(d, press("123x", "enter")...)
	if d.M.stage != stageLost || !strings.Contains(d.Plain(), "等待主管审批…") || !strings.Contains(d.Plain(), "p 主管输入 PIN") {
		t.Fatalf("not waiting for the approval: %s\n%s", d.Status(), d.Plain())
	}
	snap, err := s.St.Snapshot()
	if err != nil || len(snap.Approvals) != 1 || snap.Approvals[0].Asker != "张工" || snap.Approvals[0].IDLast4 != "123X" {
		t.Fatalf("pending: %+v %v", snap.Approvals, err)
	}
	d = drive(d, common.SnapshotMsg{Snap: snap}) // still pending: still waiting
	d = drive(d, press("p", "enter", "1357", "enter")...)
	if d.Status() != "PIN 不对" || d.M.stage != stageLost {
		t.Fatalf("a wrong PIN: %q\n%s", d.Status(), d.Plain())
	}
	d = drive(d, press("enter", "2468")...)
	if strings.Contains(d.Plain(), "2468") || !strings.Contains(d.Plain(), "****") {
		t.Errorf("the PIN is not masked:\n%s", d.Plain())
	}
	d = drive(d, press("enter")...)
	if d.M.stage != stageFetch {
		t.Fatalf("not verified by the approval: %s\n%s", d.Status(), d.Plain())
	}
	v := d.M.v
	if v.ClaimCode || v.IDType != repair.IDPassport || v.IDLast4 != "123X" || v.Supervisor != "李主任" || v.By != "张工" {
		t.Fatalf("verification %+v", v)
	}
	signOffAll(t, d)
	o := s.Stored(t, readyOrder)
	if o.State != repair.StatePickedUp || o.Pickup == nil || o.Pickup.Verification.IDLast4 != "123X" || o.Pickup.Verification.Supervisor != "李主任" {
		t.Fatalf("stored %s %+v", o.State, o.Pickup)
	}
	b, _ := json.Marshal(o)
	if bytes.Contains(b, []byte("1101011990")) || bytes.Contains(b, []byte(full)) {
		t.Error("the full ID number reached the order")
	}
	if data, _ := os.ReadFile(s.Path); bytes.Contains(data, []byte("1101011990")) || bytes.Contains(data, []byte("2468")) {
		t.Error("the full ID number or the PIN reached the database file")
	}
}

// TestP1_LostSlipRefusedFromTheSupervisorsSession: refused from another
// session, the desk hears it on the change feed and goes back to the
// claim code, saying who refused.
func TestP1_LostSlipRefusedFromTheSupervisorsSession(t *testing.T) {
	s := desktest.MorningStation(t)
	s.Supervisor("李主任", "")
	d := idChecked(t, lostSlipAt(t, atPickup(t, s, "zh", 80, 24), s))
	id := d.M.lost.asked.ID
	if id == 0 {
		t.Fatalf("nothing asked: %s\n%s", d.Status(), d.Plain())
	}
	if _, err := s.St.Approve("李主任", id, false); err != nil {
		t.Fatal(err)
	}
	snap, err := s.St.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	d = drive(d, common.SnapshotMsg{Snap: snap})
	if d.M.stage != stageClaim || d.Status() != "李主任 未批准这次遗失凭证取机:请客户提供取机凭证,或再次核验" {
		t.Fatalf("refused: stage %d %q", d.M.stage, d.Status())
	}
}

// TestP1_LostSlipInTheSupervisorsOwnSession: a supervisor's session asks
// nobody: the approval is theirs at once, in their name.
func TestP1_LostSlipInTheSupervisorsOwnSession(t *testing.T) {
	s := desktest.MorningStation(t)
	me := s.Supervisor("李主任", "")
	tk := calledB(t, s)
	c := desktest.CommonWith(s.St, "zh")
	c.SetSize(80, 24)
	c.Person = me
	m, cmd := New(c, parts.Session{Counter: 3, Engineer: "李主任"}, tk)
	d := idChecked(t, lostSlipAt(t, desktest.NewDesk[Model, *Model](m, parts.Status{}, cmd), s))
	if d.M.stage != stageFetch || d.M.v.Supervisor != "李主任" {
		t.Fatalf("not verified at once: %s %+v\n%s", d.Status(), d.M.v, d.Plain())
	}
}

// signOffAll takes a verified pickup of readyOrder through an all-pass
// inspection, the explanation, both accessories and the signature.
func signOffAll(t *testing.T, d desk) desk {
	t.Helper()
	d = drive(d, press("HP66CM21", "enter", "a", "a", "enter")...)
	d = drive(d, space, space)
	d = drive(d, press("enter", "enter")...)
	if d.M.stage != stageDone {
		t.Fatalf("not signed off: %s\n%s", d.Status(), d.Plain())
	}
	return d
}

func TestP1_OrderNotReadyOrCollected(t *testing.T) {
	for _, c := range []struct{ number, last4, want string }{
		{"R2611200001", "8000", "维修单 R2611200001 还不能取机:现在是「诊断中」,修好后会通知客户"},
		{"R2611150001", "5555", "维修单 R2611150001 已于 2026-11-19 16:00 取走,不能再次取机"},
	} {
		t.Run(c.number, func(t *testing.T) {
			s := desktest.MorningStation(t)
			d := drive(atPickup(t, s, "zh", 80, 24), claimKeys(slipCode(c.number), c.last4)...)
			if d.Status() != c.want || d.M.stage != stageClaim {
				t.Fatalf("status %q at stage %d, want %q", d.Status(), d.M.stage, c.want)
			}
		})
	}
}
