package intake

// Earlier is how many earlier orders the open form has found: by the
// customer's phone (a returning customer, whose name is filled in) and by
// the device's serial (its earlier repairs, O7). Both are 0 until a lookup
// has answered, and with no form open. The side panel says the same, but a
// long ticket or type name can push it out of sight, so the desk's tests
// wait on this rather than on the view.
func (m Model) Earlier() (byPhone, bySerial int) {
	if m.form == nil {
		return 0, 0
	}
	return len(m.form.customer), len(m.form.history)
}
