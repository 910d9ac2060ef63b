package intake

import (
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"frontdesk/repair"
	"frontdesk/tui/common"
)

// lookupMsg brings the earlier orders of a phone or a serial.
type lookupMsg struct {
	field, value string
	orders       []repair.Order
	err          error
}

// lookupOnLeave looks up what was just typed into a field worth looking up:
// a phone (a returning customer, filled in) or a serial (its earlier
// orders: comebacks, O7).
func (m Model) lookupOnLeave(field string) tea.Cmd {
	f, st := m.form, m.c.Store
	if st == nil {
		return nil
	}
	var value string
	var find func(string, int) ([]repair.Order, error)
	switch field {
	case repair.FieldPhone:
		value, find = f.in.Phone, st.OrdersByPhone
	case repair.FieldSerial:
		value, find = f.in.Serial, st.OrdersBySerial
	default:
		return nil
	}
	if value == "" || f.looked[field] == value {
		return nil
	}
	f.looked[field] = value
	return func() tea.Msg {
		orders, err := find(value, 20)
		return lookupMsg{field: field, value: value, orders: orders, err: err}
	}
}

// lookedUp fills in what the earlier orders know and the engineer has not
// typed yet: never overwriting what was typed. An answer for a form no
// longer shown is dropped.
func (m Model) lookedUp(msg lookupMsg) (Model, tea.Cmd) {
	f := m.form
	if m.stage != stageForm || m.left || f == nil || msg.err != nil || len(msg.orders) == 0 {
		return m, nil
	}
	last := msg.orders[0].Intake
	switch msg.field {
	case repair.FieldPhone:
		if msg.value != f.in.Phone {
			return m, nil
		}
		f.customer = msg.orders
		fill(f.form.name, &f.in.Name, last.Name)
		if f.in.Kind == repair.Business {
			fill(f.form.company, &f.in.Company, last.Company)
		}
	case repair.FieldSerial:
		if msg.value != f.in.Serial {
			return m, nil
		}
		f.history = msg.orders
		// The warranty clock does not restart on a comeback (O7): the
		// purchase as first recorded is proposed again.
		fill(f.form.brand, &f.in.Brand, last.Brand)
		fill(f.form.model, &f.in.Model, last.Model)
		if f.in.Purchased == "" && last.Purchased != "" {
			f.in.Proof = last.Proof
			f.form.proof.Value((*string)(&f.in.Proof))
			fill(f.form.purchased, &f.in.Purchased, last.Purchased)
			fill(f.form.factory, &f.in.FactoryMonth, last.FactoryMonth)
		}
	}
	f.sync(m.c)
	f.refreshOptions(m.c)
	return m, nil
}

// fill puts an earlier order's value into an empty field, inert: it
// comes from the database, and the input would draw a bidi override or the
// rest of an escape sequence as it is.
func fill(field *huh.Input, dst *string, value string) {
	if value = common.Inert(value); *dst != "" || value == "" {
		return
	}
	*dst = value
	field.Value(dst)
}
