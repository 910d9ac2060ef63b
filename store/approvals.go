package store

import (
	"cmp"
	"errors"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"frontdesk/repair"
	"frontdesk/staff"
)

// A supervisor's approval (P1, issue 17): a desk that has done a lost
// slip's identity check asks for one (AskApproval); a supervisor gives or
// refuses it from their own session (Approve), or walks over and types
// their PIN at the asking desk (ApproveWithPIN, pins.go). approvals keeps
// every request, approvals_pending the ones not yet decided, which every
// Snapshot carries so that a supervisor's desk lists them and the asking
// desk sees its own decided.

// ApproveLostSlip is what a lost slip's request asks approval for.
const ApproveLostSlip = "lost-slip"

// ApprovalState is where a request is.
type ApprovalState string

// The states of a request: pending until a supervisor decides it, or the
// desk asks again for the same order (withdrawn).
const (
	ApprovalPending   ApprovalState = "pending"
	ApprovalApproved  ApprovalState = "approved"
	ApprovalRefused   ApprovalState = "refused"
	ApprovalWithdrawn ApprovalState = "withdrawn"
	// ApprovalExpired: nobody decided it within ApprovalLife. A
	// supervisor approves the customer standing at the desk now, so a
	// request left pending is not approved hours later; the desk asks
	// again.
	ApprovalExpired ApprovalState = "expired"
)

// ApprovalLife is how long a request waits for a supervisor before it
// expires; the desk's texts say "30 minutes" (tui/i18n: err.approval.expired,
// pickup.approval.expired).
const ApprovalLife = 30 * time.Minute

// KindApproval is a request asked or decided: Detail "ask ID WHAT",
// "approve ID WHAT asked by ASKER" (with " by PIN" when typed at the asking
// desk), "refuse ID WHAT asked by ASKER" or "withdraw ID WHAT, asked again
// as ID"; Who the asker of an ask, the supervisor of a decision.
const KindApproval = "approval"

// pendingInSnapshot is the most pending requests a Snapshot carries: a
// station has a handful at a time.
const pendingInSnapshot = 50

var (
	ErrApprovalUnknown = errors.New("no such approval request")
	ErrApprovalDecided = errors.New("the approval request has been decided already")
	ErrApprovalWhat    = errors.New("not something a supervisor approves")
	ErrApprovalExpired = errors.New("the approval request waited too long and expired")
)

// Approval is one request for a supervisor's approval and, once decided,
// who decided it and when. Of an identity document only its type and last
// 4 characters are kept (P1).
type Approval struct {
	ID      uint64        `json:"id"`
	Order   uint64        `json:"order"`  // the order's id
	Number  string        `json:"number"` // and its number
	What    string        `json:"what"`   // ApproveLostSlip
	IDType  repair.IDType `json:"id_type"`
	IDLast4 string        `json:"id_last4"`
	Asker   string        `json:"asker"` // the engineer who asked
	Counter int           `json:"counter"`
	Asked   time.Time     `json:"asked"`
	State   ApprovalState `json:"state"`
	By      string        `json:"by,omitempty"` // the supervisor who decided it
	ByPIN   bool          `json:"by_pin,omitempty"`
	Decided time.Time     `json:"decided,omitzero"`
}

// Verification is the lost slip's P1 record an approved request makes:
// the approving supervisor's name as the store recorded it.
func (a Approval) Verification() (repair.Verification, error) {
	if a.State != ApprovalApproved {
		return repair.Verification{}, repair.ErrSupervisor
	}
	return repair.LostSlip(a.IDType, a.IDLast4, a.By, a.Asker, a.Decided)
}

