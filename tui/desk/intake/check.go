package intake

import (
	"errors"

	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// validate checks a value where it is typed, against the whole intake's
// rules as they stand (repair.CheckField): one set of rules for the form,
// the final check and the store.
func (f *intake) validate(c common.Common, field string, set func(*repair.Intake, string)) func(string) error {
	return func(s string) error {
		x := *f.in
		set(&x, s)
		return f.problem(c, field, x)
	}
}

// problem is the first thing wrong with one field of x, in words.
func (f *intake) problem(c common.Common, field string, x repair.Intake) error {
	err := repair.CheckField(c.Repair, x, field, c.Now(), c.Cfg.Location)
	if err == nil {
		return nil
	}
	return errors.New(parts.ProblemText(c.Text, err))
}

// readyToSave is the last section's check: the customer agreed (y), and the
// whole intake passes; otherwise it names the first field to fix.
func (f *intake) readyToSave(c common.Common, agreed bool) error {
	if !agreed {
		return errors.New(c.Text.T("intake.err.notSaved"))
	}
	f.sync(c)
	_, problems := repair.Check(c.Repair, *f.in, c.Now(), c.Cfg.Location)
	if problems.OK() {
		return nil
	}
	p := problems[0]
	return errors.New(c.Text.T("intake.err.fix", c.Text.T("intake.label."+p.Field), parts.ProblemText(c.Text, p)))
}
