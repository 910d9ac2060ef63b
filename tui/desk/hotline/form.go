package hotline

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"

	"frontdesk/onsite"
	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// values are what the request form fills in (S1).
type values struct {
	fault, name, company, position, phone, landline, address, model, serial string
	devKind                                                                 string
	kind                                                                    repair.CustomerKind
	network, netAsked                                                       bool
	mobile                                                                  bool // the call's phone is a mobile: the landline is asked
}

// request is the request the values make, not yet checked.
func (v *values) request() onsite.Request {
	return onsite.Request{
		Customer: onsite.Customer{Kind: v.kind, Name: v.name, Company: v.company, Position: v.position,
			Phone: v.phone, Landline: v.landline, Address: v.address},
		Device:  onsite.Device{Kind: v.devKind, Model: v.model, Serial: v.serial},
		Fault:   v.fault,
		Network: v.network, NetworkAsked: v.netAsked,
	}
}

// text is the value of a text field of the form.
func (v *values) text(field string) *string {
	return map[string]*string{onsite.FieldFault: &v.fault, onsite.FieldName: &v.name, onsite.FieldCompany: &v.company,
		onsite.FieldPosition: &v.position, onsite.FieldPhone: &v.phone, onsite.FieldLandline: &v.landline,
		onsite.FieldAddress: &v.address, onsite.FieldModel: &v.model, onsite.FieldSerial: &v.serial}[field]
}

// fieldOrder is the form's fields in their order: the fault first, what
// the call is about; then what the station may already know, to confirm.
var fieldOrder = []string{onsite.FieldFault, onsite.FieldNetwork, onsite.FieldName, onsite.FieldCompany,
	onsite.FieldPosition, onsite.FieldPhone, onsite.FieldLandline, onsite.FieldAddress, onsite.FieldModel, onsite.FieldSerial}

// newForm is a fresh request form, prefilled from the call, the customer
// and the device chosen.
func (m *Model) newForm() tea.Cmd {
	cu := m.cust
	v := &values{fault: m.topic, name: cu.name, kind: cu.kind, company: cu.company, position: cu.position,
		phone: m.phone, landline: cu.landline, address: cu.address, mobile: onsite.IsMobile(m.phone)}
	if cu.kind == repair.Consumer {
		v.kind = ""
	}
	if m.device >= 0 && m.device < len(cu.devices) {
		d := cu.devices[m.device]
		v.model, v.serial, v.devKind = d.model, d.serial, d.kind
	}
	m.v, m.probs, m.stage = v, nil, stageForm
	return m.buildForm()
}

// buildForm lays the form out over m.v, as it stands.
func (m *Model) buildForm() tea.Cmd {
	t, v := m.c.Text, m.v
	limits := map[string]int{onsite.FieldFault: onsite.MaxFault, onsite.FieldName: onsite.MaxName,
		onsite.FieldCompany: onsite.MaxCompany, onsite.FieldPosition: onsite.MaxPosition, onsite.FieldPhone: 20,
		onsite.FieldLandline: 20, onsite.FieldAddress: onsite.MaxAddress, onsite.FieldModel: onsite.MaxModel,
		onsite.FieldSerial: 40}
	labelW := 0
	for _, f := range fieldOrder {
		labelW = max(labelW, lipgloss.Width(fieldName(m.c, f)))
	}
	var fields []huh.Field
	for _, f := range fieldOrder {
		title := fieldName(m.c, f)
		title += strings.Repeat(" ", labelW-lipgloss.Width(title)) + " "
		switch f {
		case onsite.FieldNetwork:
			fields = append(fields, huh.NewConfirm().Key(f).Title(title).Inline(true).Value(&v.network).
				Affirmative(t.T("hotline.network.yes")).Negative(t.T("hotline.network.no")))
			continue
		case onsite.FieldLandline:
			if !v.mobile {
				continue
			}
		}
		fields = append(fields, huh.NewInput().Key(f).Title(title).Inline(true).Value(v.text(f)).
			CharLimit(limits[f]+slack).Validate(m.checkField(f)))
	}
	m.form = huh.NewForm(huh.NewGroup(fields...)).WithTheme(m.c.Styles.Form()).WithKeyMap(parts.FormKeys(m.c)).
		WithShowHelp(false).WithShowErrors(false).WithWidth(m.innerW() - 2)
	return m.form.Init()
}

// checkField is field's check: onsite.Check of the request with the text
// typed in the field, its problem with this field said in words.
func (m *Model) checkField(field string) func(string) error {
	v, c := m.v, m.c
	return func(s string) error {
		w := *v
		*w.text(field) = s
		_, ps := onsite.Check(w.request(), c.Now())
		for _, p := range ps {
			if p.Field == field {
				return parts.Explained(c, p.Err, max(p.Limit, 1))
			}
		}
		return nil
	}
}

// formUpdate hands msg to the form; a form gone past its last field is
// saved.
func (m Model) formUpdate(msg tea.Msg) (Model, tea.Cmd) {
	before := m.focused()
	_, cmd := m.form.Update(msg)
	if before == onsite.FieldNetwork && m.focused() != onsite.FieldNetwork {
		m.v.netAsked = true
	}
	switch m.form.State {
	case huh.StateCompleted:
		if before == onsite.FieldNetwork {
			m.v.netAsked = true
		}
		return m.submit()
	case huh.StateAborted:
		return m.back()
	}
	return m, cmd
}

// focused is the key of the form's field with the focus.
func (m Model) focused() string {
	if m.form == nil || m.form.State != huh.StateNormal {
		return ""
	}
	if f := m.form.GetFocusedField(); f != nil {
		return f.GetKey()
	}
	return ""
}

// submit saves the request when onsite.Check finds nothing wrong; else
// its problems are shown per field and the form stays, as typed.
func (m Model) submit() (Model, tea.Cmd) {
	r, ps := onsite.Check(m.v.request(), m.c.Now())
	if len(ps) > 0 {
		m.probs = ps
		m.Say(problemsText(m.c, ps), true)
		if m.form.State != huh.StateNormal {
			return m, m.buildForm()
		}
		return m, nil
	}
	m.probs = nil
	r.Received, r.Answered = m.started, m.started
	return m.openRequest(r)
}

// missing is what the request still leaves out, to ask on the call.
func (m Model) missing() []string {
	if m.v == nil {
		return nil
	}
	r, _ := onsite.Check(m.v.request(), m.c.Now())
	names := []string{}
	for _, f := range onsite.Missing(r) {
		names = append(names, fieldName(m.c, f))
	}
	return names
}

// fieldName is a request's field as the form names it.
func fieldName(c common.Common, field string) string {
	key := "hotline.field." + field
	if c.Text.Has(key) {
		return c.Text.T(key)
	}
	return common.Inert(field)
}
