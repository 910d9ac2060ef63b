package store

import (
	"fmt"

	bolt "go.etcd.io/bbolt"

	"frontdesk/repair"
)

// migrateBoard is schema 3, the order board and pickup: orders_active, a
// head per order still on the board, and orders_by_phone_tail, phones
// backwards, both filled from the orders of schema 2 (all of which are
// open: schema 2 knew only "received"); and pickup_tries, empty.
func migrateBoard(tx *bolt.Tx) error {
	if err := createBuckets(bucketByPhoneTail, bucketActive, bucketPickupTries)(tx); err != nil {
		return err
	}
	tail, active := tx.Bucket(bucketByPhoneTail), tx.Bucket(bucketActive)
	return eachOrder(tx, func(o repair.Order) error {
		if p := phoneTailKey(o.Intake.Phone); p != "" {
			if err := tail.Put(dayKey(p, u64(o.ID)), nil); err != nil {
				return err
			}
		}
		if !o.OnBoard() {
			return nil
		}
		return rawPutJSON(active, u64(o.ID), o.Head())
	})
}

// eachOrder calls fn with every stored order, for the migrations that fill
// a new bucket or index from them.
func eachOrder(tx *bolt.Tx, fn func(repair.Order) error) error {
	return tx.Bucket(bucketOrders).ForEach(func(k, v []byte) error {
		var o repair.Order
		if err := rawDecodeJSON(k, v, &o); err != nil {
			return err
		}
		if o.ID == 0 {
			return notDatabase(fmt.Sprintf("orders: key %x has no id", k))
		}
		return fn(o)
	})
}
