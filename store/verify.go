package store

// The check of what a file holds, beyond bbolt's structure: every record's
// seal, then the invariants. Verify runs it on copies, Check on the live
// file; a copy from before the seals (schema < 7) has none to check, and
// its invariants are read with the seals of this version, so it gets
// bbolt's check alone until it is opened (and migrated) by the store.

import (
	"bytes"

	bolt "go.etcd.io/bbolt"
)

// damageListed is the most damaged records a check names; beyond it, it
// counts them.
const damageListed = 100

// RecordCheck is what checkRecords found: how many records it read, and
// the damaged ones.
type RecordCheck struct {
	Records int
	Damaged int
	Damage  []DamageError // the first damageListed
}

// checkRecords opens the seal of every record of every bucket, going on
// past the damaged ones to name them all (up to damageListed).
func checkRecords(tx *bolt.Tx) RecordCheck {
	var rc RecordCheck
	_ = tx.ForEach(func(name []byte, _ *bolt.Bucket) error { // raw: the buckets, walked through table below
		_, n, _ := sealWalk(tx, bytes.Clone(name), nil, 0, rc.add)
		rc.Records += n
		return nil
	})
	return rc
}

func (rc *RecordCheck) add(err error) {
	rc.Damaged++
	if de, ok := DamageOf(err); ok && len(rc.Damage) < damageListed {
		rc.Damage = append(rc.Damage, *de)
	}
}

// err is the check's result as an error: the first damage found, with the
// others it found in Also.
func (rc RecordCheck) err() error {
	return damageList("", rc.Damage, rc.Damaged)
}

// damageList is the damage of list (count in all) as ErrDamaged of the
// file at path: the first damage, the others in Also; nil when none.
func damageList(path string, list []DamageError, count int) error {
	if len(list) == 0 {
		return nil
	}
	first := list[0]
	first.Also, first.Count = list[1:], count
	return &PathError{Path: path, Err: ErrDamaged, Why: &first}
}

// verifyRecords checks the records and then the invariants of a file of
// this version (older ones: nothing, see above). Its records come first:
// the invariants stop at the first disagreement.
func verifyRecords(tx *bolt.Tx) (int, error) {
	v, err := schemaOf(tx)
	if err != nil || v < sealedSchema {
		return 0, err
	}
	rc := checkRecords(tx)
	if err := rc.err(); err != nil {
		return rc.Records, err
	}
	if err := invariants(tx); err != nil {
		return rc.Records, inconsistent(err)
	}
	return rc.Records, nil
}
