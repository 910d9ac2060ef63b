package onsite

import (
	"fmt"
	"time"
)

// RequestNumber is a request's number, said on the phone and printed on the
// service record: "S", the station-local date of day as yymmdd, and the
// day's sequence from 1, at least 4 digits — S2612070003 — as a repair
// order's is with its "R", so that the two are told apart at a glance and a
// search by either finds the right one. day must already be In the
// station's zone.
func RequestNumber(day time.Time, seq uint64) string {
	return fmt.Sprintf("S%s%04d", day.Format("060102"), seq)
}

// ValidRequestNumber reports whether s is a number as RequestNumber makes
// them.
func ValidRequestNumber(s string) bool {
	if len(s) < 11 || s[0] != 'S' {
		return false
	}
	for _, r := range s[1:] {
		if r < '0' || r > '9' {
			return false
		}
	}
	_, err := time.Parse("060102", s[1:7])
	return err == nil && s[7:] != "0000"
}

// Open reports whether the request still needs the station: not solved,
// done, escalated or cancelled.
func (r Request) Open() bool { return !r.State.Final() }

// Open reports whether the call is still on its owner's list (首问负责, H1):
// not answered, solved or turned into a request or guidance that closed it.
func (c Call) Open() bool {
	return c.Closed.IsZero()
}
