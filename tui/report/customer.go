package report

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"

	"charm.land/lipgloss/v2"

	"frontdesk/onsite"
	"frontdesk/repair"
	rpt "frontdesk/report"
	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/i18n"
)

// Customer is a business customer's service analysis for a period, as
// `frontdesk report --customer` prints it: onsite.Analyse's figures over
// the company's carry-in orders and on-site requests received in the
// period, and the devices those services were for.
type Customer struct {
	Company   string     `json:"company"` // as the station wrote it on its newest service, else as asked
	Period    rpt.Period `json:"period"`
	CarryIn   int        `json:"carry_in"`      // repair orders received
	OnSite    int        `json:"onsite"`        // on-site requests received, cancelled ones left out
	Visits    int        `json:"visits"`        // those an engineer went to
	OnTime    int        `json:"on_time"`       // on site within the target
	Late      int        `json:"late"`          // past it, within the cap
	Missed    int        `json:"missed"`        // past the cap
	OnTimePct float64    `json:"on_time_share"` // OnTime of Visits, 0 to 1 (1 with no visit)
	Phone     int        `json:"phone_solved"`  // on-site requests solved on the phone
	PhonePct  float64    `json:"phone_share"`   // Phone of OnSite, 0 to 1
	Escalated int        `json:"escalated"`     // taken back as carry-in repairs
	Recurring []Fault    `json:"recurring"`
	Devices   []Device   `json:"devices"`
}

// Fault is one model's recurring fault: two services or more of a similar
// fault, their orders' and requests' numbers oldest first.
type Fault struct {
	Model    string   `json:"model"`
	Fault    string   `json:"fault"` // as the first of them told it
	Services []string `json:"services"`
	Serials  []string `json:"serials"`
}

// Device is one of the company's devices by serial, with how many services
// of the period were for it.
type Device struct {
	Serial   string `json:"serial"`
	Model    string `json:"model"`
	Services int    `json:"services"`
}

// Any reports whether the company had a service in the period.
func (c Customer) Any() bool { return c.CarryIn+c.OnSite > 0 }

// LoadCustomer is company's analysis for p (C2): the orders and requests
// received in p through the store's period readers, those of the company
// kept (matched as onsite.Analyse matches it: trimmed, folded, case
// aside), S8 judged with ocfg in loc.
func LoadCustomer(st store.Station, ocfg onsite.Config, loc *time.Location, company string, p rpt.Period) (Customer, error) {
	from, to := p.Start(), p.End()
	var orders []repair.Order
	err := st.OrdersReceived(from, to, func(os []repair.Order) error {
		for _, o := range os {
			if sameCompany(o.Intake.Company, company) {
				orders = append(orders, o)
			}
		}
		return nil
	})
	var requests []onsite.Request
	if err == nil {
		err = st.RequestsReceived(from, to, func(rs []onsite.Request) error {
			for _, r := range rs {
				if sameCompany(r.Customer.Company, company) {
					requests = append(requests, r)
				}
			}
			return nil
		})
	}
	if err != nil {
		return Customer{}, err
	}
	a := onsite.Analyse(company, from, to, requests, orders, ocfg, loc)
	c := Customer{
		Company: a.Company, Period: p, CarryIn: a.CarryIn, OnSite: a.OnSite, Visits: a.Visits,
		OnTime: a.OnTime, Late: a.Late, Missed: a.Visits - a.OnTime - a.Late, OnTimePct: a.OnTimeShare(),
		Phone: a.Phone, PhonePct: a.PhoneShare(), Escalated: a.Escalated,
		Recurring: []Fault{}, Devices: []Device{},
	}
	for _, r := range a.Recurring {
		c.Recurring = append(c.Recurring, Fault{r.Model, r.Fault, r.Services, r.Serials})
	}
	var newest time.Time
	devices := map[string]*Device{}
	add := func(at time.Time, name, serial, model string) {
		if at.After(newest) {
			newest, c.Company = at, strings.TrimSpace(name)
		}
		key := strings.ToUpper(strings.TrimSpace(serial))
		if key == "" {
			return
		}
		d := devices[key]
		if d == nil {
			d = &Device{Serial: key}
			devices[key] = d
		}
		d.Services++
		if m := strings.TrimSpace(model); m != "" && d.Model == "" {
			d.Model = m
		}
	}
	for _, o := range orders {
		add(o.Received, o.Intake.Company, o.Intake.Serial, o.Intake.Model)
	}
	for _, r := range requests {
		if r.State != onsite.StateCancelled { // as Analyse counts them
			add(r.Received, r.Customer.Company, r.Device.Serial, r.Device.Model)
		}
	}
	for _, d := range devices {
		c.Devices = append(c.Devices, *d)
	}
	slices.SortFunc(c.Devices, func(a, b Device) int { return cmp.Compare(a.Serial, b.Serial) })
	return c, nil
}

