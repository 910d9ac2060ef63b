package demo

import (
	"fmt"
	"strings"
	"time"

	"frontdesk/repair"
)

// device is the device of a new order and its place among the recent
// ones (-1 for a new one): about one in ten is a device seen before,
// brought back by the same customer (O7), half of them with the same fault;
// the others are new, with a new customer.
func (g *gen) device(at time.Time) (device, int) {
	if len(g.devices) > 100 && g.chance(0.1) {
		i := g.rng.IntN(len(g.devices))
		d := g.devices[i]
		if g.chance(0.5) {
			d.fault = g.rng.IntN(len(faultsOf[d.in.Device]))
		}
		return d, i
	}
	m := models[g.rng.IntN(len(models))]
	in := repair.Intake{
		Kind: repair.Consumer, Device: m.kind, Brand: m.brand, Model: m.model,
		Serial: g.serial(m.brand),
	}
	in.Name, in.Phone = g.name(), g.mobile()
	switch r := g.rng.Float64(); {
	case r < 0.08:
		in.Kind, in.Company = repair.Business, g.pick(companies)
		if g.chance(0.6) {
			in.Phone = g.landline()
		}
	case r < 0.11:
		// A dealer brings it for the end user (I1), whose name and phone
		// are on the order.
		in.ByDealer, in.Dealer = true, fmt.Sprintf("中关村电脑城 %c 区 %d 号", 'A'+rune(g.rng.IntN(4)), 1+g.rng.IntN(60))
		in.DealerPhone = g.mobile()
	case r < 0.14:
		in.Phone = g.landline()
	}
	g.purchase(&in, at)
	return device{in: in, fault: g.rng.IntN(len(faultsOf[m.kind]))}, -1
}

// remember keeps the device of an order for a later comeback, with the
// order's number added to its history; a comeback replaces its earlier
// self at place i.
func (g *gen) remember(d device, i int, number string) {
	d.orders = append(d.orders[:len(d.orders):len(d.orders)], number)
	switch {
	case i >= 0:
		g.devices[i] = d
	case len(g.devices) < comebackPool:
		g.devices = append(g.devices, d)
	default:
		g.devices[g.rng.IntN(comebackPool)] = d
	}
}

// name is a Chinese name of two or three characters, or in one case of
// twenty a name in Latin letters.
func (g *gen) name() string {
	if g.chance(0.05) {
		return g.pick(latinNames)
	}
	n := string(surnames[g.rng.IntN(len(surnames))]) + string(given[g.rng.IntN(len(given))])
	if g.chance(0.5) {
		n += string(given[g.rng.IntN(len(given))])
	}
	return n
}

// mobile is a mobile number, 1[3-9] and nine digits.
func (g *gen) mobile() string {
	return fmt.Sprintf("1%d%09d", 3+g.rng.IntN(7), g.rng.IntN(1_000_000_000))
}

// landline is a landline with its area code, as repair.NormalizePhone
// writes it: "010-62345678".
func (g *gen) landline() string {
	a := areaCodes[g.rng.IntN(len(areaCodes))]
	rest := 1
	for range a.digits - 1 {
		rest *= 10
	}
	first := 2 + g.rng.IntN(8) // a local number starts with 2–9
	return fmt.Sprintf("%s-%d%0*d", a.code, first, a.digits-1, g.rng.IntN(rest))
}

const serialChars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"

// serial is a serial as on the brand's labels: two letters of the brand
// and six more.
func (g *gen) serial(brand string) string {
	var b strings.Builder
	b.WriteString(serialPrefix[brand])
	for range 6 {
		b.WriteByte(serialChars[g.rng.IntN(len(serialChars))])
	}
	return b.String()
}

