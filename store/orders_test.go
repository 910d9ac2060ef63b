package store

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"frontdesk/queue"
	"frontdesk/repair"
)

// newOrder is an intake as repair.Check leaves it, of a notebook.
func newOrder(name, phone, serial string) repair.Order {
	return repair.Order{Intake: repair.Intake{
		Name: name, Phone: phone, Serial: serial, Kind: repair.Consumer,
		Device: "notebook", Brand: "联想", Model: "ThinkPad X1",
		Fault: "开机无显示,风扇转", Reproduced: repair.ReproducedYes,
	}}
}

func saveIntake(t testing.TB, s *Store, counter int, o repair.Order) repair.Order {
	t.Helper()
	got, err := s.SaveIntake("安娜", counter, o)
	if err != nil {
		t.Fatalf("SaveIntake: %v", err)
	}
	return got
}

func numbers(os []repair.Order) []string {
	var out []string
	for _, o := range os {
		out = append(out, o.Number)
	}
	return out
}

// headNumbers is the order numbers of heads, in their order.
func headNumbers(hs []repair.Head) []string {
	var out []string
	for _, h := range hs {
		out = append(out, h.Number)
	}
	return out
}

// orderKeyCounts counts the keys of every bucket of the repair orders, and
// reads the orders' id sequence, straight from the file.
func orderKeyCounts(t testing.TB, s *Store) map[string]int {
	t.Helper()
	out := map[string]int{}
	err := s.view(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{
			bucketOrders, bucketByNumber, bucketByClaim, bucketByPhone,
			bucketBySerial, bucketByName, bucketOrderSeq, bucketDrafts,
		} {
			out[string(b)] = tx.Bucket(b).Stats().KeyN
		}
		out["orders sequence"] = int(tx.Bucket(bucketOrders).Sequence())
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestSaveIntakeAndFindItEveryWay(t *testing.T) {
	c := newClock()
	s := openTest(t, c)
	a := saveIntake(t, s, 1, newOrder("张伟", "138 0013 8000", "pf2xk9a1"))
	c.Add(time.Minute)
	b := saveIntake(t, s, 2, newOrder("Li Lei", "13800138000", "PF3ABC77"))
	c.Add(time.Minute)
	z := saveIntake(t, s, 1, newOrder("张三", "13912345678", "MJ0ABC12"))

	if a.ID != 1 || a.Number != "R2506020001" || b.Number != "R2506020002" || z.Number != "R2506020003" ||
		len(a.Claim) < DefaultClaimLength || a.Claim == b.Claim || a.State != repair.StateReceived ||
		!a.Received.Equal(day9) || a.Counter != 1 || a.Engineer != "安娜" || b.Counter != 2 {
		t.Fatalf("saved %+v\n%+v", a, b)
	}
	for _, c := range []struct {
		name string
		got  func() (repair.Order, bool, error)
		want string
	}{
		{"by id", func() (repair.Order, bool, error) { return s.Order(2) }, b.Number},
		{"by number", func() (repair.Order, bool, error) { return s.OrderByNumber(" r2506020001 ") }, a.Number},
		{"by claim", func() (repair.Order, bool, error) {
			return s.OrderByClaim(strings.ToLower(b.Claim[:4] + "-" + b.Claim[4:]))
		}, b.Number},
	} {
		o, ok, err := c.got()
		if err != nil || !ok || o.Number != c.want {
			t.Errorf("%s: %s %v %v, want %s", c.name, o.Number, ok, err, c.want)
		}
	}
	if o, ok, err := s.OrderByNumber("R2506020009"); ok || err != nil || o.ID != 0 {
		t.Errorf("unknown number: %+v %v %v", o, ok, err)
	}
	if o, ok, err := s.Order(99); ok || err != nil {
		t.Errorf("unknown id: %+v %v %v", o, ok, err)
	}
	// A stored order is the one returned, intake and all.
	if o, _, _ := s.OrderByNumber(a.Number); o.Intake.Fault != a.Intake.Fault || !o.Received.Equal(a.Received) || o.Claim != a.Claim {
		t.Errorf("stored %+v, returned %+v", o, a)
	}

	list := func(name string, got []string, err error, want ...string) {
		t.Helper()
		if err != nil || !slices.Equal(got, want) {
			t.Errorf("%s: %v %v, want %v", name, got, err, want)
		}
	}
	got, err := s.OrdersByPhone("+86 138-0013-8000", 0)
	list("by phone, newest first", numbers(got), err, b.Number, a.Number)
	got, err = s.OrdersByPhone("13800138000", 1)
	list("by phone, limited", numbers(got), err, b.Number)
	got, err = s.OrdersByPhone("1380013800", 0)
	list("by phone is exact", numbers(got), err)
	got, err = s.OrdersBySerial("PF2XK9A1", 0)
	list("by serial", numbers(got), err, a.Number)

	for _, c := range []struct {
		query string
		want  []string
	}{
		{a.Number, []string{a.Number}},
		{strings.ToLower(z.Claim), []string{z.Number}},
		{"138", []string{b.Number, a.Number}},
		{"139 1234", []string{z.Number}},
		{"pf", []string{b.Number, a.Number}},
		{"张", []string{z.Number, a.Number}},
		{"li l", []string{b.Number}},
		{"LI", []string{b.Number}},
		{"王", nil},
		{"  ", nil},
	} {
		res, err := s.Search(c.query, 0)
		list("Search "+c.query, headNumbers(res.Heads), err, c.want...)
	}
	res, err := s.Search("1", 2)
	list("Search limited", headNumbers(res.Heads), err, z.Number, b.Number)
}

func TestOrderNumbersRestartEachStationDay(t *testing.T) {
	c := newClock()
	s := openTest(t, c)
	saveIntake(t, s, 1, newOrder("a", "13800000001", "S1"))
	saveIntake(t, s, 1, newOrder("b", "13800000002", "S2"))
	// 00:30 in Shanghai on 3 June is still 2 June in UTC.
	c.t = time.Date(2025, 6, 2, 16, 30, 0, 0, time.UTC)
	o := saveIntake(t, s, 1, newOrder("c", "13800000003", "S3"))
	if o.Number != "R2506030001" || o.ID != 3 {
		t.Errorf("first order of the next station day %s (id %d), want R2506030001", o.Number, o.ID)
	}
}

// repeating is a source of randomness that gives the same bytes every time,
// until told otherwise.
type repeating struct{ b byte }

func (r *repeating) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = r.b
	}
	return len(p), nil
}

