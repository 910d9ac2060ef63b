package store

import (
	"fmt"
	"os"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Compaction. bbolt never gives a page back to the file system: a page a
// commit no longer needs goes on the freelist, for later commits to reuse.
// The freelist is written at every commit (and read at every open), so
// its size is paid on every write. Day-to-day work keeps it short (each commit frees about as many
// pages as the next one takes), but a bulk load leaves behind every page its
// earlier batches rewrote: after a million orders imported 20,000 at a time,
// 37,000 free pages (150 MB) made each intake three times slower. Compact
// rewrites the file without them.

// CompactInfo is what Compact did.
type CompactInfo struct {
	Before, After int64         // file size in bytes
	Took          time.Duration // how long the file was held
}

// compactTxSize is how much one write transaction of the new file copies.
const compactTxSize = 64 << 20

// randomFill is the fill of the buckets whose keys arrive in no order (the
// search indexes): a B-tree grown by random inserts settles at about ln 2 of
// its pages. Packing them fuller would only make the next inserts split
// nearly every page they touch.
const randomFill = 0.7

// randomBuckets are the buckets with keys in no order; every other one grows
// at its end and is packed to appendFill.
var randomBuckets = map[string]bool{
	string(bucketByClaim): true, string(bucketByPhone): true, string(bucketByPhoneTail): true,
	string(bucketBySerial): true, string(bucketByName): true, string(bucketBySequence): true,
	string(bucketByDealer): true,
}

// Compact rewrites the database into a new file without free pages and
// renames it over the old one, as Restore does, with the file let go: every
// operation waits meanwhile, which for a million orders is some seconds. Run it after BulkOrders has loaded
// many orders, not during opening hours. The content, and so the rev, stays
// the same.
func (s *Store) Compact() (CompactInfo, error) {
	start := time.Now()
	var info CompactInfo
	_, err := s.exclusive(func() error {
		var err error
		info, err = s.compact()
		return err
	})
	if err != nil {
		return CompactInfo{}, err
	}
	info.Took = time.Since(start)
	return info, nil
}

// compact is Compact with the file let go.
func (s *Store) compact() (CompactInfo, error) {
	var info CompactInfo
	if st, err := os.Stat(s.path); err == nil {
		info.Before = st.Size()
	}
	err := replaceFile(resolve(s.path), s.copyModes(), func(f *os.File) error {
		return s.viewFile(func(src *bolt.Tx) error {
			if err := checkSchema(src); err != nil {
				return err
			}
			// Synced once, by replaceFile, when it is complete.
			dst, err := bolt.Open(f.Name(), 0, &bolt.Options{NoSync: true, Timeout: s.timeout})
			if err != nil {
				return err
			}
			err = copyBuckets(src, dst)
			if cerr := dst.Close(); err == nil {
				err = cerr
			}
			return err
		})
	}, nil)
	if err != nil {
		return CompactInfo{}, backupError("compact into", s.path, err)
	}
	if st, err := os.Stat(s.path); err == nil {
		info.After = st.Size()
	}
	return info, nil
}

// copyBuckets copies every bucket of src, with its sequence, into the empty
// database dst, in write transactions of about compactTxSize each.
func copyBuckets(src *bolt.Tx, dst *bolt.DB) error {
	tx, err := dst.Begin(true)
	if err != nil {
		return err
	}
	// Whichever transaction is open when the copy stops is undone; after its
	// commit Rollback only says the transaction is closed.
	defer func() { _ = tx.Rollback() }()
	var size int
	// put copies one key of the bucket at path, committing first if the
	// transaction is full.
	put := func(path [][]byte, k, v []byte, seq uint64, bucket bool) error {
		if size += len(k) + len(v); size > compactTxSize {
			if err := tx.Commit(); err != nil {
				return err
			}
			if tx, err = dst.Begin(true); err != nil {
				return err
			}
			size = 0
		}
		var parent *bolt.Bucket
		for i, name := range path {
			if i == 0 {
				parent = tx.Bucket(name)
			} else {
				parent = parent.Bucket(name)
			}
		}
		if !bucket {
			parent.FillPercent = fillOf(path[0])
			return parent.Put(k, v)
		}
		var b *bolt.Bucket
		if parent == nil {
			b, err = tx.CreateBucket(k)
		} else {
			b, err = parent.CreateBucket(k)
		}
		if err != nil {
			return fmt.Errorf("bucket %s: %w", k, err)
		}
		return b.SetSequence(seq)
	}
	err = src.ForEach(func(name []byte, b *bolt.Bucket) error {
		return copyBucket(nil, name, b, put)
	})
	if err != nil {
		return err
	}
	return tx.Commit()
}

// copyBucket creates bucket b, named name under path, and copies what it holds.
func copyBucket(path [][]byte, name []byte, b *bolt.Bucket, put func(path [][]byte, k, v []byte, seq uint64, bucket bool) error) error {
	if err := put(path, name, nil, b.Sequence(), true); err != nil {
		return err
	}
	path = append(path[:len(path):len(path)], name)
	return b.ForEach(func(k, v []byte) error {
		if v == nil { // a bucket, or an index key without a value
			if sub := b.Bucket(k); sub != nil {
				return copyBucket(path, k, sub, put)
			}
		}
		return put(path, k, v, 0, false)
	})
}

func fillOf(bucket []byte) float64 {
	if randomBuckets[string(bucket)] {
		return randomFill
	}
	return appendFill
}
