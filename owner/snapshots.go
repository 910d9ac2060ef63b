package owner

import (
	"encoding/json"
	"sync"
	"time"

	"frontdesk/store"
)

// After every commit each screen of the station — desks, displays, kiosks,
// a few dozen of them with the SSH sessions — asks for a snapshot at once,
// and they are all the same. The owner reads one for all of them: a
// snapshot is shared while the file's rev is still its rev, for at most
// sharedFor (what changes without a commit — the day at midnight, damage
// met — is seen that much later at most, and not at all when the store
// says damage was met since, or the station's clock says another day); on
// the socket its encoding is shared too. The rev is asked first, so a commit is never missed: a
// screen told of one finds the new rev, and reads.

// sharedFor is the longest a snapshot is shared.
const sharedFor = time.Second

// snapshots is the last snapshot read, and its encoding once made.
type snapshots struct {
	mu     sync.Mutex // held while a snapshot is read: the others wait for it
	snap   store.Snapshot
	at     time.Time
	damage uint64 // the store's DamageSeen when it was read
	res    json.RawMessage
}

// damageSeen is a store's DamageSeen; a store without one shares nothing.
type damageSeen interface{ DamageSeen() uint64 }

// current returns the shared snapshot, reading a new one when the rev
// moved or it is too old (s.mu held).
func (s *snapshots) current(st store.Served) (store.Snapshot, error) {
	rev, err := st.Rev()
	if err != nil {
		return store.Snapshot{}, err
	}
	ds, shares := st.(damageSeen)
	var damage uint64
	if shares {
		damage = ds.DamageSeen()
	}
	if shares && !s.at.IsZero() && s.snap.Rev == rev && s.damage == damage && time.Since(s.at) < sharedFor &&
		s.snap.Day == st.Config().Day(time.Now()) {
		return s.snap, nil
	}
	snap, err := st.Snapshot()
	if err != nil {
		return store.Snapshot{}, err
	}
	s.snap, s.at, s.damage, s.res = snap, time.Now(), damage, nil
	return snap, nil
}

// sharedSnapshot is a Session's snapshot. Its slices are the other
// sessions' too: the screens read a snapshot and never write it.
func (o *Owner) sharedSnapshot() (store.Snapshot, error) {
	o.snaps.mu.Lock()
	defer o.snaps.mu.Unlock()
	return o.snaps.current(o.st)
}

// snapshot answers a Snapshot request on the socket: the shared one's
// encoding.
func (o *Owner) snapshot() (json.RawMessage, error) {
	o.snaps.mu.Lock()
	defer o.snaps.mu.Unlock()
	snap, err := o.snaps.current(o.st)
	if err != nil {
		return nil, err
	}
	if o.snaps.res == nil {
		res, err := json.Marshal([]any{snap})
		if err != nil {
			return nil, err
		}
		o.snaps.res = res
	}
	return o.snaps.res, nil
}
