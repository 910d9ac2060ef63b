package client

import "frontdesk/staff"

func (c *Client) AddStaff(who string, m staff.Member) (added staff.Member, err error) {
	err = c.do("AddStaff", []any{who, m}, &added)
	return added, err
}

func (c *Client) RemoveStaff(who, name string) error {
	return c.do("RemoveStaff", []any{who, name})
}

func (c *Client) StaffList() (ms []staff.Member, err error) {
	err = c.do("StaffList", nil, &ms)
	return ms, err
}

func (c *Client) StaffByKey(fingerprint string) (m staff.Member, found bool, err error) {
	err = c.do("StaffByKey", []any{fingerprint}, &m, &found)
	return m, found, err
}
