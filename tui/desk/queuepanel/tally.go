package queuepanel

import (
	"time"

	"frontdesk/queue"
)

// tally is what the panel counts over the day's tickets, once a refresh
// (a snapshot, the minute) and not once a frame: a busy day's tickets are
// a thousand, and every commit of the station brings a snapshot.
type tally struct {
	waiting          map[string]int       // by service type (queue.WaitingByType)
	finished, noshow int                  // today so far
	avgWait          time.Duration        // of the tickets called today
	at               map[int]queue.Ticket // the ticket current at each counter
}

func tallyOf(ts []queue.Ticket) tally {
	t := tally{waiting: queue.WaitingByType(ts), at: map[int]queue.Ticket{}}
	var waited time.Duration
	var n int
	for _, tk := range ts {
		switch tk.State {
		case queue.Finished:
			t.finished++
		case queue.NoShow:
			t.noshow++
		default: // neither finished nor a no-show
		}
		if !tk.FirstCalledAt.IsZero() {
			waited += tk.Measure().Wait
			n++
		}
		if tk.Counter != 0 && tk.Current(tk.Counter) {
			t.at[tk.Counter] = tk
		}
	}
	if n > 0 {
		t.avgWait = waited / time.Duration(n)
	}
	return t
}
