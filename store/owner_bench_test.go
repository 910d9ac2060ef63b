package store_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"frontdesk/client"
	"frontdesk/owner/ownertest"
	"frontdesk/queue"
	"frontdesk/store"
)

// The client path: what every program but the owner pays. An owner
// (package owner, as `frontdesk serve` runs it) holds the store in this
// process, and clients (package client) talk to it over its unix socket as
// the desk, the display and every command do, each on its own connection:
// a request and its answer as JSON frames, the change feed pushed. The
// owner and its clients share this process's two cores as the owner and
// the programs of a station share its PC.
//
//	go test -run '^$' -bench 'Client|CallSeen' -benchtime 200x ./store
//
// The export beside a saving desk through the owner is tui/cli's
// BenchmarkExportBesideDesk1M (this package's tests cannot import cli: the
// compiler fails on the test variant of its imports).

// serve opens the file at path and serves it (ownertest.Serve).
func serve(b *testing.B, path string, now func() time.Time) (*store.Store, func() *client.Client) {
	b.Helper()
	st, err := store.Open(store.Options{Path: path, Queue: queue.DefaultConfig(), Now: now, Timeout: 5 * time.Second})
	if err != nil {
		b.Fatal(err)
	}
	return st, ownertest.Serve(b, st)
}

// BenchmarkClientSaveIntake1M is BenchmarkSaveIntake1M through a client:
// one intake saved at the desk, with fsync, on the million, answered by
// the owner after its commit.
func BenchmarkClientSaveIntake1M(b *testing.B) {
	n := store.BenchOrders(b)
	run := store.IntakesAfter(n)
	_, connect := serve(b, store.WorkCopy(b, store.BenchDB(b, n)), run.Now)
	desk := connect()
	var took []time.Duration
	for b.Loop() {
		start := time.Now()
		if _, err := desk.SaveIntake("bench", 1, run.Next()); err != nil {
			b.Fatal(err)
		}
		took = append(took, time.Since(start))
	}
	ownertest.ReportMs(b, took, "")
}

// BenchmarkClientSearch1M is BenchmarkSearch1M through a client: the desk's
// search box on the million, each query a request to the owner.
func BenchmarkClientSearch1M(b *testing.B) {
	n := store.BenchOrders(b)
	st, connect := serve(b, store.BenchDB(b, n), nil)
	store.BenchSearches(b, connect(), store.SearchMix(b, st, n, 150))
}

// BenchmarkCallSeen is a call at one client seen by another that watches
// (the desk and the queue display): a ticket taken, then called, in turn,
// with fsync, each seen when the watcher's feed gives its rev. "ack" is
// from the caller's answer to the watcher's rev (as BenchmarkWatchLatency
// measured before there was an owner: from the commit returning in one
// process to the rev in the other); "send" from the caller's request.
func BenchmarkCallSeen(b *testing.B) {
	_, connect := serve(b, filepath.Join(b.TempDir(), "queue.db"), nil)
	caller, watcher := connect(), connect()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	feed := watcher.Watch(ctx)
	type seen struct {
		rev uint64
		at  time.Time
	}
	revs := make(chan seen, 1024)
	go func() {
		for rev := range feed {
			revs <- seen{rev, time.Now()}
		}
	}()
	await := func(want uint64) time.Time {
		timeout := time.After(5 * time.Second)
		for {
			select {
			case s := <-revs:
				if s.rev >= want {
					return s.at
				}
			case <-timeout:
				b.Fatalf("rev %d not seen within 5 s", want)
			}
		}
	}
	want, err := caller.Rev()
	if err != nil {
		b.Fatal(err)
	}
	var fromAck, fromSend []time.Duration
	for i := 0; b.Loop(); i++ {
		sent := time.Now()
		if i%2 == 0 {
			_, _, err = caller.Take("A", false, "kiosk")
		} else {
			_, err = caller.FinishAndCallNext(1, "desk") // calls the ticket just taken
		}
		acked := time.Now()
		if err != nil {
			b.Fatal(err)
		}
		want++
		at := await(want)
		fromAck, fromSend = append(fromAck, max(0, at.Sub(acked))), append(fromSend, at.Sub(sent))
	}
	ownertest.ReportMs(b, fromAck, "ack-")
	ownertest.ReportMs(b, fromSend, "send-")
}
