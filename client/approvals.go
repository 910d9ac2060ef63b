package client

import "frontdesk/store"

func (c *Client) AskApproval(who string, counter int, a store.Approval) (asked store.Approval, err error) {
	err = c.do("AskApproval", []any{who, counter, a}, &asked)
	return asked, err
}

func (c *Client) Approve(who string, id uint64, yes bool) (a store.Approval, err error) {
	err = c.do("Approve", []any{who, id, yes}, &a)
	return a, err
}

// ApproveWithPIN sends the PIN to the owner, over the socket only it and
// this user can open (or inside the owner, for an SSH session): the owner
// alone holds the hash to check it against.
func (c *Client) ApproveWithPIN(who string, id uint64, supervisor, pin string) (a store.Approval, err error) {
	err = c.do("ApproveWithPIN", []any{who, id, supervisor, pin}, &a)
	return a, err
}

func (c *Client) Approval(id uint64) (a store.Approval, found bool, err error) {
	err = c.do("Approval", []any{id}, &a, &found)
	return a, found, err
}

func (c *Client) SetPIN(who, name, pin string) error {
	return c.do("SetPIN", []any{who, name, pin})
}
