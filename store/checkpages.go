package store

import (
	"io"
	"os"

	bolt "go.etcd.io/bbolt"

	"frontdesk/internal/pagecheck"
)

// checkPages walks the pages of tx's file with package pagecheck, which
// cannot fault whatever the file holds, from the meta page tx reads: a
// read transaction's own, or for a write transaction the one committed
// before it (the pages of either stay as they are while tx is open).
// Damage found is ErrDamaged at the first page, with the rest in Also.
func checkPages(tx *bolt.Tx) error {
	return checkPagesThrough(tx, nil)
}

// checkPagesThrough is checkPages reading the file through wrap (nil: as
// it is): the scrub paces the walk so.
func checkPagesThrough(tx *bolt.Tx, wrap func(io.ReaderAt) io.ReaderAt) error {
	f, err := os.Open(tx.DB().Path())
	if err != nil {
		return err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return err
	}
	txid := uint64(tx.ID())
	if tx.Writable() {
		txid--
	}
	var r io.ReaderAt = f
	if wrap != nil {
		r = wrap(f)
	}
	rep, err := pagecheck.Walk(r, st.Size(), txid)
	if err != nil {
		return err
	}
	if rep.OK() {
		return nil
	}
	all := make([]DamageError, len(rep.Damage))
	for i, d := range rep.Damage {
		all[i] = DamageError{Page: d.Page, Bucket: d.Bucket, Why: whyPages, Detail: d.Why, Format: d.Format, Args: d.Args}
	}
	if len(all) == 0 { // truncated with nothing listed cannot be, but say so anyway
		return damagedFile(whyPages, "too many to list")
	}
	count := len(all)
	if rep.Truncated {
		count++ // at least one more than listed
	}
	return damageList("", all, count)
}
