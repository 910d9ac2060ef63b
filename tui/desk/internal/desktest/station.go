package desktest

import (
	"hash/fnv"
	"path/filepath"
	"testing"
	"time"

	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/tui/desk/parts"
)

// Station is a database of repair orders in every state the board lists,
// made the way the desk makes them (store.BulkOrders for the intakes, then
// store.UpdateOrder with package repair's functions), on a clock the test
// sets: the same file, byte for byte in what it shows, every run.
type Station struct {
	t    testing.TB
	St   *store.Store
	Path string
	Now  time.Time // the store's clock
	IDs  map[string]uint64
}

// Local is a Station-Local time "2006-01-02 15:04".
func Local(s string) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04", s, queue.DefaultConfig().Location)
	if err != nil {
		panic(err)
	}
	return t
}

// NewStation opens an empty database whose clock stands at the tests'
// Fixed time until a step moves it.
func NewStation(t testing.TB) *Station { return NewStationOn(t, queue.DefaultConfig()) }

// NewStationOn is NewStation with the queue configured as cfg.
func NewStationOn(t testing.TB, cfg queue.Config) *Station {
	t.Helper()
	s := &Station{t: t, Path: filepath.Join(t.TempDir(), "Station.db"), Now: Fixed, IDs: map[string]uint64{}}
	st, err := store.Open(store.Options{
		Path: s.Path, Queue: cfg, NoSync: true,
		Now: func() time.Time { return s.Now },
	})
	if err != nil {
		t.Fatal(err)
	}
	s.St = st
	return s
}

// Brought is what a customer Brought in, checked as at the counter at the
// time received; the order is numbered number.
type Brought struct {
	Number, Received, Promised string
	Name, Phone, Device        string
	Brand, Model, Serial       string
	Fault, Loaner              string
	Previous                   []string
}

// Order makes the checked order of an intake, not yet stored.
func (s *Station) Order(in Brought) repair.Order {
	s.t.Helper()
	cfg := repair.DefaultConfig()
	at := Local(in.Received)
	part := map[string]string{"notebook": "notebook", "desktop": "main"}[in.Device]
	x := repair.Intake{
		Phone: in.Phone, Name: in.Name, Kind: repair.Consumer,
		Device: in.Device, Brand: in.Brand, Model: in.Model, Serial: in.Serial,
		Purchased: at.AddDate(0, -5, 0).Format(time.DateOnly), Proof: repair.ProofInvoice, Part: part,
		Fault: in.Fault, Reproduced: repair.ReproducedYes, BackupRaised: true, OpenConsent: true,
		Promised: in.Promised, LoanerOffered: true,
	}
	if in.Device == "notebook" {
		x.Accessories = []string{"adapter", "cord"}
		x.Condition = []string{"scratches"}
	}
	if in.Loaner != "" {
		x.LoanerAccepted, x.Loaner = true, in.Loaner
	}
	o, ps := repair.Check(cfg, x, at, queue.DefaultConfig().Location)
	if !ps.OK() {
		s.t.Fatalf("%s: %v", in.Number, ps)
	}
	o.Number, o.Claim, o.Counter, o.Engineer, o.Previous = in.Number, ClaimOf(in.Number), 3, "张工", in.Previous
	return o
}

