package owner

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"reflect"
	"sync"

	"frontdesk/staff"
	"frontdesk/wire"
)

// Session is an SSH session's way into the owner (package sshd): one more
// client, inside this process, that calls the store's methods as they are
// — no socket, no JSON — for the person the session was authenticated as
// (acting.go: their role's operations only, their name in every event).
// A client (package client, Options.Local) wraps it as a store.Station.
// It counts as a client while open, and a desk it opened a counter for is
// freed when it closes, as a connection's is.
type Session struct {
	o      *Owner
	c      *conn // the key of its desks and its program in the owner's lists
	person staff.Member
	ctx    context.Context
	end    context.CancelFunc
	once   sync.Once
}

// Session opens a session for m, running program ("desk", "display"…),
// which the owner lists to the other programs. It fails once the owner
// has ended.
func (o *Owner) Session(m staff.Member, program string) (*Session, error) {
	if o.ctx.Err() != nil {
		return nil, net.ErrClosed
	}
	ctx, end := context.WithCancel(o.ctx)
	s := &Session{o: o, c: &conn{o: o}, person: m, ctx: ctx, end: end}
	o.joined()
	name, _ := json.Marshal([]string{program})
	o.named(s.c, name)
	return s, nil
}

// Call runs operation op with args, as the person: its results without
// its error, or the error — the role's refusal, the arguments' (not the
// method's), or the method's own.
func (s *Session) Call(op string, args []any) ([]reflect.Value, error) {
	if s.ctx.Err() != nil {
		return nil, wire.ErrLinkLost
	}
	fn, ok := s.o.direct[op]
	if !ok {
		return nil, fmt.Errorf("%w: no operation %s", wire.ErrBadRequest, op)
	}
	if err := permit(s.person.Role, op); err != nil {
		return nil, err
	}
	if op == opSnapshot && len(args) == 0 {
		snap, err := s.o.sharedSnapshot()
		return []reflect.Value{reflect.ValueOf(snap)}, err
	}
	t := fn.Type()
	if len(args) != t.NumIn() {
		return nil, fmt.Errorf("%w: %d arguments, want %d", wire.ErrBadRequest, len(args), t.NumIn())
	}
	in := make([]reflect.Value, len(args))
	for i, a := range args {
		v := reflect.ValueOf(a)
		switch {
		case a == nil:
			v = reflect.Zero(t.In(i))
		case v.Type() == t.In(i):
		case v.Type().ConvertibleTo(t.In(i)) && v.Kind() == t.In(i).Kind():
			v = v.Convert(t.In(i))
		default:
			return nil, fmt.Errorf("%w: argument %d is %s, want %s", wire.ErrBadRequest, i+1, v.Type(), t.In(i))
		}
		in[i] = v
	}
	stamp(op, in, s.person.Name)
	out := fn.Call(in)
	var err error
	if n := len(out); n > 0 && out[n-1].Type() == errorType {
		err, _ = out[n-1].Interface().(error)
		out = out[:n-1]
	}
	if err == nil && op == opOpenDesk {
		s.o.seated(s.c, in[2].String())
	}
	return out, err
}

// Watch is the store's change feed, until ctx is done, the session closes
// or the owner ends.
func (s *Session) Watch(ctx context.Context) <-chan uint64 {
	both, cancel := context.WithCancel(ctx)
	context.AfterFunc(s.ctx, cancel)
	return s.o.st.Watch(both)
}

// Close ends the session: its desk's counter is freed, and it is no
// longer a client.
func (s *Session) Close() error {
	s.once.Do(func() {
		s.end()
		s.o.leave(s.c)
		s.o.left()
	})
	return nil
}
