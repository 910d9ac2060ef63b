package client

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"frontdesk/onsite"
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

// The owner sends each page as its records are stored; they are decoded
// here, with the page function of the store's own reader.

func (c *Client) TicketsOfDays(first, last string, fn func([]queue.Ticket) error) error {
	return stream(c, "TicketsOfDays", []any{first, last}, fn, store.TicketsPage(fn))
}

func (c *Client) EventsBetween(from, to time.Time, fn func([]store.Event) error) error {
	return stream(c, "EventsBetween", []any{from, to}, fn, store.EventsPage(from, to, fn))
}

func (c *Client) OrdersReceived(from, to time.Time, fn func([]repair.Order) error) error {
	return stream(c, "OrdersReceived", []any{from, to}, fn, store.OrdersReceivedPage(from, to, fn))
}

func (c *Client) RequestsReceived(from, to time.Time, fn func([]onsite.Request) error) error {
	return stream(c, "RequestsReceived", []any{from, to}, fn, store.RequestsReceivedPage(from, to, fn))
}

func (c *Client) CallsBetween(from, to time.Time, fn func([]onsite.Call) error) error {
	return stream(c, "CallsBetween", []any{from, to}, fn, store.CallsPage(from, to, fn))
}

func (c *Client) OrdersNumbered(numbers []string, fn func([]repair.Order) error) error {
	return stream(c, "OrdersNumbered", []any{numbers}, fn, store.OrdersPage(fn))
}

func (c *Client) OrdersWithIDs(ids []uint64, fn func([]repair.Order) error) error {
	return stream(c, "OrdersWithIDs", []any{ids}, fn, store.OrdersPage(fn))
}

// stream runs a period reader at the owner and hands its pages to page, in
// order; an error of page stops the owner's reading and is returned. On a
// Local, the reader runs with fn, the caller's own page function.
func stream(c *Client, op string, args []any, fn any, page func(store.Records) error) error {
	if c.opts.Local != nil {
		_, err := c.opts.Local.Call(op, append(args, fn))
		return err
	}
	if _, err := c.current(); err != nil {
		return err
	}
	nc, r, _, err := c.dial("") // not a program of its own
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
	for {
		_ = nc.SetReadDeadline(time.Now().Add(pageTimeout))
		line, err := r.ReadSlice('\n')
		if err != nil {
			return wire.ErrLinkLost // a frame longer than the reader's buffer too: no owner sends one
		}
		var resp wire.Response
		if err := json.Unmarshal(line, &resp); err != nil {
			return fmt.Errorf("%w: %v", wire.ErrBadRequest, err)
		}
		switch {
		case resp.Records != nil:
			records, err := wire.ReadRecords(r, resp.Records)
			switch {
			case errors.Is(err, wire.ErrBadRequest):
				return err
			case err != nil:
				return wire.ErrLinkLost
			case resp.ID != id:
				continue
			}
			if err := page(records); err != nil {
				_ = enc.Encode(wire.Request{ID: id, Cancel: true})
				return err
			}
		case resp.ID != id:
			continue
		case resp.Err != nil:
			return resp.Err.Err()
		default:
			return nil
		}
	}
}
