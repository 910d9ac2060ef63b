package common

import (
	"errors"
	"testing"
	"time"

	"frontdesk/queue"
	"frontdesk/store"
)

func TestLiveKeepsTheLastGoodRead(t *testing.T) {
	now := time.Date(2026, 3, 14, 6, 5, 0, 0, time.UTC)
	c := New(nil, queue.DefaultConfig(), "zh", true, func() time.Time { return now })
	l := NewLive(c, nil)
	if _, shown := l.Update(SnapshotMsg{Snap: store.Snapshot{Rev: 3}}); !shown || !l.Loaded || l.Snap.Rev != 3 {
		t.Fatal("a read is not kept")
	}
	l.Update(SnapshotMsg{Err: errors.New("locked")})
	if l.Err == nil || l.Snap.Rev != 3 {
		t.Fatal("a failed read lost the data or the error")
	}
	l.Update(SnapshotMsg{Snap: store.Snapshot{Rev: 4}})
	if l.Err != nil {
		t.Fatal("the error stays after a good read")
	}
	now = now.Add(time.Minute)
	if cmd, shown := l.Update(ClockMsg(now)); cmd == nil || !shown || !l.Now.Equal(now) {
		t.Fatal("the clock does not move or is not re-armed")
	}
	if _, shown := l.Update(ChangedMsg{Rev: 5}); shown {
		t.Fatal("a change alone changes the screen")
	}
}

// A good read after failed ones is a recovery, said for BackFor: the
// notice ends with its own timer, not with an older recovery's.
func TestLiveSaysItIsBack(t *testing.T) {
	c := New(nil, queue.DefaultConfig(), "zh", true, time.Now)
	l := NewLive(c, nil)
	if cmd, _ := l.Update(SnapshotMsg{Snap: store.Snapshot{Rev: 1}}); cmd != nil || l.Back {
		t.Fatal("a first good read is no recovery")
	}
	l.Update(SnapshotMsg{Err: errors.New("link down")})
	cmd, shown := l.Update(SnapshotMsg{Snap: store.Snapshot{Rev: 2}})
	if !shown || !l.Back || cmd == nil {
		t.Fatalf("a good read after a failed one: back %v, timer %v", l.Back, cmd != nil)
	}
	first := backOverMsg{l.backs}
	l.Update(SnapshotMsg{Err: errors.New("link down again")})
	if l.Back {
		t.Fatal("a failed read still says back")
	}
	l.Update(SnapshotMsg{Snap: store.Snapshot{Rev: 3}})
	if _, shown := l.Update(first); shown || !l.Back {
		t.Fatal("the first recovery's timer ended the second's notice")
	}
	if _, shown := l.Update(backOverMsg{l.backs}); !shown || l.Back {
		t.Fatal("the notice does not end")
	}
	l.Update(SnapshotMsg{Snap: store.Snapshot{Rev: 4}})
	if l.Back {
		t.Fatal("a good read after good ones says back")
	}
}
