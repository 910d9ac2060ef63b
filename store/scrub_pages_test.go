package store

import (
	"context"
	"errors"
	"testing"
	"time"
)

// slowWalk walks a 300-order file a page at a time with a second between
// pages: minutes, unless it lets go.
var slowWalk = ScrubPace{Keys: 16, Pause: time.Second, PageBytes: 1}

// The walk of the pages lets go of the file for whoever waits to hold the
// gate alone (here Close; Restore and Compact wait the same way): it does
// not keep every client waiting behind them until it is done.
func TestTheWalkOfThePagesLetsGoForTheClose(t *testing.T) {
	s := openTest(t, newClock())
	stored(t, s, 300, time.Minute)
	done := make(chan error, 1)
	go func() {
		_, err := s.Scrub(context.Background(), slowWalk)
		done <- err
	}()
	time.Sleep(1500 * time.Millisecond) // into the walk
	closed := make(chan error, 1)
	go func() { closed <- s.Close() }()
	select {
	case err := <-closed:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("Close still waits for the scrub's walk of the pages")
	}
	select {
	case err := <-done: // the walk let go; the records' walk found the store closed
		if err == nil {
			t.Error("the scrub went on over a closed store without a word")
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the scrub did not end with its store")
	}
}

// A context that ends stops the walk of the pages at its next pause.
func TestTheWalkOfThePagesStopsWithItsContext(t *testing.T) {
	s := openTest(t, newClock())
	stored(t, s, 300, time.Minute)
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(1500 * time.Millisecond); cancel() }()
	pass, err := s.Scrub(ctx, slowWalk)
	if !errors.Is(err, context.Canceled) || pass.Records != 0 {
		t.Fatalf("%+v %v, want the pass stopped in its walk of the pages", pass, err)
	}
}
