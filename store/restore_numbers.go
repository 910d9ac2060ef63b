package store

// A restore puts an older file in place of the live one, but the numbers
// the live file issued after the backup are in customers' hands already:
// tickets printed at the kiosk, claim slips with order numbers, ids the
// kept copy of the live file holds. So the restored file goes on numbering
// from the higher of the two: every day's ticket counters (seq), every
// day's order counter (order_seq), and the sequence of every bucket (the
// ids of tickets, orders, events, pickup attempts). A number is never
// issued twice, whatever was restored.

import (
	bolt "go.etcd.io/bbolt"
)

// numbering is what a file has issued: per-day counters and bucket
// sequences, by bucket name.
type numbering struct {
	counters map[string]map[string]uint64 // bucket → key → last issued
	seqs     map[string]uint64            // bucket → its sequence
}

// counterBuckets hold a last-issued number per key (a day and a type, a day).
var counterBuckets = [][]byte{bucketSeq, bucketOrderSeq}

// numberingOf reads what tx's file has issued, as far as it can: the live
// file may be the damaged one a restore replaces, and a counter that fails
// its check is passed over (the restored file's own stands for it).
func numberingOf(tx *bolt.Tx) numbering {
	n := numbering{counters: map[string]map[string]uint64{}, seqs: map[string]uint64{}}
	_ = tx.ForEach(func(name []byte, b *bolt.Bucket) error { // raw: the buckets' headers, no records
		n.seqs[string(name)] = b.Sequence() // raw
		return nil
	})
	for _, name := range counterBuckets {
		last := map[string]uint64{}
		c := tab(tx, name).cursor()
		for k, v, err := c.first(); k != nil; k, v, err = c.next() {
			if u, ok := readU64(v); ok && err == nil {
				last[string(k)] = u
			}
		}
		n.counters[string(name)] = last
	}
	return n
}

// carryOn raises every counter and sequence of tx's file that stands below
// the one of n.
func (n numbering) carryOn(tx *bolt.Tx) error {
	for name, seq := range n.seqs {
		if tx.Bucket([]byte(name)) == nil {
			continue // a bucket of a newer frontdesk's file
		}
		if err := tab(tx, []byte(name)).raiseSequence(seq); err != nil {
			return err
		}
	}
	for name, last := range n.counters {
		b := tab(tx, []byte(name))
		for k, u := range last {
			have, err := b.getU64([]byte(k))
			if err != nil {
				return err
			}
			if have < u {
				if err := b.put([]byte(k), u64(u)); err != nil {
					return err
				}
			}
		}
	}
	return nil
}
