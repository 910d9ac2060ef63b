package client

import (
	"frontdesk/queue"
	"frontdesk/store"
)

// The day's tickets and counters (store.Queue), each one request.

func (c *Client) Take(code string, priority bool, who string) (t queue.Ticket, e queue.Estimate, err error) {
	err = c.do("Take", []any{code, priority, who}, &t, &e)
	return t, e, err
}

func (c *Client) ticket(op string, args ...any) (t queue.Ticket, err error) {
	err = c.do(op, args, &t)
	return t, err
}

func (c *Client) CallNext(counter int, who string) (queue.Ticket, error) {
	return c.ticket("CallNext", counter, who)
}

func (c *Client) FinishAndCallNext(counter int, who string) (queue.Ticket, error) {
	return c.ticket("FinishAndCallNext", counter, who)
}

func (c *Client) CallTicket(counter int, id uint64, who string) (queue.Ticket, error) {
	return c.ticket("CallTicket", counter, id, who)
}

func (c *Client) CallOutOfType(counter int, id uint64, who string) (queue.Ticket, error) {
	return c.ticket("CallOutOfType", counter, id, who)
}

func (c *Client) Recall(counter int, who string) (queue.Ticket, error) {
	return c.ticket("Recall", counter, who)
}

func (c *Client) Start(counter int, who string) (queue.Ticket, error) {
	return c.ticket("Start", counter, who)
}

func (c *Client) Finish(counter int, who string) (queue.Ticket, error) {
	return c.ticket("Finish", counter, who)
}

func (c *Client) NoShow(counter int, who string) (queue.Ticket, error) {
	return c.ticket("NoShow", counter, who)
}

func (c *Client) Transfer(counter int, toType string, toCounter int, who string) (queue.Ticket, error) {
	return c.ticket("Transfer", counter, toType, toCounter, who)
}

func (c *Client) ReturnNoShow(id uint64, who string) (queue.Ticket, error) {
	return c.ticket("ReturnNoShow", id, who)
}

func (c *Client) StepAway(id uint64, who string) (queue.Ticket, error) {
	return c.ticket("StepAway", id, who)
}

func (c *Client) ComeBack(id uint64, who string) (queue.Ticket, error) {
	return c.ticket("ComeBack", id, who)
}

func (c *Client) CloseDay(reason, who string) (n int, err error) {
	err = c.do("CloseDay", []any{reason, who}, &n)
	return n, err
}

func (c *Client) SetPaused(counter int, paused bool, who string) error {
	return c.do("SetPaused", []any{counter, paused, who})
}

func (c *Client) SignIn(counter int, engineer string) error {
	return c.do("SignIn", []any{counter, engineer})
}

// OpenDesk is remembered once it succeeds: the owner frees a desk's
// counter when its link ends, and a new link opens it again (up), unless
// another desk has it by then — which the desk sees in its snapshot.
func (c *Client) OpenDesk(counter int, engineer, desk string, takeover bool) error {
	args := []any{counter, engineer, desk, takeover}
	if err := c.do("OpenDesk", args); err != nil {
		return err
	}
	c.mu.Lock()
	c.seat = []any{counter, engineer, desk, false}
	c.mu.Unlock()
	return nil
}

func (c *Client) LeaveDesk(desk string) error {
	c.mu.Lock()
	c.seat = nil
	c.mu.Unlock()
	return c.do("LeaveDesk", []any{desk})
}

func (c *Client) Snapshot() (s store.Snapshot, err error) {
	err = c.do("Snapshot", nil, &s)
	return s, err
}

func (c *Client) Rev() (rev uint64, err error) {
	err = c.do("Rev", nil, &rev)
	return rev, err
}

func (c *Client) Events(after uint64, limit int) (es []store.Event, err error) {
	err = c.do("Events", []any{after, limit}, &es)
	return es, err
}

// Config is the program's own queue configuration.
func (c *Client) Config() queue.Config { return c.opts.Config }

// Path is the database the owner holds.
func (c *Client) Path() string { return c.opts.DB }

var _ store.Station = (*Client)(nil)
