package common

import (
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
func Load(st *store.Store) tea.Cmd {
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
