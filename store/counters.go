package store

import (
	"sort"

	bolt "go.etcd.io/bbolt"
)

// counterState reads what is kept about counter n; a counter never touched
// has the defaults: open, nobody signed in.
func counterState(tx *bolt.Tx, n int) (CounterState, error) {
	c := CounterState{Number: n}
	_, err := tab(tx, bucketCounter).getJSON(u64(uint64(n)), &c)
	c.Number = n
	return c, err
}

// counterStates reads every configured counter, by number.
func (s *Store) counterStates(tx *bolt.Tx) ([]CounterState, error) {
	out := make([]CounterState, 0, len(s.opts.Queue.Counters))
	for _, k := range s.opts.Queue.Counters {
		c, err := counterState(tx, k.Number)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Number < out[j].Number })
	return out, nil
}

// putCounter stores what is kept about counter c.Number.
func putCounter(tx *bolt.Tx, c CounterState) error {
	return tab(tx, bucketCounter).putJSON(u64(uint64(c.Number)), c)
}

// paused tells which counters are paused, as queue.EstimateFor wants it.
func (s *Store) paused(tx *bolt.Tx) (map[int]bool, error) {
	all, err := s.counterStates(tx)
	paused := map[int]bool{}
	for _, c := range all {
		paused[c.Number] = c.Paused
	}
	return paused, err
}

// changeCounter applies change to counter n's state, stores it with the time
// and logs kind. A change that changes nothing is not committed.
func (s *Store) changeCounter(n int, who, kind string, change func(*CounterState) bool) error {
	return s.update(who, func(w *wtx) error {
		if _, err := w.cfg.Counter(n); err != nil {
			return err
		}
		c, err := counterState(w.tx, n)
		if err != nil {
			return err
		}
		if !change(&c) {
			return errUnchanged
		}
		c.Since = w.now
		if err := putCounter(w.tx, c); err != nil {
			return err
		}
		_, err = w.log(Event{Kind: kind, Counter: n})
		return err
	})
}

// SetPaused pauses or resumes a counter (Q10): a paused counter is offered no
// tickets. Setting the state it already has changes nothing.
func (s *Store) SetPaused(counter int, paused bool, who string) error {
	kind := KindResume
	if paused {
		kind = KindPause
	}
	return s.changeCounter(counter, who, kind, func(c *CounterState) bool {
		if c.Paused == paused {
			return false
		}
		c.Paused = paused
		return true
	})
}

// SignIn records the engineer now working at a counter; "" signs out.
func (s *Store) SignIn(counter int, engineer string) error {
	return s.changeCounter(counter, engineer, KindSignIn, func(c *CounterState) bool {
		c.Engineer = engineer
		return true
	})
}
