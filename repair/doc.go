// Package repair holds the rules of the repair order (DOMAIN.md I1–I13, and
// later O, G and P): what the pre-check intake at the counter must record,
// the warranty decided per part category from a configurable table, the
// 三包 return/exchange options, the standard accessory and condition lists
// per device type, the promised time and loaner, the claim code and the
// order number. Like package queue it is pure: no I/O, the clock and the
// source of randomness are passed in, so every rule is a table test.
//
// Periods follow the way Chinese law counts them (民法典 第二百零一条、
// 第二百零三条): a period counted in days starts on the day after the sale,
// so "within 7 days" of a sale on the 1st runs through the 8th; a period in
// months ends on the same date of its last month, or on that month's last
// day when it has no such date (a year from 29 February ends on 28 February).
//
// The intake in one call: Check cleans an Intake as typed and returns the
// Order it opens with every Problem, field by field (Field* constants, Err*
// sentinels for errors.Is); CheckField is the same rules for one field as it
// is typed. Decide and Table give the warranty verdict (warranty.go);
// DefaultConfig and Config.Validate the station's lists and numbers;
// NewClaimCode and OrderNumber the claim slip's identifiers (claim.go);
// scripts.go the standard scripts the intake needs, word for word.
package repair
