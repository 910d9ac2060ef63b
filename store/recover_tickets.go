package store

import (
	bolt "go.etcd.io/bbolt"

	"frontdesk/queue"
)

// The tickets and the log a restore took out are the copy's records with
// ids the live database lacks: a restore goes on numbering after the
// higher of the two files, so those ids — the copy's newest — are never
// issued again, and they come back as they were, with their events and
// announcements. A ticket at a counter that has another customer now is
// left in the copy (named): two tickets called to one counter would stop
// it; so is any event of a record not brought back.

// missingTail is the copy's newest records of bucket name, newest first,
// whose ids the live database does not have: read backwards from the copy's
// last id to the first id both files hold, in batches.
func (s *Store) missingTail(src *bolt.Tx, name []byte) (keys, vals [][]byte, err error) {
	c := tab(src, name).cursor()
	k, v, err := c.last()
	for k != nil || err != nil {
		var batchK, batchV [][]byte
		for ; err != nil || k != nil && len(batchK) < recoverBatch; k, v, err = c.prev() {
			if err != nil {
				return nil, nil, err
			}
			batchK, batchV = append(batchK, k), append(batchV, v)
		}
		present := -1
		err := s.view(func(tx *bolt.Tx) error {
			live := tab(tx, name)
			for i, key := range batchK {
				switch there, err := live.has(key); {
				case err != nil:
					return err
				case there:
					present = i
					return nil
				}
			}
			return nil
		})
		if err != nil {
			return nil, nil, err
		}
		if present >= 0 {
			return append(keys, batchK[:present]...), append(vals, batchV[:present]...), nil
		}
		keys, vals = append(keys, batchK...), append(vals, batchV...)
	}
	return keys, vals, nil
}

// lostTickets decodes the copy's tickets the live database lacks.
func (s *Store) lostTickets(src *bolt.Tx) ([]queue.Ticket, error) {
	keys, vals, err := s.missingTail(src, bucketTickets)
	if err != nil {
		return nil, err
	}
	out := make([]queue.Ticket, len(keys))
	for i := range keys {
		if err := decodeValue(bucketTickets, keys[i], vals[i], &out[i]); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// lostEvents decodes the copy's events the live database lacks, with the
// announcement of each call among them.
func (s *Store) lostEvents(src *bolt.Tx) ([]Event, map[uint64]Call, error) {
	keys, vals, err := s.missingTail(src, bucketEvents)
	if err != nil {
		return nil, nil, err
	}
	events := make([]Event, len(keys))
	calls := map[uint64]Call{}
	for i := range keys {
		if err := decodeValue(bucketEvents, keys[i], vals[i], &events[i]); err != nil {
			return nil, nil, err
		}
		var c Call
		switch found, err := tab(src, bucketCalls).getJSON(keys[i], &c); {
		case err != nil:
			return nil, nil, err
		case found:
			calls[events[i].ID] = c
		}
	}
	return events, calls, nil
}

// putLostTickets writes back the tickets of ts whose counter is free (or
// who are at none), with their index keys and their events and calls among
// evs; it returns the numbers of those it left in the copy.
func (w *wtx) putLostTickets(ts []queue.Ticket, evs []Event, calls map[uint64]Call) (back, left []string, err error) {
	busy := map[int]bool{}
	open, err := w.openTickets()
	if err != nil {
		return nil, nil, err
	}
	for _, t := range open {
		if t.State == queue.Called || t.State == queue.Serving {
			busy[t.Counter] = true
		}
	}
	ids, byDay := tab(w.tx, bucketTickets), tab(w.tx, bucketByDay)
	brought := map[uint64]bool{}
	for i := len(ts) - 1; i >= 0; i-- { // oldest first
		t := ts[i]
		if (t.State == queue.Called || t.State == queue.Serving) && busy[t.Counter] {
			left = append(left, t.Number)
			continue
		}
		if err := ids.raiseSequence(t.ID); err != nil {
			return nil, nil, err
		}
		if err := byDay.put(dayKey(t.Day, u64(t.ID)), nil); err != nil {
			return nil, nil, err
		}
		if err := w.put(t); err != nil {
			return nil, nil, err
		}
		if t.State == queue.Called || t.State == queue.Serving {
			busy[t.Counter] = true
		}
		brought[t.ID] = true
		back = append(back, t.Number)
	}
	return back, left, w.putLostEvents(evs, calls, func(e Event) bool { return e.Ticket != 0 && brought[e.Ticket] })
}

// putLostEvents writes back the events of evs that belong (keep), as they
// were, with their calls.
func (w *wtx) putLostEvents(evs []Event, calls map[uint64]Call, keep func(Event) bool) error {
	events, callsOf := tab(w.tx, bucketEvents), tab(w.tx, bucketCalls)
	for _, e := range evs {
		if !keep(e) {
			continue
		}
		if err := events.raiseSequence(e.ID); err != nil {
			return err
		}
		if err := events.putJSON(u64(e.ID), e); err != nil {
			return err
		}
		if c, ok := calls[e.ID]; ok {
			if err := callsOf.putJSON(u64(e.ID), c); err != nil {
				return err
			}
		}
	}
	return nil
}
