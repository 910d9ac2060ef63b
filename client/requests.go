package client

import (
	"errors"
	"fmt"
	"time"

	"frontdesk/onsite"
	"frontdesk/store"
)

// The on-site requests and the hotline (store.Requests).

func (c *Client) OpenRequest(who string, r onsite.Request) (saved onsite.Request, err error) {
	err = c.do("OpenRequest", []any{who, r}, &saved)
	return saved, err
}

// UpdateRequest reads the request, makes the change here and has the
// owner write it while the request is still as read, as UpdateOrder does.
func (c *Client) UpdateRequest(who string, id uint64, change func(r onsite.Request, now time.Time) (onsite.Request, error)) (onsite.Request, error) {
	for try := 1; ; try++ {
		r, ok, err := c.Request(id)
		if err != nil {
			return onsite.Request{}, err
		}
		if !ok {
			return onsite.Request{}, fmt.Errorf("%w: %d", store.ErrNoRequest, id)
		}
		changed, err := change(r, time.Now().UTC())
		if err != nil {
			return onsite.Request{}, err
		}
		saved, err := c.ReplaceRequest(who, r, changed)
		if errors.Is(err, store.ErrRequestConflict) && try < updateTries {
			continue
		}
		return saved, err
	}
}

func (c *Client) ReplaceRequest(who string, was, changed onsite.Request) (saved onsite.Request, err error) {
	err = c.do("ReplaceRequest", []any{who, was, changed}, &saved)
	return saved, err
}

func (c *Client) Request(id uint64) (r onsite.Request, ok bool, err error) {
	err = c.do("Request", []any{id}, &r, &ok)
	return r, ok, err
}

func (c *Client) RequestByNumber(number string) (r onsite.Request, ok bool, err error) {
	err = c.do("RequestByNumber", []any{number}, &r, &ok)
	return r, ok, err
}

func (c *Client) requests(op, value string, limit int) (rs []onsite.Request, err error) {
	err = c.do(op, []any{value, limit}, &rs)
	return rs, err
}

func (c *Client) RequestsByPhone(phone string, limit int) ([]onsite.Request, error) {
	return c.requests("RequestsByPhone", phone, limit)
}

func (c *Client) RequestsBySerial(serial string, limit int) ([]onsite.Request, error) {
	return c.requests("RequestsBySerial", serial, limit)
}

func (c *Client) RequestsByCompany(company string, limit int) ([]onsite.Request, error) {
	return c.requests("RequestsByCompany", company, limit)
}

func (c *Client) OpenRequests() (rs []onsite.Request, err error) {
	err = c.do("OpenRequests", nil, &rs)
	return rs, err
}

func (c *Client) LogCall(who string, call onsite.Call) (saved onsite.Call, err error) {
	err = c.do("LogCall", []any{who, call}, &saved)
	return saved, err
}

func (c *Client) ReplaceCall(who string, was, changed onsite.Call) (saved onsite.Call, err error) {
	err = c.do("ReplaceCall", []any{who, was, changed}, &saved)
	return saved, err
}

func (c *Client) HotlineCall(id uint64) (call onsite.Call, ok bool, err error) {
	err = c.do("HotlineCall", []any{id}, &call, &ok)
	return call, ok, err
}

func (c *Client) CallsOwned(owner string) (cs []onsite.Call, err error) {
	err = c.do("CallsOwned", []any{owner}, &cs)
	return cs, err
}
