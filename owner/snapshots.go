package owner

import (
	"encoding/json"
	"sync"
)

// After every commit each screen of the station — desks, displays, kiosks,
// a few dozen over SSH — asks for a snapshot at once, and they are all the
// same: the owner still reads each, fresh, but encodes a snapshot once
// and answers the others that read the same one with its bytes.

// snapshots is the encoding of the last snapshot read.
type snapshots struct {
	mu  sync.Mutex
	key snapshotKey
	res json.RawMessage
}

// snapshotKey tells two snapshots apart: the file's rev, the day (the
// same rev reads another day's tickets after midnight) and the damage
// met, which changes without a commit.
type snapshotKey struct {
	rev  uint64
	day  string
	met  int
	seen bool
}

// snapshot answers a Snapshot request.
func (o *Owner) snapshot() (json.RawMessage, error) {
	snap, err := o.st.Snapshot()
	if err != nil {
		return nil, err
	}
	key := snapshotKey{rev: snap.Rev, day: snap.Day, met: snap.DamageMet, seen: true}
	o.snaps.mu.Lock()
	if o.snaps.key == key {
		res := o.snaps.res
		o.snaps.mu.Unlock()
		return res, nil
	}
	o.snaps.mu.Unlock()
	res, err := json.Marshal([]any{snap})
	if err != nil {
		return nil, err
	}
	o.snaps.mu.Lock()
	o.snaps.key, o.snaps.res = key, res
	o.snaps.mu.Unlock()
	return res, nil
}
