package repair

import (
	"testing"
	"time"
)

// TestP1_WrongAttemptsLockOutForTheWindow: limit wrong attempts within the
// window lock the order or counter until the oldest of the last limit leaves
// the window; older attempts are forgotten.
func TestP1_WrongAttemptsLockOutForTheWindow(t *testing.T) {
	const window = 30 * time.Minute
	t0 := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	at := func(m int) time.Time { return t0.Add(time.Duration(m) * time.Minute) }
	tests := []struct {
		name   string
		wrong  []time.Time
		limit  int
		now    time.Time
		until  time.Time // zero: not locked
		locked bool
	}{
		{"none", nil, 3, at(0), time.Time{}, false},
		{"below the limit", []time.Time{at(0), at(1)}, 3, at(2), time.Time{}, false},
		{"at the limit", []time.Time{at(0), at(1), at(2)}, 3, at(3), at(30), true},
		{"past the limit: the last ones count", []time.Time{at(0), at(1), at(2), at(3)}, 3, at(4), at(31), true},
		{"in any order", []time.Time{at(2), at(0), at(3), at(1)}, 3, at(4), at(31), true},
		{"one left the window", []time.Time{at(0), at(10), at(20)}, 3, at(31), time.Time{}, false},
		{"exactly the window ago still counts", []time.Time{at(0), at(10), at(20)}, 3, at(30), at(30), true},
		{"the lockout ends with the window", []time.Time{at(0), at(1), at(2)}, 3, at(30).Add(time.Nanosecond), time.Time{}, false},
		{"a limit of one", []time.Time{at(5)}, 1, at(6), at(35), true},
		{"no limit locks nothing", []time.Time{at(5)}, 0, at(6), time.Time{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			until, locked := LockedUntil(tt.wrong, tt.limit, window, tt.now)
			if locked != tt.locked || !until.Equal(tt.until) {
				t.Errorf("LockedUntil = %v, %v; want %v, %v", until, locked, tt.until, tt.locked)
			}
		})
	}
	if !InLockoutWindow(at(0), at(30), window) || InLockoutWindow(at(0), at(30).Add(time.Nanosecond), window) {
		t.Error("an attempt counts for exactly the window's length")
	}
}
