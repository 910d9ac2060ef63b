// Package repair holds the rules of the repair order, from the pre-check
// intake at the counter to the return visit after pickup (DOMAIN.md I1–I13,
// O1–O8, G1–G3, P1–P5). Like package queue it is pure: no I/O, the clock and
// the source of randomness are passed in, so every rule is a table test
// named by its ID.
//
// Periods follow the way Chinese law counts them (民法典 第二百零一条、
// 第二百零三条): a period counted in days starts on the day after the sale,
// so "within 7 days" of a sale on the 1st runs through the 8th; a period in
// months ends on the same date of its last month, or on that month's last
// day when it has no such date (a year from 29 February ends on 28 February).
//
// # Intake (I)
//
// Check cleans an Intake as typed and returns the Order it opens with every
// Problem, field by field (check.go; Field* constants, Err* sentinels for
// errors.Is); CheckField is the same rules for one field as it is typed.
// Decide and Table give the warranty verdict per part category, with the
// 三包 return/exchange options (warranty.go); Missing and the DeviceKind
// checks compare accessories and condition with the device's standard lists
// (accessories.go); NeedsLoaner and ProposedPromise the promised time and
// loaner (promise.go); NewClaimCode and OrderNumber the claim slip's
// identifiers (claim.go); DefaultConfig and Config.Validate the station's
// lists and numbers (defaults.go, validate.go); scripts.go the standard
// scripts the intake needs, word for word. NormalizePhone, NormalizeSerial,
// CleanText and the Parse* functions clean what is typed (fields.go,
// text.go, dates.go, money.go).
//
// # The order while the device is here (O)
//
// Move changes an order's state along the moves O1 allows, stamped with who
// and when (lifecycle.go); SetResult, AddNote, Escalate, Complain and
// SetEstimate write its timeline, and the move to ready needs the result
// written first (O4, O5; timeline.go); LogContact records every call to the
// customer, and ScriptFor and DelayApology give the script to say (O2, O3;
// contacts.go); ReturnLoaner, ExchangeOwed and
// Repairs are the loaner and the repair count of a device (O7, O8). Head is
// what the board and the search show of an order, and Select, Counts and
// CallDue sort the heads into the lists a station works from every morning:
// promised today, overdue, owed a call, ready but untold, uncollected,
// loaners, return visits (O2, O8, P5; board.go).
//
// # Golden-key inspection (G) and pickup (P)
//
// MatchClaim checks the claim code and the phone's last 4 digits, and
// LockedUntil limits wrong attempts per order and per counter (P1;
// pickup.go, lockout.go); LostSlip records a lost slip's identity check by
// its last 4 characters only. CheckRound and FailInspection are the
// inspection, a failed item sending the order back to repair (G1–G3);
// ReadyToHandOver, NotReturned and SignOff hand the device over and close
// the order (P2–P4), and RecordVisit with WorkingDaysAfter the return visit
// due in working days (P5; signoff.go).
package repair
