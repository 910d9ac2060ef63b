package store

import (
	bolt "go.etcd.io/bbolt"
)

// RestoreLoss is what only the live database holds, against a backup: the
// tickets, orders and events recorded after the backup was taken, which a
// restore of it takes out of the live station (they stay in the copy that
// Restore keeps beside the database, "<db>.before-restore-…").
type RestoreLoss struct {
	Backup  BackupInfo `json:"backup"`
	Tickets []string   `json:"tickets"` // their numbers, oldest first, at most LossListed
	Orders  []string   `json:"orders"`  // their numbers, oldest first, at most LossListed
	// The counts, of which the lists show the first.
	TicketCount int `json:"ticket_count"`
	OrderCount  int `json:"order_count"`
	EventCount  int `json:"event_count"` // every change: a call, a step of an order…
}

// Empty says the backup holds everything the live database does.
func (l RestoreLoss) Empty() bool {
	return l.TicketCount == 0 && l.OrderCount == 0 && l.EventCount == 0
}

// LossListed is how many tickets and orders RestoreLoss names.
const LossListed = 20

// RestoreLoss says what a Restore of the backup src would take out of the
// live database: what was recorded after src's newest ticket, order and
// event (ids are issued in order, so "after" is "with a higher id"). It
// reads src as a frontdesk database (inspect) and no more: the whole
// check of every page is Restore's, which makes it before it changes
// anything, and a backup of a busy station is too large to check twice.
func (s *Store) RestoreLoss(src string) (RestoreLoss, error) {
	var loss RestoreLoss
	var last [3]uint64 // of tickets, orders, events in src
	buckets := [3][]byte{bucketTickets, bucketOrders, bucketEvents}
	info, err := readCopy(src, s.timeout, func(tx *bolt.Tx) (BackupInfo, error) {
		info, err := inspect(tx)
		if err != nil {
			return info, err
		}
		for i, name := range buckets {
			if b := tx.Bucket(name); b != nil { // raw: keys only, of a copy of any schema
				if k, _ := b.Cursor().Last(); k != nil { // raw: a key only
					last[i], _ = readU64(k)
				}
			}
		}
		return info, nil
	})
	if err != nil {
		return loss, err
	}
	loss.Backup = info
	err = s.view(func(tx *bolt.Tx) error {
		var err error
		if loss.Tickets, loss.TicketCount, err = numbersAfter(tab(tx, bucketTickets), last[0]); err != nil {
			return err
		}
		if loss.Orders, loss.OrderCount, err = numbersAfter(tab(tx, bucketOrders), last[1]); err != nil {
			return err
		}
		c := tab(tx, bucketEvents).cursor()
		for k, _, err := c.seek(u64(last[2] + 1)); k != nil || err != nil; k, _, err = c.next() {
			if err != nil {
				return err
			}
			loss.EventCount++
		}
		return nil
	})
	return loss, err
}

// numbersAfter counts the records of b with ids above id, and reads the
// numbers of the first LossListed of them.
func numbersAfter(b table, id uint64) ([]string, int, error) {
	var numbers []string
	n := 0
	c := b.cursor()
	for k, v, err := c.seek(u64(id + 1)); k != nil || err != nil; k, v, err = c.next() {
		if err != nil {
			return nil, 0, err
		}
		n++
		if len(numbers) == LossListed {
			continue
		}
		var r struct {
			Number string `json:"number"`
		}
		if err := decodeValue(b.name, k, v, &r); err != nil {
			return nil, 0, err
		}
		numbers = append(numbers, r.Number)
	}
	return numbers, n, nil
}