// AskApproval records a pending request of who at counter for a: its order
// (by id), what, and the identity check's type and last 4. The order must
// be one that can be handed over. A request still pending for the same
// order is withdrawn: the desk asked again.
func (s *Store) AskApproval(who string, counter int, a Approval) (Approval, error) {
	err := s.commit(who, func(w *wtx) error {
		if a.What != ApproveLostSlip {
			return fmt.Errorf("%w: %q", ErrApprovalWhat, a.What)
		}
		if _, err := repair.CleanText(who, repair.MaxName, true); err != nil {
			return fmt.Errorf("%w: who asks", err)
		}
		last4, err := repair.CheckID(a.IDType, a.IDLast4)
		if err != nil {
			return err
		}
		var o repair.Order
		found, err := tab(w.tx, bucketOrders).getJSON(u64(a.Order), &o)
		switch {
		case err != nil:
			return err
		case !found:
			return fmt.Errorf("%w: %d", ErrNoOrder, a.Order)
		}
		if err := repair.ReadyToHandOver(o); err != nil {
			return err
		}
		approvals := tab(w.tx, bucketApprovals)
		id, err := approvals.nextSequence()
		if err != nil {
			return err
		}
		a = Approval{ID: id, Order: o.ID, Number: o.Number, What: a.What, IDType: a.IDType, IDLast4: last4,
			Asker: w.who, Counter: counter, Asked: w.now, State: ApprovalPending}
		if err := w.withdrawFor(a); err != nil {
			return err
		}
		if err := w.putApproval(a); err != nil {
			return err
		}
		_, err = w.log(Event{Kind: KindApproval, Counter: counter, Order: o.Number, Detail: fmt.Sprintf("ask %d %s", id, a.What)})
		return err
	})
	if err != nil {
		return Approval{}, err
	}
	return a, nil
}

// Approve gives (yes) or refuses a pending request, as the supervisor who.
// who must be a member with the role supervisor: ErrNotSupervisor else.
func (s *Store) Approve(who string, id uint64, yes bool) (Approval, error) {
	var a Approval
	err := s.commit(who, func(w *wtx) (err error) {
		if err := supervisor(w.tx, who); err != nil {
			return err
		}
		a, err = w.decide(id, yes, false)
		return err
	})
	if err != nil {
		return Approval{}, err
	}
	return a, nil
}

// Approval is the request id, as it stands.
func (s *Store) Approval(id uint64) (a Approval, found bool, err error) {
	err = s.view(func(tx *bolt.Tx) error {
		found, err = tab(tx, bucketApprovals).getJSON(u64(id), &a)
		return err
	})
	if err != nil {
		return Approval{}, false, err
	}
	return a.asOf(s.now()), found, nil
}

// asOf is a as it stands at now: a request pending past ApprovalLife has
// expired, whether or not a write has recorded it yet.
func (a Approval) asOf(now time.Time) Approval {
	if a.State == ApprovalPending && now.Sub(a.Asked) > ApprovalLife {
		a.State = ApprovalExpired
	}
	return a
}

// supervisor refuses a name that is not a member with the role supervisor.
func supervisor(tx *bolt.Tx, name string) error {
	var m staff.Member
	found, err := tab(tx, bucketStaff).getJSON([]byte(name), &m)
	switch {
	case err != nil:
		return err
	case !found:
		return fmt.Errorf("%w (%q is not a member)", staff.ErrNotSupervisor, name)
	case m.Role != staff.Supervisor:
		return fmt.Errorf("%w (%s is %s)", staff.ErrNotSupervisor, name, m.Role)
	}
	return nil
}

// decide gives or refuses request id as the transaction's actor, a
// supervisor already checked, and logs it naming the asker.
func (w *wtx) decide(id uint64, yes, byPIN bool) (Approval, error) {
	a, err := w.pending(id, w.now)
	if err != nil {
		return Approval{}, err
	}
	a.State, a.By, a.ByPIN, a.Decided = ApprovalRefused, w.who, byPIN, w.now
	verb := "refuse"
	if yes {
		a.State, verb = ApprovalApproved, "approve"
	}
	if err := w.putApproval(a); err != nil {
		return Approval{}, err
	}
	detail := fmt.Sprintf("%s %d %s asked by %s", verb, a.ID, a.What, a.Asker)
	if byPIN {
		detail += " by PIN"
	}
	_, err = w.log(Event{Kind: KindApproval, Counter: a.Counter, Order: a.Number, Detail: detail})
	return a, err
}

