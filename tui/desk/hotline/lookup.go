package hotline

import (
	"cmp"
	"slices"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"frontdesk/onsite"
	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/tui/common"
)

// customer is what the station knows of a phone: the newest name, company
// and address it was given with, the devices of its orders and requests,
// and those still open.
type customer struct {
	known    bool
	name     string
	kind     repair.CustomerKind
	company  string
	position string
	landline string
	address  string
	devices  []device
	orders   []openOrder
	requests []openRequest
}

// device is one of the customer's devices, by model and serial.
type device struct{ kind, model, serial string }

// openOrder is a carry-in order still in work.
type openOrder struct {
	number   string
	state    repair.State
	promised time.Time
}

// openRequest is an on-site request still open.
type openRequest struct {
	number string
	state  onsite.State
	visit  time.Time
}

type (
	// lookedUpMsg brings what the station knows of phone.
	lookedUpMsg struct {
		phone string
		cust  customer
		err   error
	}
	// mineMsg brings the person's open calls.
	mineMsg struct {
		calls []onsite.Call
		err   error
	}
	// staffMsg brings the station's staff names.
	staffMsg struct{ names []string }
)

// lookupLimit is how many orders and requests of a phone are read: a
// customer's last few, not their whole history.
const lookupLimit = 20

// lookUp reads the orders and the requests of phone.
func lookUp(st store.Station, phone string) tea.Cmd {
	return func() tea.Msg {
		orders, err := st.OrdersByPhone(phone, lookupLimit)
		if err != nil {
			return lookedUpMsg{phone: phone, err: err}
		}
		requests, err := st.RequestsByPhone(phone, lookupLimit)
		if err != nil {
			return lookedUpMsg{phone: phone, err: err}
		}
		return lookedUpMsg{phone: phone, cust: knownAs(orders, requests)}
	}
}

// knownAs gathers a customer from their orders and requests: the facts of
// the newest record, the devices of all (newest first, each once), the
// open ones.
func knownAs(orders []repair.Order, requests []onsite.Request) customer {
	var c customer
	var at time.Time
	slices.SortFunc(orders, func(a, b repair.Order) int { return b.Received.Compare(a.Received) })
	slices.SortFunc(requests, func(a, b onsite.Request) int { return b.Received.Compare(a.Received) })
	for _, r := range requests {
		cu := r.Customer
		if !c.known || r.Received.After(at) {
			c.name, c.kind, c.company, c.position, c.landline, c.address = cu.Name, cu.Kind, cu.Company, cu.Position, cu.Landline, cu.Address
			c.known, at = true, r.Received
		}
		c.addDevice(device{kind: r.Device.Kind, model: r.Device.Model, serial: r.Device.Serial})
		if r.Open() {
			c.requests = append(c.requests, openRequest{number: r.Number, state: r.State, visit: r.Visit.Start})
		}
	}
	for _, o := range orders {
		in := o.Intake
		if !c.known || o.Received.After(at) {
			c.name, c.kind, c.company = in.Name, in.Kind, in.Company
			c.known, at = true, o.Received
		}
		c.addDevice(device{kind: in.Device, model: joinModel(in.Brand, in.Model), serial: in.Serial})
		if !o.State.Final() {
			c.orders = append(c.orders, openOrder{number: o.Number, state: o.State, promised: o.Promised})
		}
	}
	if c.kind == "" && c.company != "" {
		c.kind = repair.Business
	}
	return c
}

// joinModel is the brand and the model, the brand left out when the model
// already says it.
func joinModel(brand, model string) string {
	switch {
	case brand == "" || strings.HasPrefix(model, brand):
		return model
	case model == "":
		return brand
	}
	return brand + " " + model
}

// addDevice keeps d unless a device of the same serial (or, without one,
// the same model) is already listed.
func (c *customer) addDevice(d device) {
	if d.model == "" && d.serial == "" {
		return
	}
	if slices.ContainsFunc(c.devices, func(e device) bool {
		return cmp.Or(e.serial, e.model) == cmp.Or(d.serial, d.model)
	}) {
		return
	}
	c.devices = append(c.devices, d)
}

// readMine reads the person's open calls.
func readMine(st store.Station, person string) tea.Cmd {
	if st == nil || person == "" {
		return nil
	}
	return func() tea.Msg {
		calls, err := st.CallsOwned(person)
		return mineMsg{calls: calls, err: err}
	}
}

// readStaff reads the names of the station's staff, for the hand-over; a
// station with no staff record has the name typed.
func readStaff(st store.Station) tea.Cmd {
	if st == nil {
		return nil
	}
	return func() tea.Msg {
		members, err := st.StaffList()
		if err != nil {
			return staffMsg{}
		}
		names := make([]string, 0, len(members))
		for _, p := range members {
			names = append(names, p.Name)
		}
		return staffMsg{names: names}
	}
}

// othersThan is names without person's, cleaned for the screen.
func othersThan(names []string, person string) []string {
	var out []string
	for _, n := range names {
		if n != person && common.Inert(n) == n && n != "" {
			out = append(out, n)
		}
	}
	return out
}

// lookedUp shows what the station knows of the phone and asks the topic.
func (m Model) lookedUp(msg lookedUpMsg) (Model, tea.Cmd) {
	if msg.phone != m.phone || m.stage != stagePhone || !m.busy {
		return m, nil
	}
	m.busy = false
	if msg.err != nil {
		m.Say(common.ExplainRead(m.c.Text, m.c.Cfg, msg.err), true)
		return m, nil
	}
	m.cust, m.looked = msg.cust, true
	if !msg.cust.known {
		m.Say(m.c.Text.T("hotline.unknown"), false)
	} else {
		m.Say("", false)
	}
	m.stage = stageTopic
	return m, m.field("", onsite.MaxTopic+slack)
}
