package store

import (
	"bytes"

	bolt "go.etcd.io/bbolt"

	"frontdesk/repair"
)

// migrateSequenceDealer is schema 6: orders_by_sequence, the day's
// sequence of every order number ("0001"), so that the sequence read off a
// tag finds the orders of every day that have it, newest first; and
// orders_by_dealer, every suffix of the dealer's name of the orders a
// dealer brought, so that any part of the name finds them (O6). Both are
// filled from the stored orders, with the keys a new order gets
// (sharedIndex).
func migrateSequenceDealer(tx *bolt.Tx) error {
	if err := createBuckets(bucketBySequence, bucketByDealer)(tx); err != nil {
		return err
	}
	return eachOrder(tx, func(o repair.Order) error {
		for _, e := range sharedIndex(o) {
			if !bytes.Equal(e.bucket, bucketBySequence) && !bytes.Equal(e.bucket, bucketByDealer) {
				continue
			}
			if err := tx.Bucket(e.bucket).Put(e.key, nil); err != nil {
				return err
			}
		}
		return nil
	})
}
