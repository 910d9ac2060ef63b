package store

import (
	bolt "go.etcd.io/bbolt"

	"frontdesk/repair"
)

// migrateHeads is schema 4: order_heads, the head of every order, which is
// what a search shows of each order it finds (O6). Reading an order's head
// there decodes ~0.3 kB of JSON where the order with its history, pickup
// and visit is ~3.3 kB: ten orders decoded whole were most of a search's
// time on a million orders (BenchmarkSearch1M). And meta/board, the
// board's token (newBoardToken), so that Board need not read the board
// again while it has not changed.
func migrateHeads(tx *bolt.Tx) error {
	heads, err := tx.CreateBucketIfNotExists(bucketHeads)
	if err != nil {
		return err
	}
	heads.FillPercent = appendFill // filled in id order, as it grows
	err = eachOrder(tx, func(o repair.Order) error {
		return putJSON(heads, u64(o.ID), o.Head())
	})
	if err != nil {
		return err
	}
	return newBoardToken(tx)
}