func TestClaimCodeCollisionIsDrawnAgain(t *testing.T) {
	s := openTest(t, newClock())
	r := &repeating{b: 7}
	s.rand = r
	first := saveIntake(t, s, 1, newOrder("a", "13800000001", "S1"))

	// The first draw repeats the first order's code; the next one is new.
	s.rand = ioConcat(&repeating{b: 7}, DefaultClaimLength, &repeating{b: 8})
	second := saveIntake(t, s, 1, newOrder("b", "13800000002", "S2"))
	if second.Claim == first.Claim || second.Number != "R2506020002" {
		t.Fatalf("second order %s claim %s, first %s", second.Number, second.Claim, first.Claim)
	}

	// A source that never gives a fresh code saves nothing.
	s.rand = r
	before, r0 := orderKeyCounts(t, s), rev(t, s)
	if _, err := s.SaveIntake("ann", 1, newOrder("c", "13800000003", "S3")); err == nil {
		t.Fatal("saved with a claim code that is taken")
	}
	if after := orderKeyCounts(t, s); !mapsEqual(before, after) || rev(t, s) != r0 {
		t.Errorf("a failed save changed the file: %v → %v", before, after)
	}
}

// ioConcat reads n bytes from a, then from b.
func ioConcat(a *repeating, n int, b *repeating) *twoPart { return &twoPart{a, n, b} }

type twoPart struct {
	a *repeating
	n int
	b *repeating
}

func (p *twoPart) Read(buf []byte) (int, error) {
	if p.n > 0 {
		k := min(len(buf), p.n)
		p.n -= k
		return p.a.Read(buf[:k])
	}
	return p.b.Read(buf)
}

