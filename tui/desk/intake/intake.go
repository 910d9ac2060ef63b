package intake

import (
	"cmp"
	"slices"
	"strings"

	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// intake is the pre-check intake of one customer at the counter (I1–I12):
// a fresh huh form over one repair.Intake (form.go), what was found
// on the way (a returning customer, the serial's earlier orders) and the
// state of its draft and of saving.
type intake struct {
	in     *repair.Intake // the huh fields write into it
	ch     *choices       // answers that map onto several Intake fields
	form   *intakeForm
	ticket queue.Ticket
	v      repair.Verdict // the warranty as the intake stands, kept by sync
	// refused is the date field (purchase date, factory month) whose value
	// the rules refuse, "" when none: the verdict is told without it, and
	// the panel says the date is wanted rather than a warranty computed
	// from a date the form has just refused.
	refused string
	decided repair.Intake // the intake the verdict and the lists are told from
	listed  listedFor     // what the dependent lists were last built for

	customer []repair.Order // earlier orders of the phone, newest first
	history  []repair.Order // earlier orders of the serial, newest first
	looked   map[string]string

	focus    string          // key of the focused field, to notice leaving one
	reached  map[string]bool // fields focused so far: facts wait for their moment
	gen      int             // changes since it was opened, for the draft's debounce
	savedGen int             // the change the stored draft holds
	saving   bool
	failed   string // why the last save failed, shown until the next try
}

// choices are answers given as one choice that the Intake keeps as several
// fields: who brings the device, the warranty decision, the extra boxes of
// the accessory and condition lists, data flags, the loaner.
type choices struct {
	who     string   // one of whoChoices
	verdict string   // a part category key, or "!" + an Exclusion
	acc     []string // accessory keys, and markOther when more was handed over
	cond    []string // condition keys, and markOther for a note
	flags   []string // flagRisk, flagPassword
	loaner  string   // loanerDeclined or loanerLent
}

const (
	whoConsumer       = "consumer"
	whoBusiness       = "business"
	whoDealerConsumer = "dealer-consumer"
	whoDealerBusiness = "dealer-business"

	markOther    = "+"
	flagRisk     = "risk"
	flagPassword = "password"

	loanerDeclined = "declined"
	loanerLent     = "lent"
)

var whoChoices = []string{whoConsumer, whoBusiness, whoDealerConsumer, whoDealerBusiness}

// newIntake starts an intake for the ticket, from a draft's values when
// there is one.
func newIntake(c common.Common, t queue.Ticket, from *repair.Intake) *intake {
	in := &repair.Intake{}
	if from != nil {
		*in = inertIntake(*from)
	}
	if in.Device == "" && len(c.Repair.Devices) > 0 {
		in.Device = c.Repair.Devices[0].Key
	}
	if in.Promised == "" {
		in.Promised = c.Clock(repair.ProposedPromise(c.Repair, c.Now(), c.Cfg.Location)).Format(promiseLayout)
	}
	if in.Kind == "" && t.Type == "D" {
		in.Kind = repair.Business
	}
	f := &intake{in: in, ch: choicesOf(*in), ticket: t, looked: map[string]string{}, reached: map[string]bool{}}
	f.form = buildForm(c, f)
	f.sync(c)
	f.refreshOptions(c)
	return f
}

// inertIntake is a draft's intake as the form may show it: a draft comes
// from the database, and the form's inputs would draw a bidi override or
// the rest of an escape sequence as they are. The fault and the estimate
// keep their lines.
func inertIntake(in repair.Intake) repair.Intake {
	for _, f := range []*string{
		&in.Dealer, &in.Phone, &in.Name, &in.Company, &in.DealerPhone, &in.Brand, &in.Model,
		&in.Serial, &in.Purchased, &in.FactoryMonth, &in.Extras, &in.ConditionNote, &in.Fee, &in.Promised, &in.Loaner,
	} {
		*f = common.Inert(*f)
	}
	for _, f := range []*string{&in.Fault, &in.Estimate} {
		lines := strings.Split(*f, "\n")
		for i, l := range lines {
			lines[i] = common.Inert(l)
		}
		*f = strings.Join(lines, "\n")
	}
	return in
}

// promiseLayout is how the promised time is typed and shown.
const promiseLayout = "2006-01-02 15:04"

// choicesOf reads the choices back from an intake (a draft being resumed).
func choicesOf(in repair.Intake) *choices {
	ch := &choices{who: whoConsumer, loaner: loanerDeclined}
	switch {
	case in.ByDealer && in.Kind == repair.Business:
		ch.who = whoDealerBusiness
	case in.ByDealer:
		ch.who = whoDealerConsumer
	case in.Kind == repair.Business:
		ch.who = whoBusiness
	}
	ch.verdict = in.Part
	if in.Exclusion != repair.ExclusionNone {
		ch.verdict = "!" + string(in.Exclusion)
	}
	ch.acc = slices.Clone(in.Accessories)
	if in.Extras != "" {
		ch.acc = append(ch.acc, markOther)
	}
	ch.cond = slices.Clone(in.Condition)
	if in.ConditionNote != "" {
		ch.cond = append(ch.cond, markOther)
	}
	if in.DataRisk {
		ch.flags = append(ch.flags, flagRisk)
	}
	if in.PasswordAtCounter {
		ch.flags = append(ch.flags, flagPassword)
	}
	if in.LoanerAccepted {
		ch.loaner = loanerLent
	}
	return ch
}

// sync writes the choices into the intake; it runs after every change, so
// the intake is always what the screen shows.
func (f *intake) sync(c common.Common) {
	in, ch := f.in, f.ch
	in.ByDealer = strings.HasPrefix(ch.who, "dealer-")
	in.Kind = repair.Consumer
	if strings.HasSuffix(ch.who, "business") {
		in.Kind = repair.Business
	}
	in.Part, in.Exclusion = ch.verdict, repair.ExclusionNone
	if ex, ok := strings.CutPrefix(ch.verdict, "!"); ok {
		in.Part, in.Exclusion = "", repair.Exclusion(ex)
	}
	in.Accessories = without(ch.acc, markOther)
	if !slices.Contains(ch.acc, markOther) {
		in.Extras, in.ExtrasLeft = "", false
	}
	in.Condition = without(ch.cond, markOther)
	if !slices.Contains(ch.cond, markOther) {
		in.ConditionNote = ""
	}
	in.DataRisk = slices.Contains(ch.flags, flagRisk)
	if !in.DataRisk {
		in.DataLossConsent = false
	}
	in.PasswordAtCounter = slices.Contains(ch.flags, flagPassword)
	if in.Reproduced != repair.ReproducedNo {
		in.BurnInConsent = false
	}
	// The loaner question is asked exactly when one is due and cannot be
	// skipped, so its answer is the record that one was offered (I12).
	in.LoanerOffered = in.NeedsLoaner(c.Repair, c.Now(), c.Cfg.Location)
	in.LoanerAccepted = in.LoanerOffered && ch.loaner == loanerLent
	if !in.LoanerAccepted {
		in.Loaner = ""
	}
	f.decided, f.refused = decidable(c, *in)
	f.v = repair.Decide(c.Repair, f.decided, c.Now(), c.Cfg.Location)
}

// decidable is in without a purchase date or factory month the rules
// refuse (a date in the future, not a date), and the first such field:
// no warranty is ever told from a value the form would not keep.
func decidable(c common.Common, in repair.Intake) (repair.Intake, string) {
	if in.Purchased == "" && in.FactoryMonth == "" {
		return in, ""
	}
	_, ps := repair.Check(c.Repair, in, c.Now(), c.Cfg.Location)
	refused := ""
	for _, d := range []struct {
		field string
		value *string
	}{{repair.FieldPurchased, &in.Purchased}, {repair.FieldFactoryMonth, &in.FactoryMonth}} {
		if *d.value != "" && ps.For(d.field) != nil {
			*d.value = ""
			refused = cmp.Or(refused, d.field)
		}
	}
	return in, refused
}

// listedFor is what the lists depending on earlier answers show: the
// device's part categories with their warranty, its accessories and its
// condition checklist.
type listedFor struct {
	device, purchased, factory string
	proof                      repair.Proof
	sanBao                     string
}

// refreshOptions rebuilds those lists when an answer they depend on changed.
// It runs in Update, after sync, so no list is built from a half-written
// intake.
func (f *intake) refreshOptions(c common.Common) {
	in := f.in
	now := listedFor{in.Device, in.Purchased, in.FactoryMonth, in.Proof, f.sanBaoLine(c)}
	if now == f.listed {
		return
	}
	kind := parts.KindOf(c, in.Device)
	f.form.part.Options(verdictOptions(c, f.decided)...).Description(now.sanBao)
	if now.device != f.listed.device {
		f.form.acc.Options(listOptions(c, kind.Accessories, "intake.opt.otherAcc")...)
		f.form.cond.Options(listOptions(c, kind.Condition, "intake.opt.otherCond")...)
	}
	f.listed = now
	f.sync(c)
}

// without is xs without x, leaving xs as it is (huh holds it).
func without(xs []string, x string) []string {
	return slices.DeleteFunc(slices.Clone(xs), func(v string) bool { return v == x })
}