// pending reads request id, which must be pending, and not expired at now.
func (r reader) pending(id uint64, now time.Time) (Approval, error) {
	var a Approval
	found, err := tab(r.tx, bucketApprovals).getJSON(u64(id), &a)
	switch {
	case err != nil:
		return Approval{}, err
	case !found:
		return Approval{}, fmt.Errorf("%w: %d", ErrApprovalUnknown, id)
	case a.State != ApprovalPending:
		return Approval{}, fmt.Errorf("%w: %d was %s by %s", ErrApprovalDecided, id, a.State, cmp.Or(a.By, a.Asker))
	case a.asOf(now).State == ApprovalExpired:
		return Approval{}, fmt.Errorf("%w: %d, asked at %s", ErrApprovalExpired, id, a.Asked.Format(time.RFC3339))
	}
	return a, nil
}

// withdrawFor withdraws the requests still pending for a's order, as a
// replaces them, and records as expired those that waited past
// ApprovalLife (asking is when the pending list is written anyway).
func (w *wtx) withdrawFor(a Approval) error {
	was, err := pendingApprovals(w.tx, 0, time.Time{})
	if err != nil {
		return err
	}
	for _, p := range was {
		if p.asOf(w.now).State == ApprovalExpired {
			if err := w.expire(p, a.Counter); err != nil {
				return err
			}
			continue
		}
		if p.Order != a.Order {
			continue
		}
		p.State, p.Decided = ApprovalWithdrawn, w.now
		if err := w.putApproval(p); err != nil {
			return err
		}
		if _, err := w.log(Event{Kind: KindApproval, Counter: a.Counter, Order: p.Number,
			Detail: fmt.Sprintf("withdraw %d %s, asked again as %d", p.ID, p.What, a.ID)}); err != nil {
			return err
		}
	}
	return nil
}

// expire records p, pending past ApprovalLife, as expired, and logs it.
func (w *wtx) expire(p Approval, counter int) error {
	p.State, p.Decided = ApprovalExpired, w.now
	if err := w.putApproval(p); err != nil {
		return err
	}
	_, err := w.log(Event{Kind: KindApproval, Counter: counter, Order: p.Number,
		Detail: fmt.Sprintf("expire %d %s asked by %s", p.ID, p.What, p.Asker)})
	return err
}

// putApproval writes a request, and keeps the pending index with it.
func (w *wtx) putApproval(a Approval) error {
	if err := tab(w.tx, bucketApprovals).putJSON(u64(a.ID), a); err != nil {
		return err
	}
	pending := tab(w.tx, bucketApprovalsPending)
	if a.State == ApprovalPending {
		return pending.put(u64(a.ID), nil)
	}
	return pending.delete(u64(a.ID))
}

// pendingApprovals are the pending requests, oldest first: at most limit
// when limit > 0. Those expired at now (not zero) are left out: a
// supervisor's list shows only what can still be approved.
func pendingApprovals(tx *bolt.Tx, limit int, now time.Time) ([]Approval, error) {
	var out []Approval
	approvals := tab(tx, bucketApprovals)
	c := tab(tx, bucketApprovalsPending).cursor()
	for k, _, err := c.first(); err != nil || k != nil && (limit <= 0 || len(out) < limit); k, _, err = c.next() {
		if err != nil {
			return nil, err
		}
		var a Approval
		found, err := approvals.getJSON(k, &a)
		switch {
		case err != nil:
			return nil, err
		case !found || a.State != ApprovalPending:
			return nil, damaged(bucketApprovalsPending, k, "names a request that is not pending")
		case !now.IsZero() && a.asOf(now).State == ApprovalExpired:
			continue
		}
		out = append(out, a)
	}
	return out, nil
}
