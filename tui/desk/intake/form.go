package intake

import (
	"slices"

	"charm.land/huh/v2"

	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// intakeForm is the huh form of an intake and the fields that a lookup may
// fill in after they were built (a returning customer, a known serial).
type intakeForm struct {
	*huh.Form
	name, company, brand, model, purchased, factory *huh.Input
	proof, part                                     *huh.Select[string]
	acc, cond                                       *huh.MultiSelect[string]
	save                                            *huh.Confirm // the last step, which shows what will be saved
	keys                                            *huh.KeyMap  // the form's, which the intake reads too
}

// buildForm lays the intake out in the order the counter works (I1–I12):
// who brings the device and who they are, the device and its proof of
// purchase, the warranty decision, the fault, accessories and condition,
// data and consents, the estimate when it is paid, the promised time and
// the loaner, and a last confirmation. Sections that do not apply are
// hidden, so a plain in-warranty drop-off takes few keys.
func buildForm(c common.Common, f *intake) *intakeForm {
	t, in, ch := c.Text, f.in, f.ch
	v := func(field string, set func(*repair.Intake, string)) func(string) error {
		return f.validate(c, field, set)
	}
	yes := func(field string, set func(*repair.Intake, bool)) func(bool) error {
		return func(b bool) error {
			x := *f.in
			set(&x, b)
			return f.problem(c, field, x)
		}
	}
	confirm := func(key, title string, val *bool) *huh.Confirm {
		return huh.NewConfirm().Key(key).Title(title).Value(val).
			Affirmative(t.T("intake.yes")).Negative(t.T("intake.no"))
	}
	input := func(key, title string, val *string, limit int) *huh.Input {
		i := huh.NewInput().Key(key).Title(title).Value(val)
		if limit > 0 {
			i.CharLimit(limit)
		}
		return i
	}
	options := func(keys ...string) []huh.Option[string] {
		o := make([]huh.Option[string], len(keys))
		for i, k := range keys {
			o[i] = huh.NewOption(t.T("intake.opt."+k), k)
		}
		return o
	}

	fm := &intakeForm{keys: parts.FormKeys(c)}
	fm.name = input("name", t.T("intake.f.name"), &in.Name, 0).
		Validate(v("name", func(x *repair.Intake, s string) { x.Name = s }))
	fm.company = input("company", t.T("intake.f.company"), &in.Company, 0).
		Validate(v("company", func(x *repair.Intake, s string) { x.Company = s }))
	fm.brand = input("brand", t.T("intake.f.brand"), &in.Brand, 0).
		Validate(v("brand", func(x *repair.Intake, s string) { x.Brand = s }))
	fm.model = input("model", t.T("intake.f.model"), &in.Model, 0).
		Validate(v("model", func(x *repair.Intake, s string) { x.Model = s }))
	fm.purchased = input("purchased", t.T("intake.f.purchased"), &in.Purchased, 10).
		Placeholder(t.T("intake.p.date")).
		Validate(v("purchased", func(x *repair.Intake, s string) { x.Purchased = s }))
	fm.factory = input("factory_month", t.T("intake.f.factory"), &in.FactoryMonth, 7).
		Placeholder(t.T("intake.p.month")).
		Validate(v("factory_month", func(x *repair.Intake, s string) { x.FactoryMonth = s }))
	device := huh.NewSelect[string]().Key("device").Title(t.T("intake.f.device")).
		Options(deviceOptions(c)...).Value(&in.Device).Inline(true)
	// The lists that depend on other answers get their options from
	// refreshOptions, in Update: huh's OptionsFunc would read the intake
	// from a command's goroutine while Update writes it.
	fm.part = huh.NewSelect[string]().Key("part").Title(t.T("intake.f.verdict")).Value(&ch.verdict)
	fm.acc = huh.NewMultiSelect[string]().Key("accessories").Title(t.T("intake.f.accessories")).Value(&ch.acc)
	fm.cond = huh.NewMultiSelect[string]().Key("condition").Title(t.T("intake.f.condition")).Value(&ch.cond)
	fm.proof = huh.NewSelect[string]().Key("proof").Title(t.T("intake.f.proof")).
		Options(options(string(repair.ProofInvoice), string(repair.ProofVoucher), string(repair.ProofNone))...).
		Value((*string)(&in.Proof)).Inline(true)
	if in.Proof == "" {
		in.Proof = repair.ProofInvoice
	}
	if in.Reproduced == "" {
		in.Reproduced = repair.ReproducedYes
	}
	fm.save = huh.NewConfirm().Key(fieldSave).Title(t.T(saveKey(c, "intake.f.save", "intake.f.saveOnly"))).
		Description(t.T("intake.d.save")).
		Affirmative(t.T(saveKey(c, "intake.save", "intake.saveOnly"))).Negative(t.T("intake.notYet")).
		Validate(func(b bool) error { return f.readyToSave(c, b) })
	hide := func(show func() bool) func() bool { return func() bool { f.sync(c); return !show() } }

	fm.Form = huh.NewForm(
		huh.NewGroup(
			huh.NewSelect[string]().Key("who").Title(t.T("intake.f.who")).
				Options(options(whoChoices...)...).Value(&ch.who).Inline(true),
			input("phone", t.T("intake.f.phone"), &in.Phone, 24).
				Validate(v("phone", func(x *repair.Intake, s string) { x.Phone = s })),
			fm.name,
		).Title(t.T("intake.g.customer")),
		huh.NewGroup(
			input("dealer", t.T("intake.f.dealer"), &in.Dealer, 0).
				Validate(v("dealer", func(x *repair.Intake, s string) { x.Dealer = s })),
			input("dealer_phone", t.T("intake.f.dealerPhone"), &in.DealerPhone, 24).
				Validate(v("dealer_phone", func(x *repair.Intake, s string) { x.DealerPhone = s })),
		).Title(t.T("intake.g.dealer")).WithHideFunc(hide(func() bool { return in.ByDealer })),
		huh.NewGroup(fm.company).Title(t.T("intake.g.company")).
			WithHideFunc(hide(func() bool { return in.Kind == repair.Business })),
		huh.NewGroup(
			device,
			input("serial", t.T("intake.f.serial"), &in.Serial, 30).
				Validate(v("serial", func(x *repair.Intake, s string) { x.Serial = s })),
			fm.brand, fm.model, fm.proof, fm.purchased,
		).Title(t.T("intake.g.device")),
		huh.NewGroup(fm.factory).Title(t.T("intake.g.factory")).
			WithHideFunc(hide(func() bool { return in.Proof != repair.ProofInvoice })),
		huh.NewGroup(
			fm.part,
		).Title(t.T("intake.g.warranty")),
		huh.NewGroup(
			huh.NewText().Key("fault").Title(t.T("intake.f.fault")).Value(&in.Fault).Lines(3).
				Validate(v("fault", func(x *repair.Intake, s string) { x.Fault = s })),
			huh.NewSelect[string]().Key("reproduced").Title(t.T("intake.f.reproduced")).
				Options(options(string(repair.ReproducedYes), string(repair.ReproducedNo), string(repair.ReproducedIntermittent))...).
				Value((*string)(&in.Reproduced)).Inline(true),
		).Title(t.T("intake.g.fault")),
		huh.NewGroup(
			confirm("burn_in_consent", t.T("intake.f.burnIn"), &in.BurnInConsent).
				Validate(yes("burn_in_consent", func(x *repair.Intake, b bool) { x.BurnInConsent = b })),
		).Title(t.T("intake.g.burnIn")).
			WithHideFunc(hide(func() bool { return in.Reproduced == repair.ReproducedNo })),
		huh.NewGroup(
			fm.acc,
			fm.cond,
		).Title(t.T("intake.g.accessories")),
		huh.NewGroup(
			input("extras", t.T("intake.f.extras"), &in.Extras, 0).
				Validate(v("extras", func(x *repair.Intake, s string) { x.Extras = s })),
			confirm("extras_left", t.T("intake.f.extrasLeft"), &in.ExtrasLeft),
		).Title(t.T("intake.g.extras")).
			WithHideFunc(hide(func() bool { return slices.Contains(ch.acc, markOther) })),
		huh.NewGroup(
			input("condition_note", t.T("intake.f.conditionNote"), &in.ConditionNote, 0).
				Validate(v("condition_note", func(x *repair.Intake, s string) { x.ConditionNote = s })),
		).Title(t.T("intake.g.conditionNote")).
			WithHideFunc(hide(func() bool { return slices.Contains(ch.cond, markOther) })),
		huh.NewGroup(
			confirm("backup_raised", t.T("intake.f.backup"), &in.BackupRaised).
				Description(t.T("intake.d.backup")).
				Validate(yes("backup_raised", func(x *repair.Intake, b bool) { x.BackupRaised = b })),
			huh.NewMultiSelect[string]().Key("flags").Title(t.T("intake.f.flags")).
				Options(options(flagRisk, flagPassword)...).Value(&ch.flags),
			confirm("open_consent", t.T("intake.f.open"), &in.OpenConsent),
		).Title(t.T("intake.g.data")),
		huh.NewGroup(
			confirm("data_loss_consent", t.T("intake.f.dataLoss"), &in.DataLossConsent).
				Validate(yes("data_loss_consent", func(x *repair.Intake, b bool) { x.DataLossConsent = b })),
		).Title(t.T("intake.g.dataLoss")).
			WithHideFunc(hide(func() bool { return in.DataRisk })),
		huh.NewGroup(
			huh.NewText().Key("estimate").Title(t.T("intake.f.estimate")).Value(&in.Estimate).Lines(3).
				Placeholder(t.T("intake.p.estimate")).
				Validate(v("estimate", func(x *repair.Intake, s string) { x.Estimate = s })),
			input("fee", t.T("intake.f.fee"), &in.Fee, 12).
				Validate(v("fee", func(x *repair.Intake, s string) { x.Fee = s })),
			confirm("estimate_approved", t.T("intake.f.approved"), &in.EstimateApproved),
		).Title(t.T("intake.g.estimate")).Description(t.T("intake.d.estimate")).
			WithHideFunc(hide(func() bool { return !f.v.Covered })),
		huh.NewGroup(
			input("promised", t.T("intake.f.promised"), &in.Promised, 16).
				Placeholder(t.T("intake.p.minute")).
				Validate(v("promised", func(x *repair.Intake, s string) { x.Promised = s })),
		).Title(t.T("intake.g.promise")).Description(t.T("intake.d.promise")),
		huh.NewGroup(
			huh.NewSelect[string]().Key("loaner_offered").Title(t.T("intake.f.loaner")).
				Options(options(loanerDeclined, loanerLent)...).Value(&ch.loaner).Inline(true),
		).Title(t.T("intake.g.loaner")).Description(t.T("intake.d.loaner")).
			WithHideFunc(hide(func() bool { return in.LoanerOffered })),
		huh.NewGroup(
			input("loaner", t.T("intake.f.loanerWhich"), &in.Loaner, 0).
				Validate(v("loaner", func(x *repair.Intake, s string) { x.Loaner = s })),
		).Title(t.T("intake.g.loaner")).
			WithHideFunc(hide(func() bool { return in.LoanerAccepted })),
		huh.NewGroup(fm.save).Title(t.T("intake.g.save")),
	).WithTheme(c.Styles.Form()).WithShowHelp(false).WithShowErrors(false).WithKeyMap(fm.keys)
	return fm
}

// saveKey is the catalogue's key of what saving does: with a print command
// configured it prints (printing), without one it only saves (saving) and
// says that the slip becomes a file.
func saveKey(c common.Common, printing, saving string) string {
	if !c.Print.Configured() {
		return saving
	}
	return printing
}

// fieldSave is the last step's field: save, or go back to check.
const fieldSave = "save"
