package desktest

import tea "charm.land/bubbletea/v2"

// The keys of an in-warranty notebook handed over with two accessories, as
// the end-to-end script types them into the intake, section by section.
var (
	IntakeCustomer = []string{"enter", "13800138000", "enter", "张伟", "enter"}
	IntakeDevice   = []string{"enter", "PF2XK9A1", "enter", "Lenovo", "enter", "ThinkPad X1", "enter", "enter", "2026-05-10", "enter"}
	IntakeVerdict  = []string{"enter"}
	IntakeFault    = []string{"开机后屏幕闪烁,偶尔黑屏", "enter", "enter"}
	IntakeAcc      = []string{" ", "down", " ", "enter", "enter"}
	IntakeData     = []string{"y", "enter", "y"}
	IntakePromise  = []string{"enter", "enter"}
)

// IntakeKeys are all the sections' keys, pressed: an intake filled in.
func IntakeKeys() []tea.Msg { return Press(intakeAll()...) }

// intakeAll is every section's keys, in order.
func intakeAll() []string {
	var all []string
	for _, k := range [][]string{IntakeCustomer, IntakeDevice, IntakeVerdict, IntakeFault, IntakeAcc, IntakeData, IntakePromise} {
		all = append(all, k...)
	}
	return all
}

// IntakeStep is a point of the intake that a golden file holds, named as
// its file is, with the keys that lead there.
type IntakeStep struct {
	Name string
	Keys []string
}

// IntakeSteps are the intake's golden steps: the customer, the device and
// the warranty sections, each opened, and the last step with its summary.
func IntakeSteps() []IntakeStep {
	return []IntakeStep{
		{"customer", nil},
		{"device", IntakeCustomer},
		{"warranty", append(append([]string{}, IntakeCustomer...), IntakeDevice...)},
		{"save", intakeAll()},
	}
}