func mapsEqual(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func TestO7_PreviousOrdersOfTheSameSerial(t *testing.T) {
	c := newClock()
	s := openTest(t, c)
	first := saveIntake(t, s, 1, newOrder("a", "13800000001", "PF2XK9A1"))
	saveIntake(t, s, 1, newOrder("b", "13800000002", "PF2XK9A")) // a prefix of it: another device
	c.Add(48 * time.Hour)
	second := saveIntake(t, s, 1, newOrder("a", "13800000001", "pf2xk9a1"))
	third := saveIntake(t, s, 1, newOrder("a", "13800000001", "PF2XK9A1"))
	if len(first.Previous) != 0 || !slices.Equal(second.Previous, []string{first.Number}) ||
		!slices.Equal(third.Previous, []string{first.Number, second.Number}) {
		t.Errorf("previous: %v / %v / %v", first.Previous, second.Previous, third.Previous)
	}
	hist, err := s.OrdersBySerial("pf2xk9a1", 0)
	if err != nil || !slices.Equal(numbers(hist), []string{third.Number, second.Number, first.Number}) {
		t.Errorf("history %v %v", numbers(hist), err)
	}
}

func TestSaveIntakeFinishesTheTicketInTheSameCommit(t *testing.T) {
	s := openTest(t, newClock())
	a := take(t, s, "A")
	must(t)(s.CallNext(1, "安娜"))
	must(t)(s.Start(1, "安娜"))
	if err := s.SaveDraft(Draft{Counter: 1, Engineer: "安娜", TicketID: a.ID, Ticket: a.Number}); err != nil {
		t.Fatal(err)
	}
	r := rev(t, s)
	o := newOrder("张伟", "13800138000", "PF2XK9A1")
	o.TicketID = a.ID
	got := saveIntake(t, s, 1, o)
	if got.Ticket != "A001" || got.TicketID != a.ID {
		t.Errorf("order %+v", got)
	}
	if tk := ticketByID(t, s, a.ID); tk.State != queue.Finished {
		t.Errorf("ticket %s", tk.State)
	}
	if rev(t, s) != r+1 {
		t.Errorf("rev %d → %d: one commit for finish and intake", r, rev(t, s))
	}
	if _, ok, err := s.Draft(1); ok || err != nil {
		t.Errorf("the draft outlived the intake: %v %v", ok, err)
	}
	ev := allEvents(t, s)
	fin, in := ev[len(ev)-2], ev[len(ev)-1]
	if fin.Kind != KindFinish || fin.Ticket != a.ID || fin.Counter != 1 || fin.Who != "安娜" ||
		in.Kind != KindIntake || in.Order != got.Number || in.Counter != 1 || in.Who != "安娜" ||
		!strings.Contains(in.Detail, "PF2XK9A1") || strings.Contains(in.Detail, got.Claim) {
		t.Errorf("events %+v\n%+v", fin, in)
	}
}

func TestSaveIntakeForAnotherCounterTicketSavesNothing(t *testing.T) {
	s := openTest(t, newClock())
	a := takeAll(t, s, "A", "A")
	must(t)(s.CallNext(2, "bob")) // A001 at counter 2
	if err := s.SaveDraft(Draft{Counter: 1, Engineer: "ann"}); err != nil {
		t.Fatal(err)
	}
	saveIntake(t, s, 1, newOrder("x", "13800000009", "S9")) // counter 1 took one in already
	if err := s.SaveDraft(Draft{Counter: 1, Engineer: "ann"}); err != nil {
		t.Fatal(err)
	}
	o := newOrder("张伟", "13800138000", "PF2XK9A1")
	o.TicketID = a[0].ID
	before, r, nev := orderKeyCounts(t, s), rev(t, s), len(allEvents(t, s))
	_, err := s.SaveIntake("ann", 1, o) // counter 1 serves nobody
	wantErr(t, err, queue.ErrNoCurrent)
	if after := orderKeyCounts(t, s); !mapsEqual(before, after) || rev(t, s) != r {
		t.Errorf("a refused intake changed the orders: %v → %v", before, after)
	}

	must(t)(s.CallNext(1, "ann")) // now A002 at counter 1
	before, r, nev = orderKeyCounts(t, s), rev(t, s), len(allEvents(t, s))
	_, err = s.SaveIntake("ann", 1, o) // A001 is counter 2's
	wantErr(t, err, queue.ErrNotYours)
	o.TicketID = 99
	_, err = s.SaveIntake("ann", 1, o)
	wantErr(t, err, queue.ErrNotYours)
	_, err = s.SaveIntake("ann", 9, newOrder("y", "1", "S"))
	wantErr(t, err, queue.ErrUnknownCounter)

	if after := orderKeyCounts(t, s); !mapsEqual(before, after) || after["orders"] != 1 || after["drafts"] != 1 {
		t.Errorf("refused intakes changed the orders: %v → %v", before, after)
	}
	if rev(t, s) != r || len(allEvents(t, s)) != nev {
		t.Errorf("refused intakes committed")
	}
	if tk := ticketByID(t, s, a[0].ID); tk.State != queue.Called || tk.Counter != 2 {
		t.Errorf("A001 is %s at %d", tk.State, tk.Counter)
	}
	if next := saveIntake(t, s, 1, newOrder("z", "13800000008", "S8")); next.Number != "R2506020002" || next.ID != 2 {
		t.Errorf("after the refusals the next order is %s id %d", next.Number, next.ID)
	}
}

func TestDraftsRoundTripWithoutWakingScreens(t *testing.T) {
	c := newClock()
	s := openTest(t, c)
	take(t, s, "A")
	r := rev(t, s)
	d := Draft{
		Counter: 2, Engineer: "bob", TicketID: 1, Ticket: "A001",
		Intake: repair.Intake{Name: "李雷", Phone: "138", Fault: "屏幕闪烁", Accessories: []string{"charger"}},
	}
	if err := s.SaveDraft(d); err != nil {
		t.Fatal(err)
	}
	c.Add(time.Minute)
	d.Intake.Serial = "PF2"
	if err := s.SaveDraft(d); err != nil {
		t.Fatal(err)
	}
	got, ok, err := s.Draft(2)
	if err != nil || !ok || got.Intake.Serial != "PF2" || got.Intake.Accessories[0] != "charger" ||
		got.Ticket != "A001" || !got.Saved.Equal(c.Now()) || got.Engineer != "bob" {
		t.Errorf("draft %+v %v %v", got, ok, err)
	}
	if _, ok, _ := s.Draft(1); ok {
		t.Error("counter 1 has a draft")
	}
	if err := s.SaveDraft(Draft{Counter: 9}); !errors.Is(err, queue.ErrUnknownCounter) {
		t.Errorf("draft of an unknown counter: %v", err)
	}
	if err := s.DropDraft(2); err != nil {
		t.Fatal(err)
	}
	if err := s.DropDraft(2); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := s.Draft(2); ok {
		t.Error("dropped draft still there")
	}
	if rev(t, s) != r || len(allEvents(t, s)) != 1 {
		t.Errorf("drafts advanced the rev %d → %d or logged events", r, rev(t, s))
	}
}

func TestBulkOrdersKeepNumberingAhead(t *testing.T) {
	s := openTest(t, newClock())
	var bulk []repair.Order
	for i, n := range []string{"R2506020001", "R2506020007", "R2506010003"} {
		o := newOrder("导入", "1390000000"+string(rune('0'+i)), "BULK"+string(rune('A'+i)))
		o.Number, o.Claim, o.Received = n, "CLAIM00"+string(rune('A'+i)), day9.Add(-time.Hour)
		bulk = append(bulk, o)
	}
	if err := s.BulkOrders(bulk); err != nil {
		t.Fatal(err)
	}
	if o := saveIntake(t, s, 1, newOrder("a", "1", "S")); o.Number != "R2506020008" || o.ID != 4 {
		t.Errorf("after the import: %s id %d", o.Number, o.ID)
	}
	res, err := s.Search("13900", 0)
	if got := res.Heads; err != nil || len(got) != 3 || got[0].Number != "R2506010003" {
		t.Errorf("imported orders found %v %v", headNumbers(got), err)
	}
	// A taken claim code or number fails the whole import.
	before := orderKeyCounts(t, s)
	fresh := newOrder("新", "13700000000", "NEW1")
	fresh.Number, fresh.Claim, fresh.Received = "R2506020099", "FRESH001", day9
	dup := bulk[0]
	dup.ID, dup.Number = 0, "R2506020098"
	if err := s.BulkOrders([]repair.Order{fresh, dup}); err == nil {
		t.Error("imported a taken claim code")
	}
	if after := orderKeyCounts(t, s); !mapsEqual(before, after) {
		t.Errorf("a failed import changed the file: %v → %v", before, after)
	}
	if _, ok, _ := s.OrderByNumber("R2506020099"); ok {
		t.Error("half an import was saved")
	}
}
