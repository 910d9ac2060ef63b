package demo

import (
	"fmt"
	"time"

	"frontdesk/onsite"
	"frontdesk/repair"
)

// The lives of the on-site history's requests (requests.go makes the
// history and names them): each step through package onsite's rules, and
// the words, places and times they are made of.

// solve is phone guidance (S2), solved at the call-back.
func (h *RequestHistory) solve(r *onsite.Request) {
	h.guide(r)
	back := r.Guidance.CallBack.Add(h.between(0, 30, time.Minute))
	h.must(onsite.CalledBack(r, onsite.OutcomeSolved, "", r.Taker, back) == nil, "call-back")
}

// cancel is a request withdrawn: before anything was done, after the
// guidance, or before the visit.
func (h *RequestHistory) cancel(r *onsite.Request) {
	g := h.g
	at := r.Answered.Add(h.between(10, 90, time.Minute))
	switch x := g.rng.Float64(); {
	case x < 0.3:
		h.guide(r)
		at = r.Guidance.CallBack
	case x < 0.5:
		start := h.schedule(r, g.pick(engineers), r.Answered.Add(3*time.Minute), r.Answered.Add(time.Hour))
		at = start.Add(-h.between(30, 120, time.Minute))
		at = maxTime(at, r.Updated.Add(time.Minute))
	}
	h.must(onsite.Cancel(r, g.pick(withdrawn), r.Taker, at) == nil, "cancel")
}

// visit is a visit done (S4–S12): scheduled, called ahead, the work
// stamped and recorded, checked with the customer, finished.
func (h *RequestHistory) visit(r *onsite.Request) {
	eng := h.g.pick(engineers)
	start := h.schedule(r, eng, r.Answered.Add(3*time.Minute), r.Answered.Add(45*time.Minute))
	h.must(onsite.RecordAhead(r, onsite.AheadAnswered, eng, "", start.Add(-20*time.Minute)) == nil, "ahead")
	h.arrive(r, eng, start)
	fixed := r.Record.Started.Add(h.between(20, 60, time.Minute))
	h.must(onsite.Stamp(r, onsite.FieldFixed, time.Time{}, eng, fixed) == nil, "fixed")
	fee := "0"
	if !r.Device.Verdict.Covered {
		fee = fmt.Sprint(h.cfg.Fee)
	}
	f := h.fault(*r)
	h.must(onsite.SetRecord(r, f.cause, f.work, fee, r.Customer.Name, eng, fixed.Add(3*time.Minute)).OK(), "record")
	h.must(onsite.Inspect(r, h.allPassed(r.Device.Kind), h.g.cfg, eng, fixed.Add(8*time.Minute)) == nil, "inspect")
	left := fixed.Add(12 * time.Minute)
	h.must(onsite.Stamp(r, onsite.FieldDeparted, time.Time{}, eng, left) == nil, "departed")
	h.must(onsite.Finish(r, h.g.cfg, h.loc, eng, left) == nil, "finish")
}

// openLife is where an open request is now: logged, guided (its call-back
// due), scheduled at the engineer's next free time, or the engineer on
// site since the morning.
func (h *RequestHistory) openLife(r *onsite.Request, x float64) {
	switch {
	case x < 0.3:
	case x < 0.5:
		h.guide(r)
	default:
		eng := engineers[h.openScheduled%len(engineers)]
		h.openScheduled++
		open := h.midnight(h.opts.Now).Add(h.cfg.Open)
		if _, busy := h.next[eng]; !busy && h.cfg.ServiceDay(open, h.loc) && h.opts.Now.Sub(open) >= 20*time.Minute {
			// The engineer's first visit of today, under way.
			h.must(onsite.Schedule(r, eng, open, open.Add(visitLength), nil, h.cfg, h.loc, r.Taker, r.Answered.Add(5*time.Minute)) == nil, "schedule")
			h.next[eng] = open.Add(visitLength)
			h.arrive(r, eng, open)
			return
		}
		from := maxTime(h.next[eng], h.opts.Now.Add(30*time.Minute))
		start := h.slot(from)
		h.must(onsite.Schedule(r, eng, start, start.Add(visitLength), nil, h.cfg, h.loc, r.Taker, r.Answered.Add(5*time.Minute)) == nil, "schedule")
		h.next[eng] = start.Add(visitLength)
	}
}

// guide is phone guidance given minutes after the call (S2).
func (h *RequestHistory) guide(r *onsite.Request) {
	at := r.Answered.Add(h.between(3, 10, time.Minute))
	h.must(onsite.Guide(r, h.g.pick(guidance), h.cfg, h.loc, r.Taker, at) == nil, "guide")
}

