package care

import (
	"strings"
	"time"
	"unicode/utf8"
)

// FollowUp is a supervisor's follow-up of a low rating (O5): open until a
// supervisor records what was done or said, and who.
type FollowUp struct {
	ID      uint64    `json:"id"`
	Rating  uint64    `json:"rating"`
	Service Service   `json:"service"`
	Score   int       `json:"score"`
	Opened  time.Time `json:"opened"`
	By      string    `json:"by,omitempty"` // the supervisor who answered
	Answer  string    `json:"answer,omitempty"`
	Closed  time.Time `json:"closed,omitzero"`
}

// Open says whether f waits for a supervisor.
func (f FollowUp) Open() bool { return f.Closed.IsZero() }

// MaxAnswer is the longest answer, in characters.
const MaxAnswer = 500

// FollowUpOf is the follow-up a low rating r opens.
func FollowUpOf(r Rating) FollowUp {
	return FollowUp{Rating: r.ID, Service: r.Service, Score: r.Score, Opened: r.At}
}

// Close is f answered by who at at.
func (f FollowUp) Close(who, answer string, at time.Time) (FollowUp, error) {
	if !f.Open() {
		return f, ErrClosed
	}
	answer = strings.TrimSpace(answer)
	if answer == "" || utf8.RuneCountInString(answer) > MaxAnswer || strings.ContainsFunc(answer, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
		return f, ErrAnswer
	}
	f.By, f.Answer, f.Closed = who, answer, at
	return f, nil
}
