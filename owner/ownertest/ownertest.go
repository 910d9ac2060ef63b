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
	"frontdesk/store"
)

// Serve serves st until the test ends, then closes it. connect gives a
// new client of it, on its own connection, closed before the owner ends.
func Serve(tb testing.TB, st *store.Store) (connect func() *client.Client) {
	tb.Helper()
	ln, err := owner.Listen(st, owner.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- owner.Serve(ctx, st, ln, owner.Options{}) }()
	var clients []*client.Client
	tb.Cleanup(func() {
		for _, c := range clients {
			c.Close()
		}
		cancel()
		<-served
		st.Close()
	})
	return func() *client.Client {
		c, err := client.Open(client.Options{DB: st.Path(), Config: st.Config(), Timeout: time.Minute})
		if err != nil {
			tb.Fatal(err)
		}
		clients = append(clients, c)
		return c
	}
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
