package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"time"

	"frontdesk/repair"
)

// ErrOrderConflict is ReplaceOrder's answer when the order is no longer the
// one the change was made to: another terminal changed it in between.
var ErrOrderConflict = errors.New("store: the order was changed by another terminal")

// ReplaceOrder is UpdateOrder for a change made away from the store (by a
// client of the owner, which cannot send a function): changed is was with
// a change applied, and is written, under the same rules as UpdateOrder's,
// only while the stored order is still exactly was; otherwise nothing is
// written and the error is ErrOrderConflict, and the caller reads the
// order again and makes its change again.
func (s *Store) ReplaceOrder(who string, counter int, was, changed repair.Order) (repair.Order, error) {
	still, err := stillAs(was, ErrOrderConflict)
	if err != nil {
		return repair.Order{}, err
	}
	return s.UpdateOrder(who, counter, was.ID, func(o repair.Order, _ time.Time) (repair.Order, error) {
		if err := still(o); err != nil {
			return repair.Order{}, err
		}
		return changed, nil
	})
}

// stillAs is the check of a change made away from the store: the record
// as stored must still encode exactly as was did when the change was
// made to it, else the change is conflict (another terminal's came first).
func stillAs(was any, conflict error) (func(have any) error, error) {
	want, err := json.Marshal(was)
	if err != nil {
		return nil, err
	}
	return func(have any) error {
		got, err := json.Marshal(have)
		if err != nil {
			return err
		}
		if !bytes.Equal(got, want) {
			return conflict
		}
		return nil
	}, nil
}
