package client

import (
	"time"

	"frontdesk/notify"
	"frontdesk/store"
)

func (c *Client) TicketPhone(who string, id uint64, phone string) error {
	return c.do("TicketPhone", []any{who, id, phone})
}

func (c *Client) Outbox(list store.OutboxList, limit int) (ms []notify.Message, err error) {
	err = c.do("Outbox", []any{list, limit}, &ms)
	return ms, err
}

func (c *Client) MessagesAbout(subject string) (ms []notify.Message, err error) {
	err = c.do("MessagesAbout", []any{subject}, &ms)
	return ms, err
}

func (c *Client) DueMessages(limit int) (ms []notify.Message, next time.Time, err error) {
	err = c.do("DueMessages", []any{limit}, &ms, &next)
	return ms, next, err
}

func (c *Client) MessageAttempted(id uint64, a notify.Attempt, permanent bool) (m notify.Message, err error) {
	err = c.do("MessageAttempted", []any{id, a, permanent}, &m)
	return m, err
}

func (c *Client) MessageFailed(id uint64, why string) (m notify.Message, err error) {
	err = c.do("MessageFailed", []any{id, why}, &m)
	return m, err
}

func (c *Client) HandleMessage(who string, id uint64, note string) (m notify.Message, err error) {
	err = c.do("HandleMessage", []any{who, id, note}, &m)
	return m, err
}

// SendDue asks the owner's sender for one pass now.
func (c *Client) SendDue() (r store.SendReport, err error) {
	err = c.do("SendDue", nil, &r)
	return r, err
}
