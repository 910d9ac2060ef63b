// Package ownertest runs an owner of the database (package owner) in the
// test's own process, for the tests and benchmarks of the client path: the
// store it is given is served on its socket as `frontdesk serve` serves
// it, and clients (package client) connect to it as every program does.
package ownertest

import (
	"context"
	"slices"
	"testing"
	"time"

	"frontdesk/client"
	"frontdesk/owner"
	"frontdesk/staff"
	"frontdesk/store"
)

// Serve serves st until the test ends, then closes it. connect gives a
// new client of it, on its own connection, closed before the owner ends.
func Serve(tb testing.TB, st *store.Store) (connect func() *client.Client) {
	return Start(tb, st).Connect
}

// Served is an owner serving a store in the test's process.
type Served struct {
	tb      testing.TB
	st      *store.Store
	Owner   *owner.Owner
	clients []*client.Client
}

// Start serves st until the test ends, then closes it.
func Start(tb testing.TB, st *store.Store) *Served {
	tb.Helper()
	ln, err := owner.Listen(st, owner.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	s := &Served{tb: tb, st: st, Owner: owner.New(st, owner.Options{})}
	served := make(chan error, 1)
	go func() { served <- s.Owner.Serve(ctx, ln) }()
	tb.Cleanup(func() {
		for _, c := range s.clients {
			c.Close()
		}
		cancel()
		<-served
		st.Close()
	})
	return s
}

// Connect is a new client on the owner's socket, closed before the owner
// ends.
func (s *Served) Connect() *client.Client {
	return s.open(client.Options{})
}

// As is a new client inside the owner acting for m, as an SSH session's.
func (s *Served) As(m staff.Member) *client.Client {
	sess, err := s.Owner.Session(m, "test")
	if err != nil {
		s.tb.Fatal(err)
	}
	return s.open(client.Options{Local: sess})
}

func (s *Served) open(opts client.Options) *client.Client {
	s.tb.Helper()
	opts.DB, opts.Config, opts.Timeout = s.st.Path(), s.st.Config(), time.Minute
	c, err := client.Open(opts)
	if err != nil {
		s.tb.Fatal(err)
	}
	s.clients = append(s.clients, c)
	return c
}

// ReportMs reports the median, the 99th percentile and the longest of
// took in milliseconds, their names prefixed.
func ReportMs(b *testing.B, took []time.Duration, prefix string) {
	if len(took) == 0 {
		return
	}
	s := slices.Clone(took)
	slices.Sort(s)
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	b.ReportMetric(ms(s[len(s)/2]), prefix+"p50-ms")
	b.ReportMetric(ms(s[(len(s)-1)*99/100]), prefix+"p99-ms")
	b.ReportMetric(ms(s[len(s)-1]), prefix+"max-ms")
}
