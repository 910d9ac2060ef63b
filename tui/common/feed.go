package common

// The change feed: a screen that watches the database reads a snapshot in a
// command, and reads again after every commit any terminal makes.

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"frontdesk/store"
)

// SnapshotMsg carries a fresh read of the database to a screen.
type SnapshotMsg struct {
	Snap store.Snapshot
	Err  error
}

// ChangedMsg says another terminal (or this one) committed a change.
type ChangedMsg struct{ Rev uint64 }

// Load reads a snapshot in a command, never in Update or View.
func Load(st store.Station) tea.Cmd {
	return func() tea.Msg {
		snap, err := st.Snapshot()
		return SnapshotMsg{Snap: snap, Err: err}
	}
}

// WaitChange is the re-arming command of bubbletea's realtime example: it
// blocks on the feed and turns the next change into a ChangedMsg. The screen
// returns it again after every ChangedMsg. A closed feed ends the chain.
func WaitChange(feed <-chan uint64) tea.Cmd {
	if feed == nil {
		return nil
	}
	return func() tea.Msg {
		rev, ok := <-feed
		if !ok {
			return nil
		}
		return ChangedMsg{Rev: rev}
	}
}

// Refresh reads a snapshot (when there is a store) and waits for the next
// change: what a watching screen starts with and returns after every
// ChangedMsg.
func Refresh(st store.Station, feed <-chan uint64) tea.Cmd {
	var load tea.Cmd
	if st != nil {
		load = Load(st)
	}
	return tea.Batch(load, WaitChange(feed))
}

// Live is what a screen that watches the database keeps: the last good
// snapshot, the error of the last read (the snapshot stays), whether a
// good read just followed failed ones, and the time for its clock. The
// screen hands it the messages it does not handle itself.
type Live struct {
	Snap   store.Snapshot
	Loaded bool
	Err    error
	Now    time.Time
	// Back is set for BackFor when a good read followed failed ones —
	// the link to the owner was made again, say — so that the screen can
	// say so once the failure it showed is gone.
	Back bool

	st    store.Station
	feed  <-chan uint64
	clock func() time.Time
	backs int // recoveries so far: a notice ends only if none came since
}

// BackFor is how long a screen says it reads again after failed reads.
const BackFor = 10 * time.Second

// backOverMsg ends the notice of the nth recovery (a later one has its
// own).
type backOverMsg struct{ n int }

// NewLive starts watching through c's store and the change feed (nil: no
// refreshes, as in tests).
func NewLive(c Common, feed <-chan uint64) Live {
	return Live{Now: c.Now(), st: c.Store, feed: feed, clock: c.Now}
}

// Init reads the first snapshot, waits for changes and starts the clock.
func (l Live) Init() tea.Cmd { return tea.Batch(Refresh(l.st, l.feed), ClockTick()) }

// Update takes the messages of the feed and the clock: a read (or its
// error), a change (read again and wait again) and the minute tick. shown
// says whether what the screen shows has changed.
func (l *Live) Update(msg tea.Msg) (cmd tea.Cmd, shown bool) {
	switch msg := msg.(type) {
	case SnapshotMsg:
		if msg.Err != nil {
			l.Err, l.Back = msg.Err, false
			return nil, true
		}
		failed := l.Err != nil
		l.Snap, l.Loaded, l.Err = msg.Snap, true, nil
		if failed {
			l.backs++
			l.Back = true
			n := l.backs
			cmd = tea.Tick(BackFor, func(time.Time) tea.Msg { return backOverMsg{n} })
		}
		return cmd, true
	case backOverMsg:
		if msg.n == l.backs && l.Back {
			l.Back = false
			return nil, true
		}
		return nil, false
	case ChangedMsg:
		return Refresh(l.st, l.feed), false
	case ClockMsg:
		l.Now = l.clock()
		return ClockTick(), true
	}
	return nil, false
}
