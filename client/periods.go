package client

import (
	"bufio"
	"encoding/json"
	"fmt"
	"time"

	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/wire"
)

// The period readers (store.Periods): each on a connection of its own, so
// that its pages, which the owner sends as fast as this program takes
// them, hold up no other request of this program, nor its feed.

// pageTimeout is how long a period reader waits for its next page.
const pageTimeout = time.Minute

func (c *Client) TicketsOfDays(first, last string, fn func([]queue.Ticket) error) error {
	return stream(c, "TicketsOfDays", []any{first, last}, fn)
}

func (c *Client) EventsBetween(from, to time.Time, fn func([]store.Event) error) error {
	return stream(c, "EventsBetween", []any{from, to}, fn)
}

func (c *Client) OrdersReceived(from, to time.Time, fn func([]repair.Order) error) error {
	return stream(c, "OrdersReceived", []any{from, to}, fn)
}

func (c *Client) OrdersNumbered(numbers []string, fn func([]repair.Order) error) error {
	return stream(c, "OrdersNumbered", []any{numbers}, fn)
}

func (c *Client) OrdersWithIDs(ids []uint64, fn func([]repair.Order) error) error {
	return stream(c, "OrdersWithIDs", []any{ids}, fn)
}

// stream runs a period reader at the owner and hands its pages to fn, in
// order; an error of fn stops the owner's reading and is returned.
func stream[T any](c *Client, op string, args []any, fn func([]T) error) error {
	if _, err := c.current(); err != nil {
		return err
	}
	nc, r, _, err := c.dial()
	if err != nil {
		return wire.ErrReconnecting
	}
	defer nc.Close()
	raw, err := json.Marshal(args)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(nc)
	const id = 2 // the connection's own: Hello was 1
	if err := enc.Encode(wire.Request{ID: id, Op: op, Args: raw}); err != nil {
		return wire.ErrLinkLost
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), wire.MaxFrame)
	for {
		_ = nc.SetReadDeadline(time.Now().Add(pageTimeout))
		if !sc.Scan() {
			return wire.ErrLinkLost
		}
		var resp wire.Response
		if err := json.Unmarshal(sc.Bytes(), &resp); err != nil {
			return fmt.Errorf("%w: %v", wire.ErrBadRequest, err)
		}
		switch {
		case resp.ID != id:
			continue
		case resp.Page != nil:
			var page []T
			if err := json.Unmarshal(resp.Page, &page); err != nil {
				return fmt.Errorf("%w: %v", wire.ErrBadRequest, err)
			}
			if err := fn(page); err != nil {
				_ = enc.Encode(wire.Request{ID: id, Cancel: true})
				return err
			}
		case resp.Err != nil:
			return resp.Err.Err()
		default:
			return nil
		}
	}
}
