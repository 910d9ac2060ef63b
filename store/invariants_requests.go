package store

import (
	"cmp"
	"maps"
	"slices"

	bolt "go.etcd.io/bbolt"

	"frontdesk/onsite"
)

// The invariants of the on-site requests and the hotline (schema 10),
// checked by invariants: each request in the state its timeline says and
// its events say, every index key of each request there and no other key,
// on the board (requests_open) exactly while open, and a request escalated
// to a carry-in order linked at both ends; every open call of the hotline
// on its owner's list, and nothing else on any list.

// requestStates are the states a stored request may be in.
var requestStates = []onsite.State{onsite.StateNew, onsite.StateGuided, onsite.StateScheduled,
	onsite.StateOnSite, onsite.StateDone, onsite.StateSolved, onsite.StateEscalated, onsite.StateCancelled}

// checkRequests returns each request's state by number, for checkEvents.
func checkRequests(tx *bolt.Tx, orders map[uint64]orderFacts) (map[string]onsite.State, error) {
	keys := map[string]map[string]bool{} // bucket → the keys the requests have
	byNumber := map[string]onsite.Request{}
	open := 0
	if err := tab(tx, bucketRequests).forEach(func(k, v []byte) error {
		var r onsite.Request
		if err := decodeValue(bucketRequests, k, v, &r); err != nil {
			return err
		}
		if id, _ := readU64(k); r.ID != id {
			return damaged(bucketRequests, k, "holds request "+r.Number)
		}
		if err := checkRequest(r); err != nil {
			return err
		}
		for _, e := range requestIndex(r) {
			if keys[string(e.bucket)] == nil {
				keys[string(e.bucket)] = map[string]bool{}
			}
			keys[string(e.bucket)][string(e.key)] = true
		}
		if r.Open() {
			open++
			if there, err := tab(tx, bucketReqOpen).has(k); err != nil || !there {
				return cmp.Or(err, disagree("request %s is open and not on the board", r.Number))
			}
		}
		byNumber[r.Number] = r
		return nil
	}); err != nil {
		return nil, err
	}
	for _, name := range [][]byte{bucketReqByNumber, bucketReqByPhone, bucketReqByPhoneTail,
		bucketReqByName, bucketReqBySerial, bucketReqByCompany} {
		n := 0
		if err := tab(tx, name).forEach(func(k, _ []byte) error {
			n++
			if !keys[string(name)][string(k)] {
				return damaged(name, k, "names no request that has it")
			}
			return nil
		}); err != nil {
			return nil, err
		}
		if n != len(keys[string(name)]) {
			return nil, disagree("%s: %d keys, the requests have %d", name, n, len(keys[string(name)]))
		}
	}
	if n, err := countKeys(tx, bucketReqOpen); err != nil || n != open {
		return nil, cmp.Or(err, disagree("requests_open: %d keys for %d open requests", n, open))
	}
	states := map[string]onsite.State{}
	for n, r := range byNumber {
		states[n] = r.State
	}
	return states, checkEscalations(byNumber, orders)
}

// checkRequest: a state there is, which its timeline's last change of
// state agrees with.
func checkRequest(r onsite.Request) error {
	if !slices.Contains(requestStates, r.State) {
		return disagree("request %s: state %q", r.Number, r.State)
	}
	want := onsite.StateNew
	for _, st := range r.History {
		if st.To != "" {
			want = st.To
		}
	}
	if r.State != want {
		return disagree("request %s: state %s, its timeline says %s", r.Number, r.State, want)
	}
	return nil
}

// checkEscalations: a request escalated names an order that names it
// back, and an order escalated from a request is named by it (S10).
func checkEscalations(requests map[string]onsite.Request, orders map[uint64]orderFacts) error {
	byNumber := map[string]orderFacts{}
	for _, o := range orders {
		byNumber[o.Number] = o
		if o.Request == "" {
			continue
		}
		if r, ok := requests[o.Request]; !ok || r.Order != o.Number {
			return disagree("order %s: escalated from request %s, which does not name it", o.Number, o.Request)
		}
	}
	for _, number := range slices.Sorted(maps.Keys(requests)) {
		r := requests[number]
		if r.Order == "" {
			continue
		}
		if o, ok := byNumber[r.Order]; !ok || o.Request != r.Number {
			return disagree("request %s: escalated to order %s, which does not name it", r.Number, r.Order)
		}
	}
	return nil
}

// checkHotline: every open call is on its owner's list, once, and every
// key of the lists is an open call of that owner.
func checkHotline(tx *bolt.Tx) error {
	want := map[string]bool{}
	if err := tab(tx, bucketHotline).forEach(func(k, v []byte) error {
		var c onsite.Call
		if err := decodeValue(bucketHotline, k, v, &c); err != nil {
			return err
		}
		if id, _ := readU64(k); c.ID != id {
			return damaged(bucketHotline, k, "holds another call")
		}
		if c.Open() {
			want[string(dayKey(c.Owner, k))] = true
		}
		return nil
	}); err != nil {
		return err
	}
	n := 0
	if err := tab(tx, bucketHotlineOpen).forEach(func(k, _ []byte) error {
		n++
		if !want[string(k)] {
			return damaged(bucketHotlineOpen, k, "names no open call of that owner")
		}
		return nil
	}); err != nil {
		return err
	}
	if n != len(want) {
		return disagree("hotline_open: %d keys for %d open calls", n, len(want))
	}
	return nil
}

// countKeys counts the keys of a bucket.
func countKeys(tx *bolt.Tx, name []byte) (int, error) {
	n := 0
	err := tab(tx, name).forEach(func(_, _ []byte) error { n++; return nil })
	return n, err
}
