package client

import (
	"errors"
	"fmt"
	"time"

	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/store"
)

// The repair orders (store.Orders) and drafts (store.Drafts).

func (c *Client) SaveIntake(who string, counter int, o repair.Order) (saved repair.Order, err error) {
	err = c.do("SaveIntake", []any{who, counter, o}, &saved)
	return saved, err
}

func (c *Client) HandBack(who string, counter int, ticketID uint64, h repair.HandBack) (t queue.Ticket, err error) {
	err = c.do("HandBack", []any{who, counter, ticketID, h}, &t)
	return t, err
}

func (c *Client) found(op string, arg any) (o repair.Order, ok bool, err error) {
	err = c.do(op, []any{arg}, &o, &ok)
	return o, ok, err
}

func (c *Client) Order(id uint64) (repair.Order, bool, error) { return c.found("Order", id) }

func (c *Client) OrderByNumber(number string) (repair.Order, bool, error) {
	return c.found("OrderByNumber", number)
}

func (c *Client) OrderByClaim(code string) (repair.Order, bool, error) {
	return c.found("OrderByClaim", code)
}

func (c *Client) LastOrderID() (id uint64, err error) {
	err = c.do("LastOrderID", nil, &id)
	return id, err
}

func (c *Client) orders(op, value string, limit int) (os []repair.Order, err error) {
	err = c.do(op, []any{value, limit}, &os)
	return os, err
}

func (c *Client) OrdersByPhone(phone string, limit int) ([]repair.Order, error) {
	return c.orders("OrdersByPhone", phone, limit)
}

func (c *Client) OrdersBySerial(serial string, limit int) ([]repair.Order, error) {
	return c.orders("OrdersBySerial", serial, limit)
}

func (c *Client) ReplaceOrder(who string, counter int, was, changed repair.Order) (saved repair.Order, err error) {
	err = c.do("ReplaceOrder", []any{who, counter, was, changed}, &saved)
	return saved, err
}

// updateTries is how often UpdateOrder makes its change again when
// another terminal changed the order in between.
const updateTries = 8

// UpdateOrder is the store's, made here: the change cannot travel, so the
// order is read, changed in this program and sent back to ReplaceOrder,
// which writes it only while the order is still the one read; when
// another terminal got there first, the order is read and changed again.
func (c *Client) UpdateOrder(who string, counter int, id uint64, change func(o repair.Order, now time.Time) (repair.Order, error)) (repair.Order, error) {
	for try := 1; ; try++ {
		o, ok, err := c.Order(id)
		if err != nil {
			return repair.Order{}, err
		}
		if !ok {
			return repair.Order{}, fmt.Errorf("%w: %d", store.ErrNoOrder, id)
		}
		changed, err := change(o, time.Now().UTC())
		if err != nil {
			return repair.Order{}, err
		}
		saved, err := c.ReplaceOrder(who, counter, o, changed)
		if errors.Is(err, store.ErrOrderConflict) && try < updateTries {
			continue
		}
		return saved, err
	}
}

func (c *Client) Board() (hs []repair.Head, err error) {
	err = c.do("Board", nil, &hs)
	return hs, err
}

func (c *Client) VerifyPickup(t store.PickupTry, lim store.PickupLimits) (o repair.Order, err error) {
	err = c.do("VerifyPickup", []any{t, lim}, &o)
	return o, err
}

func (c *Client) Search(query string, limit int) (r store.SearchResult, err error) {
	err = c.do("Search", []any{query, limit}, &r)
	return r, err
}

func (c *Client) SaveDraft(d store.Draft) error { return c.do("SaveDraft", []any{d}) }

func (c *Client) Draft(counter int) (d store.Draft, ok bool, err error) {
	err = c.do("Draft", []any{counter}, &d, &ok)
	return d, ok, err
}

func (c *Client) DropDraft(counter int) error { return c.do("DropDraft", []any{counter}) }
