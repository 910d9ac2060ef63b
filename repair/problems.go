package repair

import (
	"errors"
	"fmt"
	"strings"
)

// The fields of an intake, as Problem.Field names them: the JSON names of
// Intake's fields, so a form, a stored draft and a problem agree on one name.
const (
	FieldByDealer         = "by_dealer"
	FieldDealer           = "dealer"
	FieldPhone            = "phone"
	FieldName             = "name"
	FieldKind             = "kind"
	FieldCompany          = "company"
	FieldDealerPhone      = "dealer_phone"
	FieldDevice           = "device"
	FieldBrand            = "brand"
	FieldModel            = "model"
	FieldSerial           = "serial"
	FieldPurchased        = "purchased"
	FieldProof            = "proof"
	FieldFactoryMonth     = "factory_month"
	FieldPart             = "part"
	FieldExclusion        = "exclusion"
	FieldFault            = "fault"
	FieldReproduced       = "reproduced"
	FieldBurnInConsent    = "burn_in_consent"
	FieldAccessories      = "accessories"
	FieldExtras           = "extras"
	FieldCondition        = "condition"
	FieldConditionNote    = "condition_note"
	FieldBackupRaised     = "backup_raised"
	FieldDataLossConsent  = "data_loss_consent"
	FieldEstimate         = "estimate"
	FieldFee              = "fee"
	FieldEstimateApproved = "estimate_approved"
	FieldPromised         = "promised"
	FieldLoanerOffered    = "loaner_offered"
	FieldLoaner           = "loaner"
)

// Problem is one thing wrong with one field of an intake.
type Problem struct {
	Field string // a Field* constant
	Err   error  // wraps one of the Err* sentinels; match with errors.Is
	Limit int    // the maximum length in characters, with ErrTooLong
}

func (p Problem) Error() string { return p.Field + ": " + p.Err.Error() }

// Unwrap lets errors.Is and errors.As see the sentinel (and a LineError).
func (p Problem) Unwrap() error { return p.Err }

// Problems is everything wrong with an intake, field by field in the order of
// the form; empty when the intake can be saved.
type Problems []Problem

// OK reports whether there is nothing wrong.
func (ps Problems) OK() bool { return len(ps) == 0 }

// For returns the first problem of a field, nil when the field is fine.
func (ps Problems) For(field string) *Problem {
	for i := range ps {
		if ps[i].Field == field {
			return &ps[i]
		}
	}
	return nil
}

// Fields lists the fields with a problem, each once, in form order.
func (ps Problems) Fields() []string {
	var out []string
	seen := map[string]bool{}
	for _, p := range ps {
		if !seen[p.Field] {
			seen[p.Field] = true
			out = append(out, p.Field)
		}
	}
	return out
}

func (ps Problems) Error() string {
	s := make([]string, len(ps))
	for i, p := range ps {
		s[i] = p.Error()
	}
	return fmt.Sprintf("%d problem(s): %s", len(ps), strings.Join(s, "; "))
}

// Unwrap lets errors.Is find a sentinel among all the problems.
func (ps Problems) Unwrap() []error {
	out := make([]error, len(ps))
	for i, p := range ps {
		out[i] = p
	}
	return out
}

// add records a problem when err is not nil; limit is the field's maximum
// length, kept only for ErrTooLong.
func (ps *Problems) add(field string, err error, limit int) {
	if err == nil {
		return
	}
	p := Problem{Field: field, Err: err}
	if errors.Is(err, ErrTooLong) {
		p.Limit = limit
	}
	*ps = append(*ps, p)
}
