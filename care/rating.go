package care

import (
	"errors"
	"time"
)

// Channel is where a rating was given.
type Channel string

// The channels of C1.
const (
	AtPad   Channel = "pad"   // the counter's rating pad (frontdesk rate)
	AtKiosk Channel = "kiosk" // the kiosk, by ticket number
	AtVisit Channel = "visit" // the return visit's satisfaction (P5)
)

// The scale: 5 very satisfied … 1 very dissatisfied.
const (
	MinScore = 1
	MaxScore = 5
	// LowScore and below opens a follow-up for the supervisor.
	LowScore = 2
)

var (
	ErrScore   = errors.New("care: a rating is 1 to 5")
	ErrRated   = errors.New("care: this service has been rated already")
	ErrNotDue  = errors.New("care: nothing to rate here now")
	ErrChannel = errors.New("care: no such channel")
	ErrAnswer  = errors.New("care: a follow-up needs what was done or said")
	ErrClosed  = errors.New("care: the follow-up is closed already")
)

// Service is one service that may be rated: a ticket served at a counter
// (its key "T"+id), an order picked up without a ticket ("O"+id), or an
// on-site request ("S"+id); who served it, where and when.
type Service struct {
	Key      string    `json:"key"`
	Ticket   string    `json:"ticket,omitempty"`  // the queue number, "A012"
	Day      string    `json:"day,omitempty"`     // the ticket's day
	Type     string    `json:"type,omitempty"`    // the service type (queue)
	Order    string    `json:"order,omitempty"`   // an order's number, when one was taken in or picked up
	Request  string    `json:"request,omitempty"` // an on-site request's number
	Counter  int       `json:"counter,omitempty"`
	Engineer string    `json:"engineer,omitempty"`
	At       time.Time `json:"at"` // when the service ended
}

// Due is the service a counter's pad asks about, from the moment it ended
// until DueLife has passed or it was rated.
type Due struct {
	Service
}

// DueLife is how long a pad asks: the customer is still at the counter.
const DueLife = 3 * time.Minute

// Asking says whether the pad still asks about d at now.
func (d Due) Asking(now time.Time) bool {
	return d.Key != "" && now.Sub(d.At) < DueLife
}

// Rating is a customer's score of a service.
type Rating struct {
	ID      uint64    `json:"id"`
	Service Service   `json:"service"`
	Score   int       `json:"score"`
	Channel Channel   `json:"channel"`
	At      time.Time `json:"at"`
}

// Rate is the rating of s with score through ch at at.
func Rate(s Service, score int, ch Channel, at time.Time) (Rating, error) {
	if score < MinScore || score > MaxScore {
		return Rating{}, ErrScore
	}
	if ch != AtPad && ch != AtKiosk && ch != AtVisit {
		return Rating{}, ErrChannel
	}
	if s.Key == "" {
		return Rating{}, ErrNotDue
	}
	return Rating{Service: s, Score: score, Channel: ch, At: at}, nil
}

// Low says whether r opens a follow-up (C1: O5's complaint path).
func (r Rating) Low() bool { return r.Score <= LowScore }