// ClaimOf is a claim code that stays the same for an order number.
func ClaimOf(number string) string {
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

// Store saves orders, oldest first, as the demo and imports do.
func (s *Station) Store(orders ...repair.Order) {
	s.t.Helper()
	if err := s.St.BulkOrders(orders); err != nil {
		s.t.Fatal(err)
	}
	for _, o := range orders {
		found, ok, err := s.St.OrderByNumber(o.Number)
		if err != nil || !ok {
			s.t.Fatalf("%s not stored: %v", o.Number, err)
		}
		s.IDs[o.Number] = found.ID
	}
}

// Do changes an order at a Station-Local time, as the desk does.
func (s *Station) Do(number, at, who string, change func(o repair.Order, now time.Time) (repair.Order, error)) {
	s.t.Helper()
	s.Now = Local(at)
	if _, err := s.St.UpdateOrder(who, 3, s.IDs[number], change); err != nil {
		s.t.Fatalf("%s at %s: %v", number, at, err)
	}
	s.Now = Fixed
}

// Move is a change of an order to state to, by 王工, saying text.
func Move(to repair.State, text string) func(repair.Order, time.Time) (repair.Order, error) {
	return func(o repair.Order, now time.Time) (repair.Order, error) {
		return repair.Move(o, to, "王工", now, text)
	}
}

// WriteResult is the engineer's result r written by 王工, as the order
// screen checks it.
func WriteResult(r repair.Result) func(repair.Order, time.Time) (repair.Order, error) {
	return func(o repair.Order, now time.Time) (repair.Order, error) {
		return parts.Problems(repair.SetResult(o, r, "王工", now))
	}
}

// Call is a call to the customer logged by 张工.
func Call(c repair.Contact) func(repair.Order, time.Time) (repair.Order, error) {
	return func(o repair.Order, now time.Time) (repair.Order, error) {
		return repair.LogContact(o, c, "张工", now)
	}
}

// AResult is a repair's result that passes every check.
var AResult = repair.Result{Cause: "屏幕排线松动", Work: "重新插接屏幕排线并固定", Parts: "无", Advice: "避免频繁大角度开合屏幕"}

// MorningStation is the Station on the morning of the Fixed clock
// (2026-11-22 10:30): eight orders on the board — one waiting for parts,
// overdue, owed a Call and owed an exchange (O7); one promised for today
// with a loaner out; one ready and told, uncollected a day; one ready and
// not told; one just received; one waiting for the customer's approval;
// one picked up whose return visit is due — and the two earlier repairs of
// the first one's device.
func MorningStation(t testing.TB) *Station { return MorningStationOn(t, queue.DefaultConfig()) }

// MorningStationOn is MorningStation with the queue configured as cfg.
func MorningStationOn(t testing.TB, cfg queue.Config) *Station {
	t.Helper()
	s := NewStationOn(t, cfg)
	dell := func(number, received string) Brought {
		return Brought{
			Number: number, Received: received, Promised: Local(received).Add(72 * time.Hour).Format("2006-01-02 15:04"),
			Name: "赵敏", Phone: "13911110000", Device: "desktop", Brand: "戴尔", Model: "OptiPlex 7010", Serial: "CN7010ZM",
			Fault: "开机无显示,电源指示灯亮",
		}
	}
	old1, old2 := s.Order(dell("R2605100003", "2026-05-10 09:00")), s.Order(dell("R2608020011", "2026-08-02 15:00"))
	for i, o := range []*repair.Order{&old1, &old2} {
		o.State, o.Closed = repair.StatePickedUp, o.Received.Add(time.Duration(48+i)*time.Hour)
	}
	first := dell("R2611180001", "2026-11-18 09:20")
	first.Promised, first.Previous = "2026-11-21 18:00", []string{"R2605100003", "R2608020011"}
	first.Fault = "开机无显示,电源指示灯亮,风扇转动正常;第三次送修"
	visit := s.Order(Brought{
		Number: "R2611150001", Received: "2026-11-15 10:00", Promised: "2026-11-17 18:00",
		Name: "孙丽", Phone: "13300005555", Device: "notebook", Brand: "联想", Model: "小新 Pro 14", Serial: "PF3XN1B7",
		Fault: "键盘部分按键失灵",
	})
	visit.State, visit.Closed, visit.ReadyAt = repair.StatePickedUp, Local("2026-11-19 16:00").UTC(), Local("2026-11-17 15:00").UTC()
	visit.VisitDue = Local("2026-11-22 00:00").UTC()
	s.Store(old1, old2, visit,
		s.Order(first),
		s.Order(Brought{
			Number: "R2611190001", Received: "2026-11-19 14:30", Promised: "2026-11-21 18:00",
			Name: "李娜", Phone: "13700001111", Device: "notebook", Brand: "华为", Model: "MateBook 14", Serial: "HWMB14LN",
			Fault: "电池无法充电",
		}),
		s.Order(Brought{
			Number: "R2611200001", Received: "2026-11-20 10:05", Promised: "2026-11-22 18:00",
			Name: "张伟", Phone: "13800138000", Device: "notebook", Brand: "联想", Model: "ThinkPad X1 Carbon", Serial: "PF2XK9A1",
			Fault: "开机后屏幕闪烁,偶尔黑屏", Loaner: "T14-03",
		}),
		s.Order(Brought{
			Number: "R2611210001", Received: "2026-11-21 09:30", Promised: "2026-11-22 12:00",
			Name: "陈明", Phone: "13600002222", Device: "notebook", Brand: "惠普", Model: "战66 六代", Serial: "HP66CM21",
			Fault: "无线网络经常断开",
		}),
		s.Order(Brought{
			Number: "R2611210002", Received: "2026-11-21 11:00", Promised: "2026-11-24 18:00",
			Name: "周杰", Phone: "13500004444", Device: "notebook", Brand: "戴尔", Model: "Latitude 5440", Serial: "DL5440ZJ",
			Fault: "系统蓝屏,错误代码不定",
		}),
		s.Order(Brought{
			Number: "R2611220001", Received: "2026-11-22 09:40", Promised: "2026-11-25 18:00",
			Name: "刘洋", Phone: "18800003333", Device: "desktop", Brand: "联想", Model: "扬天 M4000q", Serial: "LXM4000LY",
			Fault: "硬盘有异响,系统启动很慢",
		}),
	)

	// Waiting for a motherboard past its promise: estimate approved,
	// escalated, a complaint answered; the last Call 4 days ago.
	s.Do("R2611180001", "2026-11-18 10:00", "王工", Move(repair.StateDiagnosing, ""))
	s.Do("R2611180001", "2026-11-18 11:00", "王工", func(o repair.Order, now time.Time) (repair.Order, error) {
		return repair.SetEstimate(o, "主板 1200", "50", "王工", now)
	})
	s.Do("R2611180001", "2026-11-18 14:00", "张工", Call(repair.Contact{Kind: repair.ContactEstimate, Reached: true, Approval: repair.ApprovalApproved, Note: "客户同意更换主板"}))
	s.Do("R2611180001", "2026-11-18 14:05", "王工", Move(repair.StateWaitParts, "主板"))
	s.Do("R2611180001", "2026-11-20 09:30", "王工", func(o repair.Order, now time.Time) (repair.Order, error) {
		return repair.Escalate(o, repair.EscalateDeviceFault, "主板需厂家寄送,已提交备件申请", "王工", now)
	})
	s.Do("R2611180001", "2026-11-21 17:40", "李主任", func(o repair.Order, now time.Time) (repair.Order, error) {
		return parts.Problems(repair.Complain(o, "等太久,第三次送修", "已催厂家,到件当天修好并回电", "李主任", now))
	})
	// Ready since two days, the customer told.
	for _, st := range []struct {
		at string
		to repair.State
	}{{"2026-11-19 15:00", repair.StateDiagnosing}, {"2026-11-20 10:00", repair.StateRepairing}, {"2026-11-20 17:00", repair.StateReady}} {
		if st.to == repair.StateReady {
			s.Do("R2611190001", "2026-11-20 16:50", "王工", WriteResult(repair.Result{Cause: "电池老化", Work: "更换电池", Parts: "电池", Advice: "避免长时间满电使用"}))
		}
		s.Do("R2611190001", st.at, "王工", Move(st.to, ""))
	}
	s.Do("R2611190001", "2026-11-20 17:10", "张工", Call(repair.Contact{Kind: repair.ContactReady, Reached: true}))
	// Promised for today, a loaner out, being diagnosed.
	s.Do("R2611200001", "2026-11-20 11:00", "王工", Move(repair.StateDiagnosing, ""))
	// Ready this morning, the customer not reached yet.
	s.Do("R2611210001", "2026-11-21 10:00", "王工", Move(repair.StateDiagnosing, ""))
	s.Do("R2611210001", "2026-11-22 08:50", "王工", WriteResult(AResult))
	s.Do("R2611210001", "2026-11-22 09:00", "王工", Move(repair.StateReady, ""))
	s.Do("R2611210001", "2026-11-22 09:05", "张工", Call(repair.Contact{Kind: repair.ContactReady}))
	// An estimate the customer has not answered.
	s.Do("R2611210002", "2026-11-21 14:00", "王工", Move(repair.StateDiagnosing, ""))
	s.Do("R2611210002", "2026-11-21 15:00", "王工", func(o repair.Order, now time.Time) (repair.Order, error) {
		return repair.SetEstimate(o, "硬盘 450", "", "王工", now)
	})
	s.Do("R2611210002", "2026-11-21 15:10", "王工", Move(repair.StateWaitApproval, ""))
	return s
}

// Stored is the order numbered number as the station's database holds it.
func (s *Station) Stored(t testing.TB, number string) repair.Order {
	t.Helper()
	o, ok, err := s.St.OrderByNumber(number)
	if err != nil || !ok {
		t.Fatalf("%s not stored: %v", number, err)
	}
	return o
}
