package store

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"frontdesk/repair"
)

var testLimits = PickupLimits{Order: 5, Counter: 10, Lockout: 30 * time.Minute}

// pickupOrder saves an intake for 张伟, phone ending 8000, and returns it.
func savedForPickup(t *testing.T, s *Store) repair.Order {
	t.Helper()
	return saveIntake(t, s, 1, newOrder("张伟", "13800138000", "PF2XK9A1"))
}

func tryPickup(s *Store, counter int, number, claim, last4 string) (repair.Order, error) {
	return s.VerifyPickup(PickupTry{Counter: counter, Who: "安娜", Number: number, Claim: claim, Last4: last4}, testLimits)
}

func TestP1_TheRightCodeAndDigitsOpenTheOrder(t *testing.T) {
	c := newClock()
	s := openTest(t, c)
	o := savedForPickup(t, s)
	got, err := tryPickup(s, 2, "", repair.FormatClaim(o.Claim), "8000")
	if err != nil || got.ID != o.ID {
		t.Fatalf("right code: %+v %v", got.Number, err)
	}
	for _, bad := range []struct{ claim, last4 string }{{o.Claim, "8001"}, {"AAAAAAAA", "8000"}, {"", ""}} {
		if _, err := tryPickup(s, 2, "", bad.claim, bad.last4); !errors.Is(err, repair.ErrWrongClaim) {
			t.Errorf("%q %q: %v", bad.claim, bad.last4, err)
		}
	}
	ev := allEvents(t, s)
	var kinds []string
	for _, e := range ev {
		if e.Kind == KindPickupTry {
			kinds = append(kinds, e.Detail)
		}
	}
	if fmt.Sprint(kinds) != "[ok wrong wrong wrong]" {
		t.Errorf("attempts logged %v", kinds)
	}
}

// TestP1_BruteForceIsLockedOut is the claim code against guessing: 10,000
// wrong codes at one order, from the kiosk and from a desk that named the
// order by its number, succeed 0 times and lock both out; within the lockout
// the right code is refused too, and it works again when the window passes.
func TestP1_BruteForceIsLockedOut(t *testing.T) {
	if testing.Short() {
		t.Skip("20,000 commits")
	}
	c := newClock()
	s := openTest(t, c)
	o := savedForPickup(t, s)
	for _, path := range []struct {
		name    string
		counter int
		number  string
	}{{"kiosk", KioskCounter, ""}, {"desk", 3, o.Number}} {
		t.Run(path.name, func(t *testing.T) {
			var wins, wrong, locked int
			for i := range 10_000 {
				guess := fmt.Sprintf("%08d", i) // never a claim code: no 0 or 1 in the alphabet
				_, err := tryPickup(s, path.counter, path.number, guess, "8000")
				switch {
				case err == nil:
					wins++
				case errors.Is(err, repair.ErrLockedOut):
					locked++
				case errors.Is(err, repair.ErrWrongClaim):
					wrong++
				default:
					t.Fatal(err)
				}
				c.Add(time.Second)
			}
			limit := testLimits.Counter
			if path.number != "" {
				limit = testLimits.Order
			}
			// 10,000 s is 5.6 lockout windows: at most limit wrong ones per
			// window get through to be checked.
			if wins != 0 || wrong > 6*limit || locked < 10_000-6*limit {
				t.Errorf("wins %d, checked %d, locked %d", wins, wrong, locked)
			}
			// Locked now: the right code is refused as well.
			_, err := tryPickup(s, path.counter, path.number, o.Claim, "8000")
			var le *LockedError
			if !errors.As(err, &le) || !le.Until.After(c.Now()) {
				t.Fatalf("the right code while locked: %v", err)
			}
			c.Add(testLimits.Lockout)
			if got, err := tryPickup(s, path.counter, path.number, o.Claim, "8000"); err != nil || got.ID != o.ID {
				t.Errorf("after the lockout: %v", err)
			}
		})
	}
}

func TestP1_OneCounterLockedLeavesTheOthersAlone(t *testing.T) {
	c := newClock()
	s := openTest(t, c)
	o := savedForPickup(t, s)
	for range testLimits.Counter {
		tryPickup(s, 4, "", "AAAAAAAA", "0000")
	}
	if _, err := tryPickup(s, 4, "", o.Claim, "8000"); !errors.Is(err, repair.ErrLockedOut) {
		t.Errorf("counter 4 after %d wrong: %v", testLimits.Counter, err)
	}
	if _, err := tryPickup(s, 5, "", o.Claim, "8000"); err != nil {
		t.Errorf("counter 5: %v", err)
	}
}
