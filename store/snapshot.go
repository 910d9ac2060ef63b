package store

import (
	"cmp"

	bolt "go.etcd.io/bbolt"
)

// recentCalls is how many of today's calls a Snapshot carries for the display.
const recentCalls = 10

// Rev returns the change counter: it grows with every write commit, so a
// screen that has seen it re-reads only when it moved.
func (s *Store) Rev() (uint64, error) {
	var rev uint64
	err := s.view(func(tx *bolt.Tx) (err error) {
		rev, err = revOf(tx)
		return err
	})
	return rev, err
}

// revOf reads the file's rev (0 for a file that has made no change yet).
func revOf(tx *bolt.Tx) (uint64, error) {
	return tab(tx, bucketMeta).getU64(keyRev)
}

// Snapshot reads, in one transaction, everything a screen shows: today's
// tickets, every configured counter, today's latest calls, the requests
// waiting for a supervisor, the follow-ups of low ratings waiting for one,
// and the rev they belong to.
func (s *Store) Snapshot() (Snapshot, error) {
	snap := Snapshot{Day: s.opts.Queue.Day(s.now())}
	err := s.view(func(tx *bolt.Tx) (err error) {
		if snap.Rev, err = revOf(tx); err != nil {
			return err
		}
		if snap.Tickets, err = s.reader(tx).ticketsOfDay(snap.Day); err != nil {
			return err
		}
		if snap.Counters, err = s.counterStates(tx); err != nil {
			return err
		}
		if snap.Calls, err = s.latestCalls(tx, snap.Day); err != nil {
			return err
		}
		if snap.Approvals, err = pendingApprovals(tx, pendingInSnapshot, s.now()); err != nil {
			return err
		}
		snap.FollowUps, err = openFollowUps(tx, pendingInSnapshot)
		return err
	})
	if err != nil {
		return Snapshot{}, err
	}
	snap.Damage, snap.DamageMet = s.seen.damage()
	return snap, nil
}

// latestCalls walks the calls back from the newest and stops at the first of
// an earlier day, so it reads a handful of records however long the history.
func (s *Store) latestCalls(tx *bolt.Tx, day string) ([]Call, error) {
	var out []Call
	c := tab(tx, bucketCalls).cursor()
	for k, v, err := c.last(); err != nil || k != nil && len(out) < recentCalls; k, v, err = c.prev() {
		var call Call
		if err := cmp.Or(err, decodeValue(bucketCalls, k, v, &call)); err != nil {
			return nil, err
		}
		if s.opts.Queue.Day(call.At) != day {
			break
		}
		out = append(out, call)
	}
	return out, nil
}
