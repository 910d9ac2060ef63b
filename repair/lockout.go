package repair

// P1's limit on guessing claim codes: a rule of arithmetic over the times of
// wrong attempts, kept here so that it is a table test, while the store only
// keeps the attempts and asks it.

import (
	"slices"
	"time"
)

// InLockoutWindow reports whether a wrong attempt made at `at` still counts
// at now: it does for the window's length, then it is forgotten (and the
// store may delete it). An attempt exactly the window's length ago still
// counts, so a lockout ends only after the whole window has passed.
func InLockoutWindow(at, now time.Time, window time.Duration) bool {
	return !at.Before(now.Add(-window))
}

// LockedUntil is P1's lockout of one order or one counter: wrong are the
// times of its wrong attempts (in any order; those out of the window at now
// are ignored), limit how many the window allows. Once limit of them are in
// the window every attempt is refused, a right one too, until the oldest of
// the last limit attempts leaves the window: that time, and true. Below the
// limit it returns the zero time and false; a limit below 1 locks nothing
// (no limit is not a limit of zero: the store refuses such limits anyway).
func LockedUntil(wrong []time.Time, limit int, window time.Duration, now time.Time) (time.Time, bool) {
	var in []time.Time
	for _, at := range wrong {
		if InLockoutWindow(at, now, window) {
			in = append(in, at)
		}
	}
	if len(in) < limit || limit < 1 {
		return time.Time{}, false
	}
	slices.SortFunc(in, time.Time.Compare)
	return in[len(in)-limit].Add(window), true
}
