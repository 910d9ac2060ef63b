// Package staff is the people a station knows (issue 17): each with a
// role, which decides the one program a session of theirs gets, and the
// public SSH keys they are known by; a supervisor's PIN, kept as a salted
// scrypt hash (pin.go). Pure, like queue and repair: the store keeps the
// members, the SSH server asks it who a key is.
package staff

import (
	"errors"
	"fmt"
	"time"

	"frontdesk/repair"
)

// Role is what a member may do, and so which program their session gets.
type Role string

const (
	Engineer   Role = "engineer"   // the desk, signed in as themselves
	Supervisor Role = "supervisor" // the desk, with the supervisor's approvals
	Display    Role = "display"    // the queue display and nothing else
	Kiosk      Role = "kiosk"      // the kiosk and nothing else
	Keypad     Role = "keypad"     // take, call and status as commands
)

// Roles are every role, in the order a list shows them.
var Roles = []Role{Engineer, Supervisor, Display, Kiosk, Keypad}

// MaxName is the longest name, in characters: what a slip, an event and
// the desk's header show.
const MaxName = repair.MaxName

// MaxKeys is the most keys one member has: a laptop, a counter PC, a
// spare.
const MaxKeys = 8

var (
	ErrRole     = errors.New("not a role")
	ErrKey      = errors.New("not an SSH public key")
	ErrTooMany  = errors.New("too many keys")
	ErrExists   = errors.New("already a member")
	ErrUnknown  = errors.New("no such member")
	ErrKeyTaken = errors.New("the key is another member's")
	// ErrNotAllowed and ErrSupervisorOnly are what a session's role may
	// not ask for (the owner refuses it, owner/acting.go).
	ErrNotAllowed     = errors.New("not allowed for this account")
	ErrSupervisorOnly = errors.New("only a supervisor may do this")
)

// Member is one person (or one display, kiosk or keypad) of the station.
type Member struct {
	Name    string    `json:"name"`
	Role    Role      `json:"role"`
	Keys    []Key     `json:"keys"`
	Counter int       `json:"counter,omitempty"` // an engineer's fixed counter; 0: chosen at the first connection
	Added   time.Time `json:"added"`
	AddedBy string    `json:"added_by"`
}

// ParseRole is the role named s.
func ParseRole(s string) (Role, error) {
	for _, r := range Roles {
		if string(r) == s {
			return r, nil
		}
	}
	return "", fmt.Errorf("%w: %q", ErrRole, s)
}

// New checks a new member: a name that is one line of plain text (no
// control characters: it reaches every terminal), a known role, one to
// MaxKeys distinct keys, a counter only for an engineer or a supervisor.
func New(name string, role Role, keys []Key, counter int, at time.Time, by string) (Member, error) {
	name, err := repair.CleanText(name, MaxName, true)
	if err != nil {
		return Member{}, err
	}
	if _, err := ParseRole(string(role)); err != nil {
		return Member{}, err
	}
	switch {
	case len(keys) == 0:
		return Member{}, fmt.Errorf("%w: none given", ErrKey)
	case len(keys) > MaxKeys:
		return Member{}, fmt.Errorf("%w: at most %d", ErrTooMany, MaxKeys)
	case counter < 0 || counter > 0 && role != Engineer && role != Supervisor:
		return Member{}, fmt.Errorf("%w: a counter is an engineer's or a supervisor's", ErrRole)
	}
	seen := map[string]bool{}
	for _, k := range keys {
		if seen[k.Fingerprint] {
			return Member{}, fmt.Errorf("%w: %s given twice", ErrKey, k.Fingerprint)
		}
		seen[k.Fingerprint] = true
	}
	return Member{Name: name, Role: role, Keys: keys, Counter: counter, Added: at, AddedBy: by}, nil
}
