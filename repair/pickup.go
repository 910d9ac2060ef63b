package repair

import (
	"crypto/subtle"
	"errors"
	"strings"
	"time"
)

// The reasons a pickup is refused (P1–P5, G1–G3).
var (
	ErrWrongClaim      = errors.New("the claim code or the phone's last digits do not match") // P1: which one is not said
	ErrLockedOut       = errors.New("too many wrong attempts: locked for a while")
	ErrNotReady        = errors.New("the order is not ready for pickup")
	ErrCollected       = errors.New("the order has already been collected")
	ErrNotVerified     = errors.New("the customer has not been verified (claim code or identity check)")
	ErrIDLast4         = errors.New("an ID is recorded by its last 4 characters only")
	ErrIDType          = errors.New("not one of the ID types")
	ErrSupervisor      = errors.New("a lost slip needs a supervisor's approval, by name")
	ErrSerialMismatch  = errors.New("the device's serial is not the order's") // P2
	ErrInspection      = errors.New("the golden-key inspection is not complete")
	ErrInspectionFail  = errors.New("an item of the golden-key inspection failed") // G3
	ErrAccessories     = errors.New("accessories taken in are not all returned")   // P3
	ErrNoSignature     = errors.New("the customer's name is needed to sign off")   // P4
	ErrVisitDone       = errors.New("the return visit is already recorded")
	ErrSatisfaction    = errors.New("satisfaction is 1 to 5")
	ErrNoVisitDue      = errors.New("no return visit is due for this order")
	ErrNotLastDigits   = errors.New("the phone's last 4 digits, please")
	ErrClaimCodeFormat = errors.New("not a claim code")
)

// MatchClaim is P1's check: the claim code from the slip (dashes and case
// ignored) and the last 4 digits of the phone on the order. The codes are
// compared in constant time, so the time of an answer says nothing about
// how much of a guess was right.
func MatchClaim(o Order, code, last4 string) bool {
	want := []byte(NormalizeClaim(o.Claim))
	got := []byte(NormalizeClaim(code))
	codeOK := subtle.ConstantTimeCompare(want, got) == 1
	digits := onlyDigits(o.Intake.Phone)
	tailOK := len(last4) == 4 && len(digits) >= 4 &&
		subtle.ConstantTimeCompare([]byte(digits[len(digits)-4:]), []byte(last4)) == 1
	return codeOK && tailOK
}

// CheckLast4 is the form's check of the typed last digits.
func CheckLast4(s string) (string, error) {
	s = strings.TrimSpace(Fold(s))
	if len(s) != 4 || onlyDigits(s) != s {
		return s, ErrNotLastDigits
	}
	return s, nil
}

func onlyDigits(s string) string {
	var b strings.Builder
	for _, r := range Fold(s) {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// IDType is the kind of identity document checked for a lost slip (P1).
type IDType string

// The identity documents.
const (
	IDResident IDType = "resident" // 居民身份证
	IDPassport IDType = "passport"
	IDHKMacau  IDType = "hk_macau" // 港澳居民来往内地通行证
	IDTaiwan   IDType = "taiwan"   // 台湾居民来往大陆通行证
	IDOther    IDType = "other"
)

// IDTypes lists them in the order the desk offers them.
var IDTypes = []IDType{IDResident, IDPassport, IDHKMacau, IDTaiwan, IDOther}

// Verification is how the customer proved the device is theirs (P1): the
// claim code, or for a lost slip an identity check and a supervisor's
// approval. An identity document is kept as its type and last 4
// characters only — never the whole number or a photo (个人信息保护法).
type Verification struct {
	By         string    `json:"by"` // the engineer
	At         time.Time `json:"at"`
	ClaimCode  bool      `json:"claim_code,omitempty"` // claim code and phone digits matched
	IDType     IDType    `json:"id_type,omitempty"`    // lost slip
	IDLast4    string    `json:"id_last4,omitempty"`
	Supervisor string    `json:"supervisor,omitempty"`
}

// LostSlip checks the identity check of a lost slip: a type from IDTypes,
// exactly the last 4 characters (digits, or X as a resident ID ends), and
// the approving supervisor's name. A longer number is refused rather than
// cut, so that a full ID number is never stored by a slip of the hand.
func LostSlip(t IDType, last4, supervisor, who string, now time.Time) (Verification, error) {
	last4, err := CheckID(t, last4)
	if err != nil {
		return Verification{}, err
	}
	supervisor, err = CleanText(supervisor, MaxName, true)
	if err != nil {
		return Verification{}, ErrSupervisor
	}
	return Verification{By: who, At: now.UTC(), IDType: t, IDLast4: last4, Supervisor: supervisor}, nil
}

// CheckID is the identity check's document, as LostSlip takes it: a type
// from IDTypes and exactly its last 4 characters, returned upper case.
func CheckID(t IDType, last4 string) (string, error) {
	if !oneOf(t, IDTypes) {
		return "", ErrIDType
	}
	last4 = strings.ToUpper(strings.TrimSpace(Fold(last4)))
	if len(last4) != 4 || strings.Trim(last4, "0123456789X") != "" {
		return "", ErrIDLast4
	}
	return last4, nil
}

// Mark is one item of one round of the golden-key inspection (G1).
type Mark string

// The marks of an inspected item.
const (
	MarkPass Mark = "pass"
	MarkFail Mark = "fail"
	MarkNA   Mark = "na" // not applicable to this device
)

// Inspected is one inspected item.
type Inspected struct {
	Item string `json:"item"` // an Item.Key of the device's Inspection list
	Mark Mark   `json:"mark"`
	Note string `json:"note,omitempty"`
}

// Round is one pass over the device's inspection list with the customer.
type Round []Inspected

// InspectionRounds is how many rounds G2 asks for ("复验两次以上", 002).
const InspectionRounds = 2

// CheckRound checks one round against the device kind's list: every item
// once, in any order, each marked; a failed item needs a note saying what
// failed (G3). The original fault's item may not be "not applicable": the
// customer confirms it is gone (G2).
func CheckRound(cfg Config, device string, r Round) error {
	kind, ok := cfg.Device(device)
	if !ok {
		return ErrUnknownDevice
	}
	seen := map[string]bool{}
	for _, c := range r {
		if !containsItem(kind.Inspection, c.Item) || seen[c.Item] {
			return ErrUnknownItem
		}
		seen[c.Item] = true
		switch c.Mark {
		case MarkPass, MarkNA:
		case MarkFail:
			if strings.TrimSpace(c.Note) == "" {
				return ErrRequired
			}
		default:
			return ErrChoice
		}
		if c.Item == kind.Inspection[0].Key && c.Mark == MarkNA {
			return ErrChoice
		}
	}
	if len(seen) != len(kind.Inspection) {
		return ErrInspection
	}
	return nil
}

func containsItem(items []Item, key string) bool {
	for _, it := range items {
		if it.Key == key {
			return true
		}
	}
	return false
}

// Failed returns the failed checks of a round.
func (r Round) Failed() []Inspected {
	var out []Inspected
	for _, c := range r {
		if c.Mark == MarkFail {
			out = append(out, c)
		}
	}
	return out
}
