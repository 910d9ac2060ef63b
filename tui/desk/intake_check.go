package desk

import (
	"errors"

	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/i18n"
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
	return errors.New(problemText(c.Text, err))
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
	return errors.New(c.Text.T("intake.err.fix", c.Text.T("intake.label."+p.Field), problemText(c.Text, p)))
}

// errKey is an error of the rules and the catalogue key of its message.
type errKey struct {
	err error
	key string
}

// keyOf is the key of the first entry of keys that err is.
func keyOf(err error, keys []errKey) (string, bool) {
	for _, k := range keys {
		if errors.Is(err, k.err) {
			return k.key, true
		}
	}
	return "", false
}

// problemKeys maps the rules' errors to their messages.
var problemKeys = []errKey{
	{repair.ErrDealerEndUser, "script.dealer"},
	{repair.ErrRequired, "intake.err.required"},
	{repair.ErrControl, "intake.err.control"},
	{repair.ErrChoice, "intake.err.choice"},
	{repair.ErrPhone, "intake.err.phone"},
	{repair.ErrSerial, "intake.err.serial"},
	{repair.ErrDate, "intake.err.date"},
	{repair.ErrMonth, "intake.err.month"},
	{repair.ErrTime, "intake.err.time"},
	{repair.ErrMoney, "intake.err.money"},
	{repair.ErrEstimateLine, "intake.err.estimateLine"},
	{repair.ErrUnknownDevice, "intake.err.device"},
	{repair.ErrFuture, "intake.err.future"},
	{repair.ErrFactoryMonth, "intake.err.factoryMonth"},
	{repair.ErrBeforeFactory, "intake.err.beforeFactory"},
	{repair.ErrUnknownPart, "intake.err.part"},
	{repair.ErrUnknownItem, "intake.err.item"},
	{repair.ErrBurnInConsent, "intake.err.burnIn"},
	{repair.ErrBackupNotRaised, "intake.err.backup"},
	{repair.ErrDataLossConsent, "intake.err.dataLoss"},
	{repair.ErrPromisedPast, "intake.err.promisedPast"},
	{repair.ErrPromisedFar, "intake.err.promisedFar"},
	{repair.ErrLoanerNotOffered, "intake.err.loaner"},
	{repair.ErrLoanerWhich, "intake.err.loanerWhich"},
}

// problemText says what is wrong in the screen's language.
func problemText(t i18n.Catalog, err error) string {
	var p repair.Problem
	if errors.Is(err, repair.ErrTooLong) && errors.As(err, &p) {
		return t.T("intake.err.tooLong", p.Limit)
	}
	var line *repair.LineError
	if errors.As(err, &line) {
		return t.T("intake.err.estimateAt", line.Line)
	}
	if key, ok := keyOf(err, problemKeys); ok {
		return t.T(key)
	}
	return common.Inert(err.Error())
}
