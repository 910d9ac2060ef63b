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

// numberingOf reads what tx's file has issued.
func numberingOf(tx *bolt.Tx) numbering {
	n := numbering{counters: map[string]map[string]uint64{}, seqs: map[string]uint64{}}
	_ = tx.ForEach(func(name []byte, b *bolt.Bucket) error {
		n.seqs[string(name)] = b.Sequence()
		return nil
	})
	for _, name := range counterBuckets {
		b := tx.Bucket(name)
		if b == nil {
			continue
		}
		last := map[string]uint64{}
		_ = b.ForEach(func(k, v []byte) error {
			if u, ok := readU64(v); ok {
				last[string(k)] = u
			}
			return nil
		})
		n.counters[string(name)] = last
	}
	return n
}

// carryOn raises every counter and sequence of tx's file that stands below
// the one of n.
func (n numbering) carryOn(tx *bolt.Tx) error {
	for name, seq := range n.seqs {
		if b := tx.Bucket([]byte(name)); b != nil && b.Sequence() < seq {
			if err := b.SetSequence(seq); err != nil {
				return err
			}
		}
	}
	for name, last := range n.counters {
		b := tx.Bucket([]byte(name))
		if b == nil {
			continue
		}
		for k, u := range last {
			if have, _ := readU64(b.Get([]byte(k))); have < u {
				if err := b.Put([]byte(k), u64(u)); err != nil {
					return err
				}
			}
		}
	}
	return nil
}
