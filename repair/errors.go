package repair

import "errors"

// The errors of the intake rules. Every Problem carries one of them; callers
// match them with errors.Is and show a message from the text catalogue in the
// user's language, so the wording here is for logs and tests only.
var (
	// Any text field.
	ErrRequired = errors.New("required")
	ErrTooLong  = errors.New("too long") // Problem.Limit is the maximum, in characters (runes)
	ErrControl  = errors.New("control characters or invalid text")
	ErrChoice   = errors.New("not one of the choices") // a Kind, Proof, Reproduced or Exclusion the form does not offer

	// Formats.
	ErrPhone        = errors.New("not a phone number")  // mobile, landline with area code, or 400/800
	ErrSerial       = errors.New("not a serial number") // 4–30 of A–Z 0–9 - /
	ErrDate         = errors.New(`not a date "2006-01-02"`)
	ErrMonth        = errors.New(`not a month "2006-01"`)
	ErrTime         = errors.New(`not a time "2006-01-02 15:04"`)
	ErrMoney        = errors.New("not an amount of money") // negative, more than 2 decimals, over a million yuan
	ErrEstimateLine = errors.New(`estimate line is not "part price"`)

	// I1: a dealer's drop-off without the end user's name and phone is
	// refused; the desk shows DealerRefusal.
	ErrDealerEndUser = errors.New("a dealer must give the end user's name and phone")

	// I3: the device and its purchase proof.
	ErrUnknownDevice = errors.New("not a configured device kind")
	ErrFuture        = errors.New("in the future") // a purchase date or factory month after today
	ErrFactoryMonth  = errors.New("a 三包 voucher needs the factory month of its barcode")
	ErrBeforeFactory = errors.New("purchase date before the factory month")

	// I4, I7, I8: keys the device kind does not list.
	ErrUnknownPart = errors.New("not a part category of the device kind")
	ErrUnknownItem = errors.New("not on the device kind's list")

	// I6, I9: consents.
	ErrBurnInConsent   = errors.New("keeping a fault that did not show for burn-in needs the customer's consent")
	ErrBackupNotRaised = errors.New("data backup has not been raised with the customer")
	ErrDataLossConsent = errors.New("a repair that may lose data needs the customer's consent")

	// I12: the promised time and the loaner.
	ErrPromisedPast     = errors.New("promised time is not in the future")
	ErrPromisedFar      = errors.New("promised time is further away than the station allows")
	ErrLoanerNotOffered = errors.New("a repair this long must have a loaner offered")
	ErrLoanerWhich      = errors.New("an accepted loaner must be named")
)