// purchase sets when and how the device was bought (I3): mostly with the
// invoice, a few days to three and a half years before, sometimes only the
// 三包 voucher's factory month, sometimes nothing.
func (g *gen) purchase(in *repair.Intake, at time.Time) {
	var bought time.Time
	if g.chance(0.03) {
		bought = at.AddDate(0, 0, -g.rng.IntN(15)) // 三包: return or exchange (I5)
	} else {
		bought = at.AddDate(0, -g.rng.IntN(42), -g.rng.IntN(28))
	}
	switch r := g.rng.Float64(); {
	case r < 0.78:
		in.Proof, in.Purchased = repair.ProofInvoice, bought.Format(repair.DayLayout)
	case r < 0.93:
		in.Proof = repair.ProofVoucher
		in.FactoryMonth = bought.AddDate(0, -g.rng.IntN(3), 0).Format(repair.MonthLayout)
	default:
		in.Proof = repair.ProofNone
	}
}

// intakeDetails fills what the counter records of this visit (I6–I10):
// whether the fault showed, the accessories, the condition, data and
// consents.
func (g *gen) intakeDetails(in *repair.Intake) {
	switch r := g.rng.Float64(); {
	case r < 0.8:
		in.Reproduced, in.BurnInConsent = repair.ReproducedYes, false
	case r < 0.95:
		in.Reproduced, in.BurnInConsent = repair.ReproducedIntermittent, false
	default:
		in.Reproduced, in.BurnInConsent = repair.ReproducedNo, true
	}
	acc := accessories[in.Device]
	in.Accessories = append([]string(nil), acc[:1+g.rng.IntN(2)]...)
	in.Condition = nil
	if g.chance(0.3) {
		in.Condition = []string{g.pick(condition[in.Device])}
	}
	in.BackupRaised, in.OpenConsent = true, true
	in.DataRisk = in.Part == "software" || in.Part == "main" && g.chance(0.5)
	in.DataLossConsent = in.DataRisk
	in.PasswordAtCounter = in.Device == "notebook" && g.chance(0.3)
}

// promise is the promised time (I12): what the form proposes, now and then
// a day less for a simple job or a few days more for a part on order.
func (g *gen) promise(at time.Time) time.Time {
	p := repair.ProposedPromise(g.cfg, at, g.loc)
	switch r := g.rng.Float64(); {
	case r < 0.2:
		p = p.AddDate(0, 0, -1)
	case r < 0.35:
		p = p.AddDate(0, 0, 1+g.rng.IntN(4))
	}
	return p
}

// target is the state an open order received at has reached by now: the
// older it is, the further along — a day's intake mostly still waiting for
// its diagnosis, the day before's diagnosed, priced, its parts ordered or
// in repair, older ones further on or ready and not yet collected.
func (g *gen) target(at time.Time) repair.State {
	age := g.now.Sub(at)
	switch {
	case age < 3*time.Hour:
		return repair.StateReceived
	case age < 24*time.Hour:
		return g.pickState(repair.StateReceived, repair.StateReceived, repair.StateDiagnosing)
	case age < 48*time.Hour:
		return g.pickState(repair.StateDiagnosing, repair.StateWaitApproval, repair.StateWaitParts, repair.StateRepairing)
	case age > 5*24*time.Hour && g.chance(0.55):
		return repair.StateReady // done, not yet collected (O8)
	}
	return g.pickState(repair.StateDiagnosing, repair.StateWaitApproval, repair.StateWaitParts,
		repair.StateWaitParts, repair.StateRepairing, repair.StateTesting, repair.StateReady, repair.StateReady)
}

// opening is t, or when the station is closed then the next opening at
// the same minute past the hour: 09:00–18:00 every day.
func (g *gen) opening(t time.Time) time.Time {
	local := t.In(g.loc)
	y, m, d := local.Date()
	h, mi, sec := local.Clock()
	switch {
	case h < 9:
		return time.Date(y, m, d, 9, mi, sec, 0, g.loc)
	case h >= 18:
		return time.Date(y, m, d+1, 9, mi, sec, 0, g.loc)
	}
	return t
}

func (g *gen) pickState(s ...repair.State) repair.State { return s[g.rng.IntN(len(s))] }

func loanerName(n int, kind string) string {
	if kind == "monitor" {
		return fmt.Sprintf("备用显示器 %02d", n)
	}
	return fmt.Sprintf("备机 %02d", n)
}

func ticketNumber(prefix string, n uint64) string { return fmt.Sprintf("%s%03d", prefix, n) }
