package store

import (
	"errors"
	"strings"
	"testing"
	"time"

	"frontdesk/notify"
	"frontdesk/queue"
	"frontdesk/repair"
)

// texting opens a store whose station sends every moment through a
// gateway (which one does not matter here: the store only writes).
func texting(t *testing.T, c *clock, more func(*notify.Config)) *Store {
	t.Helper()
	m := notify.Default()
	m.Gateway = notify.Gateway{Transport: notify.TransportWebhook, URL: "http://127.0.0.1:1/sms", Secret: "s", Timeout: time.Second}
	m.Retry = notify.Retry{First: time.Minute, Max: 4 * time.Minute, Attempts: 4}
	if more != nil {
		more(&m)
	}
	s, err := Open(Options{Path: t.TempDir() + "/q.db", Queue: queue.DefaultConfig(), Now: c.Now, NoSync: true, Timeout: time.Second,
		Messages: m, Station: notify.Station{Name: "同创维修站", Phone: "010-62345678", Brand: "联想"}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func outbox(t *testing.T, s *Store, list OutboxList) []notify.Message {
	t.Helper()
	ms, err := s.Outbox(list, 0)
	if err != nil {
		t.Fatal(err)
	}
	return ms
}

func checked(t *testing.T, s *Store) {
	t.Helper()
	if _, err := s.Check(); err != nil {
		t.Fatalf("Check: %v", err)
	}
}

// An order made ready writes its ready message in the same commit: the
// message is there with the order's change and its event, due at once,
// and an update that is refused writes none (C4, O3).
func TestC4_ReadyWritesItsMessageWithTheChange(t *testing.T) {
	c := newClock()
	s := texting(t, c, nil)
	o := saveIntake(t, s, 1, newOrder("张伟", "13800138000", "PF2XK9A1"))
	if ms := outbox(t, s, OutboxRecent); len(ms) != 0 {
		t.Fatalf("an intake sends nothing: %+v", ms)
	}
	if _, err := s.UpdateOrder("安娜", 1, o.ID, move(repair.StateReady, "")); err == nil {
		t.Fatal("ready without a result was allowed")
	}
	if ms := outbox(t, s, OutboxRecent); len(ms) != 0 {
		t.Fatalf("a refused change left a message: %+v", ms)
	}
	update(t, s, o.ID, steps(move(repair.StateDiagnosing, ""), repaired))
	due := outbox(t, s, OutboxPending)
	if len(due) != 1 || due[0].Moment != notify.Ready || due[0].Order != o.Number || due[0].Phone != "13800138000" {
		t.Fatalf("pending after ready: %+v", due)
	}
	if !strings.Contains(due[0].Text, "张伟您好") || !strings.Contains(due[0].Text, "请携带取机凭条") || !strings.Contains(due[0].Text, o.Number) {
		t.Errorf("text %q", due[0].Text)
	}
	about, err := s.MessagesAbout(o.Number)
	if err != nil || len(about) != 1 || about[0].ID != due[0].ID {
		t.Errorf("the order's messages: %+v, %v", about, err)
	}
	var logged bool
	for _, e := range allEvents(t, s) {
		logged = logged || e.Kind == KindMessage && e.Order == o.Number && strings.HasPrefix(e.Detail, "queue ready ")
	}
	if !logged {
		t.Error("no event of the message")
	}
	checked(t, s)
}

// A customer who said no at intake gets no text; a landline's message is
// failed at once, its phone masked, and on the desk's list to call (C4).
func TestC4_NoTextsAndLandlines(t *testing.T) {
	c := newClock()
	s := texting(t, c, nil)
	quiet := newOrder("李雷", "13912345678", "MJ0ABC12")
	quiet.Intake.NoTexts = true
	q := saveIntake(t, s, 1, quiet)
	land := saveIntake(t, s, 1, newOrder("王芳", "010-62345678", "CN5XY001"))
	for _, o := range []repair.Order{q, land} {
		update(t, s, o.ID, steps(move(repair.StateDiagnosing, ""), repaired))
	}
	if ms, _ := s.MessagesAbout(q.Number); len(ms) != 0 {
		t.Errorf("NoTexts got %+v", ms)
	}
	toCall := outbox(t, s, OutboxToCall)
	if len(toCall) != 1 || toCall[0].Order != land.Number || toCall[0].Failure != notify.FailNotMobile || strings.Contains(toCall[0].Phone, "62345678") {
		t.Fatalf("to call: %+v", toCall)
	}
	if p := outbox(t, s, OutboxPending); len(p) != 0 {
		t.Errorf("pending: %+v", p)
	}
	if _, err := s.HandleMessage("安娜", toCall[0].ID, ""); !errors.Is(err, notify.ErrNote) {
		t.Errorf("called without a note: %v", err)
	}
	if m, err := s.HandleMessage("安娜", toCall[0].ID, "已电话通知取机"); err != nil || m.State != notify.Handled {
		t.Fatalf("handled: %+v, %v", m, err)
	}
	if l := outbox(t, s, OutboxToCall); len(l) != 0 {
		t.Errorf("still to call: %+v", l)
	}
	checked(t, s)
}

// The sender's records: a temporary failure is due again after the
// backoff, the last attempt fails it for good onto the list to call, a
// success sends it and forgets the phone; a second record of an attempt
// on a message no longer pending is refused.
func TestC4_AttemptsBackOffAndEnd(t *testing.T) {
	c := newClock()
	s := texting(t, c, nil)
	for _, name := range []string{"张伟", "赵敏"} {
		o := saveIntake(t, s, 1, newOrder(name, "13800138000", "SN"+name))
		update(t, s, o.ID, steps(move(repair.StateDiagnosing, ""), repaired))
	}
	due, _, err := s.DueMessages(10)
	if err != nil || len(due) != 2 {
		t.Fatalf("due: %+v, %v", due, err)
	}
	sent, err := s.MessageAttempted(due[0].ID, notify.Attempt{At: c.Now(), Took: time.Millisecond, OK: true}, false)
	if err != nil || sent.State != notify.Sent || sent.Phone != "138********" {
		t.Fatalf("sent: %+v, %v", sent, err)
	}
	if _, err := s.MessageAttempted(due[0].ID, notify.Attempt{At: c.Now(), OK: true}, false); !errors.Is(err, notify.ErrNotPending) {
		t.Errorf("a second record: %v", err)
	}
	id := due[1].ID
	for i, wait := range []time.Duration{time.Minute, 2 * time.Minute, 4 * time.Minute} {
		m, err := s.MessageAttempted(id, notify.Attempt{At: c.Now(), Error: "503"}, false)
		if err != nil || m.State != notify.Pending || !m.Next.Equal(c.Now().Add(wait)) {
			t.Fatalf("attempt %d: %+v, %v", i+1, m, err)
		}
		if d, next, _ := s.DueMessages(10); len(d) != 0 || !next.Equal(m.Next) {
			t.Fatalf("attempt %d: due %+v, next %v", i+1, d, next)
		}
		c.Add(wait)
	}
	m, err := s.MessageAttempted(id, notify.Attempt{At: c.Now(), Error: "503"}, false)
	if err != nil || m.State != notify.Failed || !strings.HasPrefix(m.Failure, notify.FailAttempts) {
		t.Fatalf("the last attempt: %+v, %v", m, err)
	}
	if l := outbox(t, s, OutboxToCall); len(l) != 1 || l[0].ID != id {
		t.Errorf("to call: %+v", l)
	}
	checked(t, s)
}

// A customer who left a phone at the kiosk is told when TurnAhead or
// fewer are ahead, once; a landline is refused at the kiosk and changes
// nothing (C4).
func TestC4_TurnComingUp(t *testing.T) {
	c := newClock()
	s := texting(t, c, func(m *notify.Config) { m.TurnAhead = 2 })
	ts := takeAll(t, s, "A", "A", "A", "A", "A")
	last := ts[4]
	if err := s.TicketPhone("kiosk", last.ID, "010-62345678"); !errors.Is(err, notify.ErrNotMobile) {
		t.Fatalf("a landline: %v", err)
	}
	if err := s.TicketPhone("kiosk", last.ID, "138 0013 8000"); err != nil {
		t.Fatal(err)
	}
	calls := 0
	call := func() {
		t.Helper()
		c.Add(time.Minute)
		if _, err := s.FinishAndCallNext(1, "安娜"); err != nil {
			t.Fatal(err)
		}
		calls++
	}
	call() // 3 ahead now
	if ms := outbox(t, s, OutboxRecent); len(ms) != 0 {
		t.Fatalf("told with 3 ahead: %+v", ms)
	}
	call() // 2 ahead
	ms := outbox(t, s, OutboxRecent)
	if len(ms) != 1 || ms[0].Moment != notify.Turn || !strings.Contains(ms[0].Text, last.Number) || !strings.Contains(ms[0].Text, "前面还有2位") {
		t.Fatalf("after %d calls: %+v", calls, ms)
	}
	call()
	call()
	if ms := outbox(t, s, OutboxRecent); len(ms) != 1 {
		t.Errorf("told again: %+v", ms)
	}
	checked(t, s)
}

// A station with no gateway writes no message at all: the desk's lists
// of calls to make stay the customer's news (notify.Config.On).
func TestC4_NoGatewayNoMessages(t *testing.T) {
	c := newClock()
	s := texting(t, c, func(m *notify.Config) { m.Gateway = notify.Gateway{} })
	o := saveIntake(t, s, 1, newOrder("张伟", "13800138000", "PF2XK9A1"))
	update(t, s, o.ID, steps(move(repair.StateDiagnosing, ""), repaired))
	if ms := outbox(t, s, OutboxRecent); len(ms) != 0 {
		t.Errorf("messages without a gateway: %+v", ms)
	}
	if _, err := s.SendDue(); !errors.Is(err, ErrNoSender) {
		t.Errorf("SendDue with no sender: %v", err)
	}
}