// schedule agrees the visit at `at`, at the engineer's first service time
// from `from`, and returns its start.
func (h *RequestHistory) schedule(r *onsite.Request, eng string, at, from time.Time) time.Time {
	start := h.slot(from)
	err := onsite.Schedule(r, eng, start, start.Add(visitLength), nil, h.cfg, h.loc, r.Taker, at)
	h.must(err == nil, err)
	return start
}

// arrive stamps the engineer's arrival minutes after start and the start
// of the work.
func (h *RequestHistory) arrive(r *onsite.Request, eng string, start time.Time) {
	arrived := start.Add(h.between(0, 15, time.Minute))
	h.must(onsite.Stamp(r, onsite.FieldArrived, time.Time{}, eng, arrived) == nil, "arrived")
	h.must(onsite.Stamp(r, onsite.FieldStarted, time.Time{}, eng, arrived.Add(h.between(3, 5, time.Minute))) == nil, "started")
}

// slot is the first start of a visit at or after t, on the half hour,
// that fits in a service day's hours.
func (h *RequestHistory) slot(t time.Time) time.Time {
	t = t.Add(29 * time.Minute).Truncate(30 * time.Minute).In(h.loc)
	for {
		day := h.midnight(t)
		if h.cfg.ServiceDay(day, h.loc) {
			t = maxTime(t, day.Add(h.cfg.Open))
			if !t.Add(visitLength).After(day.Add(h.cfg.Close)) {
				return t
			}
		}
		t = day.AddDate(0, 0, 1)
	}
}

// fault is the fault r's words are of.
func (h *RequestHistory) fault(r onsite.Request) fault {
	for _, f := range faultsOf[r.Device.Kind] {
		if f.text == r.Fault {
			return f
		}
	}
	return faultsOf[r.Device.Kind][0]
}

func (h *RequestHistory) found(r onsite.Request) string { return h.fault(r).cause }

// allPassed is the device kind's inspection list, every item passed.
func (h *RequestHistory) allPassed(kind string) []onsite.Checked {
	k, _ := h.g.cfg.Device(kind)
	out := make([]onsite.Checked, len(k.Inspection))
	for i, it := range k.Inspection {
		out[i] = onsite.Checked{Item: it.Key, OK: true}
	}
	return out
}

// rememberBusiness keeps a business's intake for its later calls: the
// last thousand.
func (h *RequestHistory) rememberBusiness(in repair.Intake) {
	if len(h.business) < 1000 {
		h.business = append(h.business, in)
		return
	}
	h.business[h.g.rng.IntN(len(h.business))] = in
}

// address is a site in the city: an office floor or a flat.
func (h *RequestHistory) address(office bool) string {
	g := h.g
	street := g.pick(districts) + g.pick(streets) + fmt.Sprintf(" %d 号", 1+g.rng.IntN(120))
	if office {
		return street + fmt.Sprintf(" %d 层", 1+g.rng.IntN(20))
	}
	return street + fmt.Sprintf(" %d 号楼 %d 单元 %d", 1+g.rng.IntN(30), 1+g.rng.IntN(4), 101+g.rng.IntN(20)*100+g.rng.IntN(6))
}

func (h *RequestHistory) midnight(t time.Time) time.Time {
	y, m, d := t.In(h.loc).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, h.loc)
}

func (h *RequestHistory) between(lo, hi int, unit time.Duration) time.Duration {
	return time.Duration(lo+h.g.rng.IntN(hi-lo+1)) * unit
}

// must stops the history at a rule of package onsite that refused a step:
// a bug of this file.
func (h *RequestHistory) must(ok bool, why any) {
	if !ok {
		panic(fmt.Sprintf("demo: on-site history: %v", why))
	}
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

// The words of the on-site history.
var (
	coordinators = []string{"周丽", "吴倩", "郑晓燕"}
	positions    = []string{"行政主管", "财务经理", "办公室主任", "信息部专员", "前台", "总经理助理"}
	districts    = []string{"海淀区", "朝阳区", "西城区", "东城区", "丰台区", "大兴区", "通州区", "昌平区"}
	streets      = []string{"中关村大街", "建国路", "金融大街", "望京西园", "方庄芳古园", "科创十三街", "学院路", "亮马桥路"}
	guidance     = []string{
		"指导客户关机断电后重新开机", "指导客户重新插拔电源线和数据线", "指导客户更新驱动程序",
		"指导客户恢复网络设置后重新连接", "指导客户清理开机启动项", "指导客户进入安全模式卸载最近安装的软件",
	}
	withdrawn = []string{"客户已自行解决", "客户改为送修到站", "客户取消上门", "客户不接受上门服务费"}
)
