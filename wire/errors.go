package wire

import (
	"errors"
	"reflect"
	"time"

	"frontdesk/onsite"
	"frontdesk/repair"
	"frontdesk/store"
)

// The wire's own errors: the owner's, when it cannot run a request, and the
// client's, when the owner cannot be reached.
var (
	// ErrTimeout is a request the owner did not answer in time (a client's
	// timeout): whether a write in it was saved is not known until the
	// client reads again.
	ErrTimeout = errors.New("the owner of the database did not answer in time")
	// ErrReconnecting is a request made while the link to the owner is
	// down and being made again: it was not sent, nothing was done.
	ErrReconnecting = errors.New("reconnecting to the owner of the database")
	// ErrLinkLost is a request that was sent when the link to the owner
	// broke: whether a write in it was saved is not known until the client
	// reads again.
	ErrLinkLost = errors.New("the link to the owner of the database broke")
	// ErrBadRequest is a request the owner could not read: an unknown
	// operation or arguments of the wrong shape (a client of another
	// version).
	ErrBadRequest = errors.New("the owner does not understand the request")
	// ErrShuttingDown is a request that reached an owner on its way out.
	ErrShuttingDown = errors.New("the owner of the database is shutting down")
)

// Error is an error as it crosses the wire: enough of its tree that the
// client's errors.Is and errors.As find what they would have found at the
// owner — a registered sentinel by name, the store's and repair's error
// types with their fields, any other error as its text around what it
// wraps.
type Error struct {
	Code string   `json:"code,omitempty"` // a key of sentinels
	Msg  string   `json:"msg,omitempty"`
	Kind string   `json:"kind,omitempty"` // path, locked, move, onsite-move, line, problem, problems: the type
	In   []*Error `json:"in,omitempty"`   // what it wraps

	Path    string             `json:"path,omitempty"` // path
	Wait    time.Duration      `json:"wait,omitempty"`
	Why     string             `json:"why,omitempty"`
	Until   time.Time          `json:"until,omitzero"` // locked
	Counter bool               `json:"counter,omitempty"`
	From    string             `json:"from,omitempty"` // move
	To      string             `json:"to,omitempty"`
	Missing []string           `json:"missing,omitempty"`
	Line    int                `json:"line,omitempty"`  // line
	Field   string             `json:"field,omitempty"` // problem
	Limit   int                `json:"limit,omitempty"`
	Damage  *store.DamageError `json:"damage,omitempty"` // path: where the file is damaged
}

// codes is sentinels the other way round.
var codes = func() map[error]string {
	m := make(map[error]string, len(sentinels))
	for code, err := range sentinels {
		m[err] = code
	}
	return m
}()

// EncodeError turns err into its wire form; nil stays nil.
func EncodeError(err error) *Error {
	if err == nil {
		return nil
	}
	if reflect.TypeOf(err).Comparable() { // a Problems is a slice
		if code, ok := codes[err]; ok {
			return &Error{Code: code}
		}
	}
	switch e := err.(type) {
	case *store.PathError:
		w := &Error{Kind: "path", Path: e.Path, Wait: e.Wait, In: encodeAll(e.Err)}
		if e.Why != nil {
			w.Why = e.Why.Error()
		}
		if errors.As(e.Why, &w.Damage); w.Damage != nil {
			w.Why = ""
		}
		return w
	case *store.LockedError:
		return &Error{Kind: "locked", Until: e.Until, Counter: e.Counter}
	case *repair.MoveError:
		return &Error{Kind: "move", From: string(e.From), To: string(e.To), Missing: e.Missing, In: encodeAll(e.Err)}
	case *onsite.MoveError:
		return &Error{Kind: "onsite-move", From: string(e.From), To: string(e.To), In: encodeAll(e.Err)}
	case *repair.LineError:
		return &Error{Kind: "line", Line: e.Line, In: encodeAll(e.Err)}
	case repair.Problem:
		return &Error{Kind: "problem", Field: e.Field, Limit: e.Limit, In: encodeAll(e.Err)}
	case repair.Problems:
		w := &Error{Kind: "problems"}
		for _, p := range e {
			w.In = append(w.In, EncodeError(p))
		}
		return w
	}
	w := &Error{Msg: err.Error()}
	switch u := err.(type) {
	case interface{ Unwrap() error }:
		w.In = encodeAll(u.Unwrap())
	case interface{ Unwrap() []error }:
		for _, in := range u.Unwrap() {
			w.In = append(w.In, encodeAll(in)...)
		}
	}
	return w
}

func encodeAll(err error) []*Error {
	if err == nil {
		return nil
	}
	return []*Error{EncodeError(err)}
}

// Err turns the wire form back into an error; nil stays nil. A code this
// client does not know (an owner of a newer version) keeps its text.
func (w *Error) Err() error {
	if w == nil {
		return nil
	}
	if w.Code != "" {
		if err, ok := sentinels[w.Code]; ok {
			return err
		}
		return errors.New(w.Code)
	}
	in := make([]error, len(w.In))
	for i, e := range w.In {
		in[i] = e.Err()
	}
	first := func() error {
		if len(in) == 0 {
			return errors.New(w.Msg)
		}
		return in[0]
	}
	switch w.Kind {
	case "path":
		var why error
		switch {
		case w.Damage != nil:
			why = w.Damage
		case w.Why != "":
			why = errors.New(w.Why)
		}
		return &store.PathError{Path: w.Path, Err: first(), Wait: w.Wait, Why: why}
	case "locked":
		return &store.LockedError{Until: w.Until, Counter: w.Counter}
	case "move":
		return &repair.MoveError{From: repair.State(w.From), To: repair.State(w.To), Err: first(), Missing: w.Missing}
	case "onsite-move":
		return &onsite.MoveError{From: onsite.State(w.From), To: onsite.State(w.To), Err: first()}
	case "line":
		return &repair.LineError{Line: w.Line, Err: first()}
	case "problem":
		return repair.Problem{Field: w.Field, Err: first(), Limit: w.Limit}
	case "problems":
		ps := make(repair.Problems, 0, len(in))
		for _, e := range in {
			if p, ok := e.(repair.Problem); ok {
				ps = append(ps, p)
			}
		}
		return ps
	}
	return &wrapped{msg: w.Msg, in: in}
}

// wrapped is an error the owner made with fmt.Errorf and the like: its text
// as it was, and what it wrapped.
type wrapped struct {
	msg string
	in  []error
}

func (e *wrapped) Error() string   { return e.msg }
func (e *wrapped) Unwrap() []error { return e.in }
