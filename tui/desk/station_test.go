package desk

import (
	"hash/fnv"
	"path/filepath"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"frontdesk/config"
	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/tui/common"
)

// station is a database of repair orders in every state the board lists,
// made the way the desk makes them (store.BulkOrders for the intakes, then
// store.UpdateOrder with package repair's functions), on a clock the test
// sets: the same file, byte for byte in what it shows, every run.
type station struct {
	t    testing.TB
	st   *store.Store
	path string
	now  time.Time // the store's clock
	ids  map[string]uint64
}

// local is a station-local time "2006-01-02 15:04".
func local(s string) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04", s, queue.DefaultConfig().Location)
	if err != nil {
		panic(err)
	}
	return t
}

// newStation opens an empty database whose clock stands at the tests'
// fixed time until a step moves it.
func newStation(t testing.TB) *station {
	t.Helper()
	s := &station{t: t, path: filepath.Join(t.TempDir(), "station.db"), now: fixed, ids: map[string]uint64{}}
	st, err := store.Open(store.Options{Path: s.path, Queue: queue.DefaultConfig(), NoSync: true,
		Now: func() time.Time { return s.now }})
	if err != nil {
		t.Fatal(err)
	}
	s.st = st
	return s
}

// brought is what a customer brought in, checked as at the counter at the
// time received; the order is numbered number.
type brought struct {
	number, received, promised string
	name, phone, device        string
	brand, model, serial       string
	fault, loaner              string
	previous                   []string
}

// order makes the checked order of an intake, not yet stored.
func (s *station) order(in brought) repair.Order {
	s.t.Helper()
	cfg := repair.DefaultConfig()
	at := local(in.received)
	part := map[string]string{"notebook": "notebook", "desktop": "main"}[in.device]
	x := repair.Intake{
		Phone: in.phone, Name: in.name, Kind: repair.Consumer,
		Device: in.device, Brand: in.brand, Model: in.model, Serial: in.serial,
		Purchased: at.AddDate(0, -5, 0).Format(time.DateOnly), Proof: repair.ProofInvoice, Part: part,
		Fault: in.fault, Reproduced: repair.ReproducedYes, BackupRaised: true, OpenConsent: true,
		Promised: in.promised, LoanerOffered: true,
	}
	if in.device == "notebook" {
		x.Accessories = []string{"adapter", "cord"}
		x.Condition = []string{"scratches"}
	}
	if in.loaner != "" {
		x.LoanerAccepted, x.Loaner = true, in.loaner
	}
	o, ps := repair.Check(cfg, x, at, queue.DefaultConfig().Location)
	if !ps.OK() {
		s.t.Fatalf("%s: %v", in.number, ps)
	}
	o.Number, o.Claim, o.Counter, o.Engineer, o.Previous = in.number, claimOf(in.number), 3, "张工", in.previous
	return o
}

// claimOf is a claim code that stays the same for an order number.
func claimOf(number string) string {
	h := fnv.New64a()
	h.Write([]byte(number))
	n := h.Sum64()
	code := make([]byte, store.DefaultClaimLength)
	for i := range code {
		code[i] = repair.ClaimAlphabet[n%uint64(len(repair.ClaimAlphabet))]
		n /= uint64(len(repair.ClaimAlphabet))
	}
	return string(code)
}

// store saves orders, oldest first, as the demo and imports do.
func (s *station) store(orders ...repair.Order) {
	s.t.Helper()
	if err := s.st.BulkOrders(orders); err != nil {
		s.t.Fatal(err)
	}
	for _, o := range orders {
		found, ok, err := s.st.OrderByNumber(o.Number)
		if err != nil || !ok {
			s.t.Fatalf("%s not stored: %v", o.Number, err)
		}
		s.ids[o.Number] = found.ID
	}
}

// do changes an order at a station-local time, as the desk does.
func (s *station) do(number, at, who string, change func(o repair.Order, now time.Time) (repair.Order, error)) {
	s.t.Helper()
	s.now = local(at)
	if _, err := s.st.UpdateOrder(who, 3, s.ids[number], change); err != nil {
		s.t.Fatalf("%s at %s: %v", number, at, err)
	}
	s.now = fixed
}

