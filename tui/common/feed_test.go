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
