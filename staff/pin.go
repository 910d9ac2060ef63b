package staff

import (
	"crypto/subtle"
	"errors"
	"fmt"
	"strings"
	"time"

	"golang.org/x/crypto/scrypt"
)

// A supervisor's PIN (P1, issue 17): what a supervisor types at a local
// desk to approve what needs a supervisor, when they are not at their own
// SSH session. It is kept only as a slow salted hash (scrypt), never in
// clear: not in the store, not in an event, not in a log.

// PIN lengths, in digits.
const (
	MinPIN = 4
	MaxPIN = 8
)

// SaltSize is the length of a PIN's random salt, in bytes.
const SaltSize = 16

// PINTries is how many wrong PINs in a row lock a member's PIN, and
// PINLockout for how long.
const (
	PINTries   = 5
	PINLockout = 15 * time.Minute
)

// The scrypt cost of a new PIN's hash: some 100 ms and 32 MiB a try, so
// that the 10⁴–10⁸ PINs cannot be tried through a copy of the file in any
// useful time. Each hash keeps its own, so that a higher cost later still
// checks the PINs set before.
const (
	scryptN, scryptR, scryptP = 1 << 15, 8, 1
	hashSize                  = 32
)

var (
	ErrPIN           = errors.New("a PIN is 4 to 8 digits")
	ErrWrongPIN      = errors.New("wrong PIN")
	ErrNoPIN         = errors.New("no PIN set for this supervisor (frontdesk staff pin NAME sets one)")
	ErrNotSupervisor = errors.New("only a supervisor may do this: a supervisor must do it, in their own session or by their PIN")
)

// PIN is a member's PIN as kept: its salt, its scrypt hash and the cost it
// was hashed at, and when and by whom it was set.
type PIN struct {
	Salt  []byte    `json:"salt"`
	Hash  []byte    `json:"hash"`
	N     int       `json:"n"`
	R     int       `json:"r"`
	P     int       `json:"p"`
	Set   time.Time `json:"set"`
	SetBy string    `json:"set_by"`
}

// CheckPIN is the form of a PIN: 4 to 8 ASCII digits, nothing else.
func CheckPIN(pin string) error {
	if len(pin) < MinPIN || len(pin) > MaxPIN || strings.Trim(pin, "0123456789") != "" {
		return ErrPIN
	}
	return nil
}

// NewPIN hashes pin with salt (SaltSize random bytes, the caller's: this
// package reads no randomness), set at `at` by `by`.
func NewPIN(pin string, salt []byte, at time.Time, by string) (PIN, error) {
	if err := CheckPIN(pin); err != nil {
		return PIN{}, err
	}
	if len(salt) != SaltSize {
		return PIN{}, fmt.Errorf("staff: a PIN's salt is %d bytes, not %d", SaltSize, len(salt))
	}
	p := PIN{Salt: append([]byte(nil), salt...), N: scryptN, R: scryptR, P: scryptP, Set: at.UTC(), SetBy: by}
	h, err := p.hash(pin)
	if err != nil {
		return PIN{}, err
	}
	p.Hash = h
	return p, nil
}

// Matches says whether pin is the one p was made from, comparing the
// hashes in constant time. A PIN of the wrong form, or a record whose cost
// is out of bounds (damaged), matches nothing.
func (p PIN) Matches(pin string) bool {
	if CheckPIN(pin) != nil || len(p.Hash) != hashSize {
		return false
	}
	h, err := p.hash(pin)
	return err == nil && subtle.ConstantTimeCompare(h, p.Hash) == 1
}

// hash is scrypt of pin at p's salt and cost, which must be sane: a
// damaged record is not to make a try take minutes or gigabytes.
func (p PIN) hash(pin string) ([]byte, error) {
	if p.N < 2 || p.N > 1<<20 || p.R < 1 || p.R > 32 || p.P < 1 || p.P > 16 || len(p.Salt) != SaltSize {
		return nil, fmt.Errorf("staff: a PIN's hash of cost N=%d r=%d p=%d", p.N, p.R, p.P)
	}
	return scrypt.Key([]byte(pin), p.Salt, p.N, p.R, p.P, hashSize)
}
