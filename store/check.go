package store

import (
	"errors"
	"fmt"
	"os"

	bolt "go.etcd.io/bbolt"

	"frontdesk/internal/formatted"
)

// Check is Verify of the live database, by the store that holds it: bbolt's
// consistency check and frontdesk's own (invariants.go). bbolt's runs in a write transaction
// that it rolls back: bbolt's check compares the pages with the freelist
// of the file as it is now, which a commit beside it would change under
// it (a false "reachable freed"); readers go on meanwhile, writers wait.
func (s *Store) Check() (BackupInfo, error) {
	var info BackupInfo
	err := s.run(readWrite, func(tx *bolt.Tx) (err error) {
		if info, err = checkCopy(tx); err != nil {
			return err
		}
		return errChecked
	})
	if err != nil && !errors.Is(err, errChecked) {
		return BackupInfo{}, err
	}
	// Frontdesk's own, in a read transaction: writers go on meanwhile.
	if err := s.view(func(tx *bolt.Tx) (err error) {
		info.Records, err = verifyRecords(tx)
		return err
	}); err != nil {
		return BackupInfo{}, err
	}
	info.Path = s.path
	if st, err := os.Stat(s.path); err == nil {
		info.Size, info.Time = st.Size(), st.ModTime().UTC()
	}
	return info, nil
}

// errChecked rolls Check's transaction back: it changed nothing.
var errChecked = errors.New("checked")

// inconsistent is an error of the invariants as damage: a record that
// failed its own check is that already; anything else is records that are
// each intact but disagree.
func inconsistent(err error) error {
	if _, ok := DamageOf(err); ok {
		return err
	}
	de := &DamageError{Bucket: "*", Why: whyInconsistent, Detail: err.Error()}
	var d *disagreement
	if errors.As(err, &d) {
		de.Format, de.Args = d.format, d.args
	}
	return &PathError{Err: ErrDamaged, Why: de}
}

// disagreement is an invariant that does not hold, kept with the format
// and values it was said in, so that check says it in the user's language.
type disagreement struct {
	format, text string
	args         []string
}

func (d *disagreement) Error() string { return d.text }

// disagree is an invariant that does not hold, as fmt.Errorf says it.
func disagree(format string, args ...any) error {
	return &disagreement{format: format, text: fmt.Sprintf(format, args...), args: formatted.Args(format, args)}
}
