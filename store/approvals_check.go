package store

import (
	bolt "go.etcd.io/bbolt"
)

// checkApprovals is the invariant of the approval requests: each under its
// own id, about an order there is (by id and number), in a known state,
// decided by somebody unless pending, and pending exactly while its id is
// in approvals_pending.
func checkApprovals(tx *bolt.Tx, orders map[uint64]orderFacts) error {
	pending := map[uint64]bool{}
	err := tab(tx, bucketApprovals).forEach(func(k, v []byte) error {
		var a Approval
		if err := decodeValue(bucketApprovals, k, v, &a); err != nil {
			return err
		}
		if id, _ := readU64(k); a.ID != id {
			return disagree("approval %s holds the request %d", k, a.ID)
		}
		if o, ok := orders[a.Order]; !ok || o.Number != a.Number {
			return disagree("approval %d is about order %s (%d), which is not there", a.ID, a.Number, a.Order)
		}
		switch a.State {
		case ApprovalPending:
			pending[a.ID] = true
		case ApprovalApproved, ApprovalRefused:
			if a.By == "" {
				return disagree("approval %d is %s by nobody", a.ID, a.State)
			}
		case ApprovalWithdrawn, ApprovalExpired:
		default:
			return disagree("approval %d: state %q", a.ID, a.State)
		}
		return nil
	})
	if err != nil {
		return err
	}
	err = tab(tx, bucketApprovalsPending).forEach(func(k, _ []byte) error {
		id, _ := readU64(k)
		if !pending[id] {
			return disagree("approvals_pending holds %d, which is not pending", id)
		}
		delete(pending, id)
		return nil
	})
	if err != nil {
		return err
	}
	for id := range pending {
		return disagree("approval %d is pending, and not in approvals_pending", id)
	}
	return nil
}
