package parts

import (
	"errors"
	"strings"

	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/i18n"
)

// ErrKey is an error of the rules and the catalogue key of its message.
type ErrKey struct {
	Err error
	Key string
}

// KeyOf is the key of the first entry of keys that err is.
func KeyOf(err error, keys []ErrKey) (string, bool) {
	for _, k := range keys {
		if errors.Is(err, k.Err) {
			return k.Key, true
		}
	}
	return "", false
}

// problemKeys maps the rules' errors to their messages.
var problemKeys = []ErrKey{
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

// ProblemText says what is wrong in the screen's language.
func ProblemText(t i18n.Catalog, err error) string {
	var p repair.Problem
	if errors.Is(err, repair.ErrTooLong) && errors.As(err, &p) {
		return t.T("intake.err.tooLong", p.Limit)
	}
	var line *repair.LineError
	if errors.As(err, &line) {
		return t.T("intake.err.estimateAt", line.Line)
	}
	if key, ok := KeyOf(err, problemKeys); ok {
		return t.T(key)
	}
	return common.Inert(err.Error())
}

// OrderError says in the user's language why a change was refused. A
// refused move names the state asked for and the rule (O1, O4, O8…).
func OrderError(c common.Common, err error) string {
	t := c.Text
	var me *repair.MoveError
	var ps repair.Problems
	switch {
	case errors.As(err, &me):
		return t.T("order.err.move", StateName(t, me.To), moveWhy(t, me))
	case errors.As(err, &ps) && len(ps) > 0:
		return t.T("order.err.field", FieldName(t, ps[0].Field), RuleText(t, ps[0], ps[0].Limit))
	}
	if key, ok := KeyOf(err, orderErrKeys); ok {
		return t.T(key)
	}
	if isRule(err) {
		return RuleText(t, err, repair.MaxNote)
	}
	return common.Explain(t, c.Cfg, err)
}

// moveWhy is the reason of a refused move: for a missing result (O4),
// exactly the fields still empty.
func moveWhy(t i18n.Catalog, me *repair.MoveError) string {
	if errors.Is(me.Err, repair.ErrNoResult) {
		names := make([]string, len(me.Missing))
		for i, f := range me.Missing {
			names[i] = FieldName(t, f)
			if t.Lang == i18n.EN { // labels elsewhere, words inside the sentence
				names[i] = strings.ToLower(names[i])
			}
		}
		return t.T("order.why.noResult", strings.Join(names, t.T("intake.listSep")))
	}
	if errors.Is(me.Err, repair.ErrMoveNotInO1) {
		return t.T("order.why.notInO1", StateName(t, me.From))
	}
	if key, ok := KeyOf(me.Err, moveWhyKeys); ok {
		return t.T(key)
	}
	return RuleText(t, me.Err, repair.MaxNote)
}

// orderErrKeys are the refusals of the actions other than a move.
var orderErrKeys = []ErrKey{
	{repair.ErrClosed, "order.err.closed"},
	{repair.ErrNoLoaner, "order.err.noLoaner"},
	{repair.ErrNothingOwed, "order.why.nothingOwed"},
	{repair.ErrEmptyNote, "order.err.empty"},
	{repair.ErrNoApproval, "order.err.noApproval"},
	{repair.ErrNoEstimate, "order.err.noEstimate"},
	{repair.ErrNotReadyYet, "order.err.notReady"},
	{store.ErrOrderUnchanged, "order.err.unchanged"},
	{store.ErrNoOrder, "order.notFound"},
}

// moveWhyKeys are the reasons of a refused move, O4's and O1's aside.
var moveWhyKeys = []ErrKey{
	{repair.ErrSameState, "order.why.same"},
	{repair.ErrClosed, "order.why.closed"},
	{repair.ErrPickupOnly, "order.why.pickupOnly"},
	{repair.ErrNoEstimate, "order.why.noEstimate"},
	{repair.ErrNotApproved, "order.why.notApproved"},
	{repair.ErrNoPartNamed, "order.why.noPart"},
	{repair.ErrNoReason, "order.why.noReason"},
	{repair.ErrLoanerOut, "order.why.loanerOut"},
	{repair.ErrUnknownState, "order.why.unknown"},
}

// FieldName is a field of the result or a complaint, as the form names it.
func FieldName(t i18n.Catalog, field string) string {
	switch field {
	case repair.FieldCause, repair.FieldWork, repair.FieldParts, repair.FieldAdvice:
		return t.T("order.result." + field)
	case "complaint", "answer":
		return t.T("order.form." + field)
	}
	return common.Inert(field)
}

// isRule reports whether err is one of the text and money rules the intake
// has words for.
func isRule(err error) bool {
	for _, e := range []error{repair.ErrTooLong, repair.ErrControl, repair.ErrRequired, repair.ErrChoice, repair.ErrMoney, repair.ErrEstimateLine} {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}

// RuleText is ProblemText for a text of at most limit characters: a
// length refused outside an intake's Problem still says its limit.
func RuleText(t i18n.Catalog, err error, limit int) string {
	var p repair.Problem
	if errors.Is(err, repair.ErrTooLong) && !errors.As(err, &p) {
		return t.T("intake.err.tooLong", limit)
	}
	return ProblemText(t, err)
}