func move(to repair.State, text string) func(repair.Order, time.Time) (repair.Order, error) {
	return func(o repair.Order, now time.Time) (repair.Order, error) {
		return repair.Move(o, to, "王工", now, text)
	}
}

func writeResult(r repair.Result) func(repair.Order, time.Time) (repair.Order, error) {
	return func(o repair.Order, now time.Time) (repair.Order, error) {
		return problems(repair.SetResult(o, r, "王工", now))
	}
}

func call(c repair.Contact) func(repair.Order, time.Time) (repair.Order, error) {
	return func(o repair.Order, now time.Time) (repair.Order, error) {
		return repair.LogContact(o, c, "张工", now)
	}
}

var aResult = repair.Result{Cause: "屏幕排线松动", Work: "重新插接屏幕排线并固定", Parts: "无", Advice: "避免频繁大角度开合屏幕"}

// morningStation is the station on the morning of the fixed clock
// (2026-11-22 10:30): eight orders on the board — one waiting for parts,
// overdue, owed a call and owed an exchange (O7); one promised for today
// with a loaner out; one ready and told, uncollected a day; one ready and
// not told; one just received; one waiting for the customer's approval;
// one picked up whose return visit is due — and the two earlier repairs of
// the first one's device.
func morningStation(t testing.TB) *station {
	s := newStation(t)
	dell := func(number, received string) brought {
		return brought{number: number, received: received, promised: local(received).Add(72 * time.Hour).Format("2006-01-02 15:04"),
			name: "赵敏", phone: "13911110000", device: "desktop", brand: "戴尔", model: "OptiPlex 7010", serial: "CN7010ZM",
			fault: "开机无显示,电源指示灯亮"}
	}
	old1, old2 := s.order(dell("R2605100003", "2026-05-10 09:00")), s.order(dell("R2608020011", "2026-08-02 15:00"))
	for i, o := range []*repair.Order{&old1, &old2} {
		o.State, o.Closed = repair.StatePickedUp, o.Received.Add(time.Duration(48+i)*time.Hour)
	}
	first := dell("R2611180001", "2026-11-18 09:20")
	first.promised, first.previous = "2026-11-21 18:00", []string{"R2605100003", "R2608020011"}
	first.fault = "开机无显示,电源指示灯亮,风扇转动正常;第三次送修"
	visit := s.order(brought{number: "R2611150001", received: "2026-11-15 10:00", promised: "2026-11-17 18:00",
		name: "孙丽", phone: "13300005555", device: "notebook", brand: "联想", model: "小新 Pro 14", serial: "PF3XN1B7",
		fault: "键盘部分按键失灵"})
	visit.State, visit.Closed, visit.ReadyAt = repair.StatePickedUp, local("2026-11-19 16:00").UTC(), local("2026-11-17 15:00").UTC()
	visit.VisitDue = local("2026-11-22 00:00").UTC()
	s.store(old1, old2, visit,
		s.order(first),
		s.order(brought{number: "R2611190001", received: "2026-11-19 14:30", promised: "2026-11-21 18:00",
			name: "李娜", phone: "13700001111", device: "notebook", brand: "华为", model: "MateBook 14", serial: "HWMB14LN",
			fault: "电池无法充电"}),
		s.order(brought{number: "R2611200001", received: "2026-11-20 10:05", promised: "2026-11-22 18:00",
			name: "张伟", phone: "13800138000", device: "notebook", brand: "联想", model: "ThinkPad X1 Carbon", serial: "PF2XK9A1",
			fault: "开机后屏幕闪烁,偶尔黑屏", loaner: "T14-03"}),
		s.order(brought{number: "R2611210001", received: "2026-11-21 09:30", promised: "2026-11-22 12:00",
			name: "陈明", phone: "13600002222", device: "notebook", brand: "惠普", model: "战66 六代", serial: "HP66CM21",
			fault: "无线网络经常断开"}),
		s.order(brought{number: "R2611210002", received: "2026-11-21 11:00", promised: "2026-11-24 18:00",
			name: "周杰", phone: "13500004444", device: "notebook", brand: "戴尔", model: "Latitude 5440", serial: "DL5440ZJ",
			fault: "系统蓝屏,错误代码不定"}),
		s.order(brought{number: "R2611220001", received: "2026-11-22 09:40", promised: "2026-11-25 18:00",
			name: "刘洋", phone: "18800003333", device: "desktop", brand: "联想", model: "扬天 M4000q", serial: "LXM4000LY",
			fault: "硬盘有异响,系统启动很慢"}),
	)

	// Waiting for a motherboard past its promise: estimate approved,
	// escalated, a complaint answered; the last call 4 days ago.
	s.do("R2611180001", "2026-11-18 10:00", "王工", move(repair.StateDiagnosing, ""))
	s.do("R2611180001", "2026-11-18 11:00", "王工", func(o repair.Order, now time.Time) (repair.Order, error) {
		return repair.SetEstimate(o, "主板 1200", "50", "王工", now)
	})
	s.do("R2611180001", "2026-11-18 14:00", "张工", call(repair.Contact{Kind: repair.ContactEstimate, Reached: true, Approval: repair.ApprovalApproved, Note: "客户同意更换主板"}))
	s.do("R2611180001", "2026-11-18 14:05", "王工", move(repair.StateWaitParts, "主板"))
	s.do("R2611180001", "2026-11-20 09:30", "王工", func(o repair.Order, now time.Time) (repair.Order, error) {
		return repair.Escalate(o, repair.EscalateDeviceFault, "主板需厂家寄送,已提交备件申请", "王工", now)
	})
	s.do("R2611180001", "2026-11-21 17:40", "李主任", func(o repair.Order, now time.Time) (repair.Order, error) {
		return problems(repair.Complain(o, "等太久,第三次送修", "已催厂家,到件当天修好并回电", "李主任", now))
	})
	// Ready since two days, the customer told.
	for _, st := range []struct {
		at string
		to repair.State
	}{{"2026-11-19 15:00", repair.StateDiagnosing}, {"2026-11-20 10:00", repair.StateRepairing}, {"2026-11-20 17:00", repair.StateReady}} {
		if st.to == repair.StateReady {
			s.do("R2611190001", "2026-11-20 16:50", "王工", writeResult(repair.Result{Cause: "电池老化", Work: "更换电池", Parts: "电池", Advice: "避免长时间满电使用"}))
		}
		s.do("R2611190001", st.at, "王工", move(st.to, ""))
	}
	s.do("R2611190001", "2026-11-20 17:10", "张工", call(repair.Contact{Kind: repair.ContactReady, Reached: true}))
	// Promised for today, a loaner out, being diagnosed.
	s.do("R2611200001", "2026-11-20 11:00", "王工", move(repair.StateDiagnosing, ""))
	// Ready this morning, the customer not reached yet.
	s.do("R2611210001", "2026-11-21 10:00", "王工", move(repair.StateDiagnosing, ""))
	s.do("R2611210001", "2026-11-22 08:50", "王工", writeResult(aResult))
	s.do("R2611210001", "2026-11-22 09:00", "王工", move(repair.StateReady, ""))
	s.do("R2611210001", "2026-11-22 09:05", "张工", call(repair.Contact{Kind: repair.ContactReady}))
	// An estimate the customer has not answered.
	s.do("R2611210002", "2026-11-21 14:00", "王工", move(repair.StateDiagnosing, ""))
	s.do("R2611210002", "2026-11-21 15:00", "王工", func(o repair.Order, now time.Time) (repair.Order, error) {
		return repair.SetEstimate(o, "硬盘 450", "", "王工", now)
	})
	s.do("R2611210002", "2026-11-21 15:10", "王工", move(repair.StateWaitApproval, ""))
	return s
}

// desk is a desk at counter 3 on the station's database, sized, with the
// queue and the board read.
func (s *station) desk(lang string, w, h int) Model {
	s.t.Helper()
	c := common.New(s.st, queue.DefaultConfig(), lang, true, func() time.Time { return fixed })
	c.Repair, c.Station, c.Print = repair.DefaultConfig(), config.Default().Station, config.Default().Print
	m := New(c, nil, Options{DB: s.path, Counter: 3, Engineer: "张工"})
	m = send(m, tea.WindowSizeMsg{Width: w, Height: h})
	return run(m, m.Init())
}
