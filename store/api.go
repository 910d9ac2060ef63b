package store

import (
	"errors"
	"fmt"
	"time"

	"frontdesk/care"
	"frontdesk/internal/fileperm"
	"frontdesk/notify"
	"frontdesk/queue"
)

// Options configure a Store.
type Options struct {
	Path    string        // the database file; Open creates it, and its directory, when missing
	Timeout time.Duration // how long Open waits for bbolt's lock on the file (default 3s)
	Queue   queue.Config
	Now     func() time.Time // the clock; time.Now when nil
	NoSync  bool             // tests only: skip fdatasync
	// ClaimLength is the number of characters of a new order's claim code
	// (I13; repair.Config.ClaimCodeLength); DefaultClaimLength when zero.
	ClaimLength int
	// Migrating, when set, is called before Open brings an existing file of
	// an older schema to this binary's, which can take a minute on a
	// million orders (migration 4 reads every order): the program says so.
	Migrating func(from, to int)
	// Files is how the files it makes are made — the database and its
	// directory, its backups, the daily backups' directory and records
	// (config.Config.Files, of [station] group); fileperm.Default(), the
	// owner's only, when zero.
	Files fileperm.Modes
	// Messages is what the station texts its customers and how (C4; the
	// configuration's [messages]); Station what the texts say of it. A
	// zero Messages sends nothing (notify.Config.On).
	Messages notify.Config
	Station  notify.Station
}

// DefaultClaimLength is the claim code length when Options.ClaimLength is zero.
const DefaultClaimLength = 8

// CounterState is what the store keeps about a counter between operations.
type CounterState struct {
	Number   int       `json:"number"`
	Paused   bool      `json:"paused,omitempty"`
	Engineer string    `json:"engineer,omitempty"` // who signed in last
	Desk     string    `json:"desk,omitempty"`     // the token of the desk that has it open (desks.go)
	Since    time.Time `json:"since"`              // of the last pause/resume/sign-in
}

// Open reports whether the counter is calling: a desk has it and it is not
// paused.
func (c CounterState) Open() bool { return c.Desk != "" && !c.Paused }

// OpenCounters lists the numbers of the snapshot's open counters.
func (s Snapshot) OpenCounters() []int { return openOf(s.Counters) }

// openOf lists the numbers of the open counters of cs.
func openOf(cs []CounterState) []int {
	var open []int
	for _, c := range cs {
		if c.Open() {
			open = append(open, c.Number)
		}
	}
	return open
}

// Call is one announcement, for the queue display.
type Call struct {
	Number  string    `json:"number"`
	Type    string    `json:"type"`
	Counter int       `json:"counter"`
	At      time.Time `json:"at"`
	Recall  bool      `json:"recall,omitempty"`
}

// Snapshot is everything a screen needs, read in one transaction.
type Snapshot struct {
	Rev      uint64         // the change counter at the time of reading
	Day      string         // station-local today
	Tickets  []queue.Ticket // today's tickets, by ID
	Counters []CounterState // every configured counter, by number
	Calls    []Call         // today's latest calls, newest first (at most 10)
	// Approvals are the requests waiting for a supervisor (P1), oldest
	// first (at most 50): a supervisor's desk lists them, the asking desk
	// sees its own leave the list once decided.
	Approvals []Approval `json:",omitempty"`
	// FollowUps are the low ratings waiting for a supervisor's follow-up
	// (C1), oldest first (at most 50): the desk's board lists them.
	FollowUps []care.FollowUp `json:",omitempty"`

	// Damage is what the store has met damaged since it opened the file,
	// in any program's read or in the scrub (the first 20), and DamageMet
	// how much in all: the screens name it until the file is restored.
	Damage    []DamageError `json:",omitempty"`
	DamageMet int           `json:",omitempty"`
}

// Event is one line of the append-only log of every change (what, who,
// which counter, when).
type Event struct {
	ID      uint64    `json:"id"`
	At      time.Time `json:"at"`
	Kind    string    `json:"kind"` // take, call, recall, start, finish, noshow, return, transfer, away, back, pause, resume, signin, close, intake, order, handback
	Ticket  uint64    `json:"ticket,omitempty"`
	Number  string    `json:"number,omitempty"` // the ticket's
	Counter int       `json:"counter,omitempty"`
	Who     string    `json:"who,omitempty"`
	Detail  string    `json:"detail,omitempty"`
	Order   string    `json:"order,omitempty"`   // the repair order's number
	State   string    `json:"state,omitempty"`   // KindOrder: the order's state after the change
	Note    string    `json:"note,omitempty"`    // KindHandBack: what the engineer wrote down
	Request string    `json:"request,omitempty"` // an on-site request's number
}

// Errors of the database file itself. Queue-rule errors are queue's.
var (
	ErrLocked      = errors.New("database is held by another program")
	ErrNotDatabase = errors.New("file is not a frontdesk database")
	ErrDamaged     = errors.New("database is damaged") // ours, and a record or page of it failed its check (seal.go)
	ErrUnwritable  = errors.New("database cannot be written")
	ErrNewerSchema = errors.New("database was written by a newer frontdesk")
	ErrDiskFull    = errors.New("no space left for the database")
)

// PathError says which file an error is about and wraps one of the errors
// above, so messages can name the path.
type PathError struct {
	Path string
	Err  error // ErrLocked, ErrNotDatabase, ErrDamaged, ErrUnwritable, ErrNewerSchema, ErrDiskFull
	Wait time.Duration
	Why  error // the underlying system error, if any
}

func (e *PathError) Error() string {
	if e.Why != nil {
		return fmt.Sprintf("%s: %v (%v)", e.Path, e.Err, e.Why)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *PathError) Unwrap() error { return e.Err }
