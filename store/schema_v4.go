package store

import (
	bolt "go.etcd.io/bbolt"

	"frontdesk/repair"
)

// migrateHeads is schema 4: order_heads, the head of every order, which is
// what a search shows of each order it finds (O6). Reading an order's head
// there decodes ~0.3 kB of JSON where the order with its history, pickup
// and visit is ~3.3 kB: ten orders decoded whole were most of a search's
// time on a million orders (BenchmarkSearch1M). Version 4 also kept a
// board token in meta/board for the programs that shared the file; since
// one process owns it, migration 5 drops the token and this one no longer
// writes it (the file it leaves is read as any version 4 file was).
func migrateHeads(tx *bolt.Tx) error {
	heads, err := tx.CreateBucketIfNotExists(bucketHeads)
	if err != nil {
		return err
	}
	heads.FillPercent = appendFill // filled in id order, as it grows
	return eachOrder(tx, func(o repair.Order) error {
		return rawPutJSON(heads, u64(o.ID), o.Head())
	})
}