// sameCompany is onsite.Analyse's match of a company's name.
func sameCompany(a, b string) bool {
	a, b = strings.TrimSpace(repair.Fold(a)), strings.TrimSpace(repair.Fold(b))
	return a != "" && strings.EqualFold(a, b)
}

// CustomerText is c as `frontdesk report --customer` prints it, in one
// column of at most width cells: the heading with the company and the
// period, the services, S8 kept, solved on the phone and escalated, the
// recurring faults with their services' numbers, the devices by serial.
// Text from the database is made inert.
func CustomerText(t i18n.Catalog, c Customer, width int) string {
	pct := func(x float64) string { return strconv.Itoa(int(x*100+0.5)) + "%" }
	name := c.Period.Name()
	if k := c.Period.Kind; k == rpt.KindQuarter || k == rpt.KindHalf || k == rpt.KindYear {
		name += " (" + c.Period.First + " – " + c.Period.Last + ")"
	}
	sections := []Section{
		{t.T("customer.services"), []string{
			"  " + t.T("customer.services.sum", c.CarryIn, c.OnSite, c.Visits),
			"  " + t.T("customer.phone", c.Phone, pct(c.PhonePct), c.Escalated),
		}},
		{t.T("customer.s8"), []string{"  " + t.T("report.onsite.s8", c.OnTime, c.Late, c.Missed, pct(c.OnTimePct))}},
		{t.T("customer.recurring"), recurringLines(t, c.Recurring, width)},
		{t.T("customer.devices"), devicesLines(t, c.Devices, width)},
	}
	lines := []string{t.T("customer.title", common.Inert(c.Company), name)}
	for _, s := range sections {
		lines = append(lines, "", s.Title)
		lines = append(lines, s.Lines...)
	}
	return strings.Join(cut(lines, width), "\n")
}

// recurringLines is each recurring fault on a line — model, how many
// services, the fault — and under it its services' numbers and its
// devices, wrapped within width.
func recurringLines(t i18n.Catalog, fs []Fault, width int) []string {
	if len(fs) == 0 {
		return []string{"  " + t.T("none")}
	}
	var lines []string
	for _, f := range fs {
		lines = append(lines, "  "+t.T("customer.recurring.row", common.Inert(f.Model), len(f.Services), common.Inert(f.Fault)))
		lines = append(lines, wrap(t.T("customer.recurring.services", inertAll(f.Services)), width)...)
		if len(f.Serials) > 0 {
			lines = append(lines, wrap(t.T("customer.recurring.serials", inertAll(f.Serials)), width)...)
		}
	}
	return lines
}

func devicesLines(t i18n.Catalog, ds []Device, width int) []string {
	rows := [][]string{{t.T("customer.col.serial"), t.T("customer.col.model"), t.T("customer.col.services")}}
	for _, d := range ds {
		rows = append(rows, []string{common.Inert(d.Serial), common.Inert(d.Model), n(d.Services)})
	}
	return orNone(t, rows, width, 1, "llr")
}

func inertAll(ss []string) string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = common.Inert(s)
	}
	return strings.Join(out, " ")
}

// wrap breaks s at its spaces into lines indented by four, each within
// width cells; a word longer than a line is cut at the end (cut).
func wrap(s string, width int) []string {
	const indent = "    "
	var lines []string
	line := indent
	for _, w := range strings.Fields(s) {
		if line != indent && lipgloss.Width(line)+1+lipgloss.Width(w) > width {
			lines = append(lines, line)
			line = indent
		}
		if line != indent {
			line += " "
		}
		line += w
	}
	return append(lines, line)
}
