package store

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"frontdesk/demo"
	"frontdesk/queue"
)

// The queue's history in the benchmarks' database: package demo's ticket
// history of the same three years as the orders, stored with BulkTickets,
// FRONTDESK_BENCH_TICKETS tickets (default two per order: two million
// beside the million orders).

const benchTicketBatch = 20_000 // tickets per BulkTickets transaction, in whole days

// benchTickets stores the ticket history of n tickets that ends the day
// before benchNow, in transactions of whole days of about benchTicketBatch
// tickets, logging its progress. The station's counters are as many as
// its customers need (demo.StationQueue).
func benchTickets(b testing.TB, s *Store, n int) {
	start := time.Now()
	var batch []TicketLife
	var done, events int
	for day := range demo.Tickets(benchTicketHistory(n, 1)) {
		for _, l := range day.Tickets {
			batch = append(batch, lifeOf(l))
			events += len(l.Steps)
		}
		if len(batch) < benchTicketBatch && done+len(batch) < n {
			continue
		}
		if err := s.BulkTickets(batch); err != nil {
			b.Fatal(err)
		}
		if done += len(batch); done%500_000 < len(batch) || done == n {
			b.Logf("generated %d of %d tickets (%d events) in %v", done, n, events, time.Since(start).Round(time.Second))
		}
		batch = batch[:0]
	}
}

// benchTicketHistory is the ticket history of n tickets that ends the day
// before benchNow.
func benchTicketHistory(n int, seed uint64) demo.TicketOptions {
	return demo.TicketOptions{Tickets: n, Now: benchNow, Seed: seed}
}

// lifeOf is a generated ticket as BulkTickets takes it: its steps are the
// events the live operations would have logged.
func lifeOf(l demo.TicketLife) TicketLife {
	out := TicketLife{Ticket: l.Ticket, Events: make([]Event, len(l.Steps))}
	for i, st := range l.Steps {
		out.Events[i] = Event{At: st.At, Kind: st.Kind, Counter: st.Counter, Who: st.Who, Detail: st.Detail}
	}
	return out
}

// BenchmarkTicketHistory generates and stores the benchmarks' ticket
// history alone, into a new file without fsync, and reports the file's
// size before and after Compact: what benchTickets adds to the database
// of benchDB.
//
//	go test -run '^$' -bench TicketHistory -benchtime 1x ./store
func BenchmarkTicketHistory(b *testing.B) {
	n := envCount(b, "FRONTDESK_BENCH_TICKETS", demo.DefaultTickets)
	for b.Loop() {
		path := filepath.Join(b.TempDir(), "tickets.db")
		s, err := Open(Options{Path: path, Queue: queue.DefaultConfig(), NoSync: true})
		if err != nil {
			b.Fatal(err)
		}
		start := time.Now()
		benchTickets(b, s, n)
		took := time.Since(start)
		logHeld(b, s)
		info, err := s.Compact()
		if err != nil {
			b.Fatal(err)
		}
		b.Logf("generated and stored in %v, compacted in %v: %.1f MB, then %.1f MB",
			took.Round(time.Second), info.Took.Round(time.Second), float64(info.Before)/1e6, float64(info.After)/1e6)
		b.ReportMetric(float64(info.After)/1e6, "file-MB")
		b.ReportMetric(took.Seconds(), "load-s")
		s.Close()
		os.Remove(path)
	}
}
