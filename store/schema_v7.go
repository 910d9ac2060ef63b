package store

import (
	"bytes"

	bolt "go.etcd.io/bbolt"
)

// sealedSchema is the first version whose values are sealed (seal.go).
const sealedSchema = 7

// sealBatch is how many records migrateSeal copies out of a bucket before
// it writes them back sealed: a cursor is not to walk a bucket that is
// being written to.
const sealBatch = 4096

// migrateSeal is schema 7: every value of every bucket is sealed, with the
// checksum that every read checks from now on. meta/app stays as it was
// (it tells our file from another program's before anything is known
// about its version), and meta/schema is written sealed by migrateTo
// after this.
func migrateSeal(tx *bolt.Tx) error {
	return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
		fill := fillOf(name)
		var after []byte // the last key sealed
		for {
			keys, vals := unsealedBatch(b, after)
			if len(keys) == 0 {
				return nil
			}
			b.FillPercent = fill
			for i, k := range keys {
				if bytes.Equal(name, bucketMeta) && (bytes.Equal(k, keyApp) || bytes.Equal(k, keySchema)) {
					continue
				}
				if err := b.Put(k, seal(name, k, vals[i])); err != nil {
					return err
				}
			}
			after = keys[len(keys)-1]
		}
	})
}

// unsealedBatch copies up to sealBatch keys of b after the key after (from
// the first when nil), with their values.
func unsealedBatch(b *bolt.Bucket, after []byte) (keys, vals [][]byte) {
	c := b.Cursor()
	k, v := c.First()
	if after != nil {
		if k, v = c.Seek(after); bytes.Equal(k, after) {
			k, v = c.Next()
		}
	}
	for ; k != nil && len(keys) < sealBatch; k, v = c.Next() {
		keys, vals = append(keys, bytes.Clone(k)), append(vals, bytes.Clone(v))
	}
	return keys, vals
}
