package client

import (
	"path/filepath"

	"frontdesk/onsite"
	"frontdesk/repair"
	"frontdesk/store"
)

// The file as a whole (store.Files), done by the owner: paths are made
// absolute here, as the owner's working directory is not this program's.
// These wait as long as they take.

func abs(path string) string {
	if a, err := filepath.Abs(path); err == nil {
		return a
	}
	return path
}

func (c *Client) Backup(dest string) (info store.BackupInfo, err error) {
	err = c.doWithin(0, "Backup", []any{abs(dest)}, &info)
	return info, err
}

func (c *Client) Restore(src string) error {
	return c.doWithin(0, "Restore", []any{abs(src)})
}

func (c *Client) RestoreLoss(src string) (loss store.RestoreLoss, err error) {
	err = c.doWithin(0, "RestoreLoss", []any{abs(src)}, &loss)
	return loss, err
}

func (c *Client) RecoverOrders(src, who string, apply bool) (r store.Recovered, err error) {
	err = c.doWithin(0, "RecoverOrders", []any{abs(src), who, apply}, &r)
	return r, err
}

func (c *Client) Check() (info store.BackupInfo, err error) {
	err = c.doWithin(0, "Check", nil, &info)
	return info, err
}

func (c *Client) DailyBackup(dir string, keep int) (path string, err error) {
	err = c.doWithin(0, "DailyBackup", []any{abs(dir), keep}, &path)
	return path, err
}

func (c *Client) Compact() (info store.CompactInfo, err error) {
	err = c.doWithin(0, "Compact", nil, &info)
	return info, err
}

// bulkPart is how many records one request of an import carries.
const bulkPart = 2000

func (c *Client) BulkOrders(orders []repair.Order) error {
	return inParts(orders, func(part []repair.Order) error { return c.doWithin(0, "BulkOrders", []any{part}) })
}

func (c *Client) BulkRequests(rs []onsite.Request) error {
	return inParts(rs, func(part []onsite.Request) error { return c.doWithin(0, "BulkRequests", []any{part}) })
}

func (c *Client) BulkTickets(lives []store.TicketLife) error {
	return inParts(lives, func(part []store.TicketLife) error { return c.doWithin(0, "BulkTickets", []any{part}) })
}

// inParts sends an import a part at a time, in order: the store wants
// orders oldest first, and each part is its own commits as it is in the
// store.
func inParts[T any](all []T, send func([]T) error) error {
	for len(all) > 0 {
		n := min(len(all), bulkPart)
		if err := send(all[:n]); err != nil {
			return err
		}
		all = all[n:]
	}
	return nil
}
