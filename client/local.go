package client

import (
	"context"
	"fmt"
	"reflect"

	"frontdesk/wire"
)

// Local is a way into the owner from inside its own process: an SSH
// session's (owner.Session). A client on one calls the store's methods as
// they are, with no socket and no encoding, and never reconnects — the
// session ends with the owner.
type Local interface {
	// Call runs op with args and returns its results, its error apart.
	Call(op string, args []any) ([]reflect.Value, error)
	// Watch is the change feed until ctx is done or the session ends.
	Watch(ctx context.Context) <-chan uint64
	Close() error
}

// callLocal is do on a Local: each result put in its place, when all fit.
func (c *Client) callLocal(op string, args []any, outs []any) error {
	res, err := c.opts.Local.Call(op, args)
	if err != nil {
		return err
	}
	if len(res) != len(outs) {
		return fmt.Errorf("%w: %d results, want %d", wire.ErrBadRequest, len(res), len(outs))
	}
	for i, out := range outs {
		if dst := reflect.ValueOf(out).Elem(); !res[i].Type().AssignableTo(dst.Type()) {
			return fmt.Errorf("%w: result %d is %s, want %s", wire.ErrBadRequest, i+1, res[i].Type(), dst.Type())
		}
	}
	for i, out := range outs {
		reflect.ValueOf(out).Elem().Set(res[i])
	}
	return nil
}
