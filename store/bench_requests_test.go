package store

import (
	"math/rand/v2"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"frontdesk/demo"
	"frontdesk/onsite"
	"frontdesk/queue"
	"frontdesk/repair"
)

// The on-site requests in the benchmarks' database: package demo's on-site
// history beside the orders (demo.NewRequestHistory: the hotline's callers,
// a share of them the orders' businesses with the same phone; one in a
// hundred open, the rest solved, done, escalated to an order of the
// history or cancelled), FRONTDESK_BENCH_REQUESTS of them (default a fifth
// of the orders: 200,000 beside the million), stored with BulkRequests
// after the orders and the tickets.

const benchRequestBatch = 20_000 // requests per BulkRequests transaction

// benchRequestHistory is the on-site history of about n requests beside
// the orders of benchHistory(orders, seed).
func benchRequestHistory(orders, n int, seed uint64) *demo.RequestHistory {
	return demo.NewRequestHistory(demo.RequestOptions{Requests: n, Orders: orders, Now: benchNow, Loc: benchNow.Location(), Seed: seed})
}

// benchLoadClock is the generating store's clock: 08:00 of benchNow's day,
// after the tickets' history and before the benchmarks' own operations,
// so that the requests' load events keep the log in the order of time.
func benchLoadClock() time.Time { return benchNow.Add(-time.Hour) }

// benchRequests stores the history's requests, oldest first, in
// transactions of benchRequestBatch.
func benchRequests(b testing.TB, s *Store, h *demo.RequestHistory) {
	start := time.Now()
	rs := h.Requests()
	open := 0
	for i := 0; i < len(rs); i += benchRequestBatch {
		if err := s.BulkRequests(rs[i:min(len(rs), i+benchRequestBatch)]); err != nil {
			b.Fatal(err)
		}
	}
	for _, r := range rs {
		if r.Open() {
			open++
		}
	}
	b.Logf("generated %d requests (%d open) in %v", len(rs), open, time.Since(start).Round(time.Second))
}

// phoneLookups is what the desk and the hotline ask about a phone.
type phoneLookups interface {
	Search(query string, limit int) (SearchResult, error)
	OrdersByPhone(phone string, limit int) ([]repair.Order, error)
	RequestsByPhone(phone string, limit int) ([]onsite.Request, error)
}

// RequestPhones is per phones of requests of the database s holds, drawn
// at random among those whose phone also has orders (a business calls
// about the devices it brought in).
func RequestPhones(b testing.TB, s *Store, per int) []string {
	rng := rand.New(rand.NewPCG(5, 5))
	last, err := s.lastRequestID()
	if err != nil || last == 0 {
		b.Fatal("no requests", err)
	}
	var phones []string
	for tries := 0; len(phones) < per; tries++ {
		if tries > 100*per {
			b.Fatalf("%d of %d requests' phones have orders", len(phones), tries)
		}
		r, ok, err := s.Request(1 + uint64(rng.IntN(int(last))))
		if !ok || err != nil {
			b.Fatal("no request", err)
		}
		if orders, err := s.OrdersByPhone(r.Customer.Phone, 1); err != nil || len(orders) == 0 {
			continue
		}
		phones = append(phones, r.Customer.Phone)
	}
	return phones
}

// lastRequestID is the requests bucket's sequence.
func (s *Store) lastRequestID() (uint64, error) {
	var last uint64
	err := s.view(func(tx *bolt.Tx) error {
		last = tx.Bucket(bucketRequests).Sequence()
		return nil
	})
	return last, err
}

// BenchPhones runs the lookups of each phone through st, in one run so
// that they compare: "requests/phone" is the hotline's (RequestsByPhone,
// opening a request from a caller's number), "orders/phone" the orders of
// the phone (OrdersByPhone), "search/phone" and "search/last4" the desk's
// search box with the whole number and its last four digits (orders and
// requests, as the desk types). p50-µs and p99-µs are of the single
// lookups, found/op the orders or requests found.
func BenchPhones(b *testing.B, st phoneLookups, phones []string) {
	type lookup func(phone string) (found int, err error)
	kinds := []struct {
		name string
		do   lookup
	}{
		{"requests/phone", func(p string) (int, error) { rs, err := st.RequestsByPhone(p, 0); return len(rs), err }},
		{"orders/phone", func(p string) (int, error) { orders, err := st.OrdersByPhone(p, 0); return len(orders), err }},
		{"search/phone", func(p string) (int, error) {
			res, err := st.Search(p, 0)
			return len(res.Heads) + len(res.Requests), err
		}},
		{"search/last4", func(p string) (int, error) {
			d := digitsOf(p)
			res, err := st.Search(d[len(d)-4:], 0)
			return len(res.Heads) + len(res.Requests), err
		}},
	}
	for _, k := range kinds {
		b.Run(k.name, func(b *testing.B) {
			var took []time.Duration
			found := 0
			for i := 0; b.Loop(); i++ {
				start := time.Now()
				n, err := k.do(phones[i%len(phones)])
				took = append(took, time.Since(start))
				if err != nil {
					b.Fatal(err)
				}
				found += n
			}
			reportPercentiles(b, took)
			b.ReportMetric(float64(found)/float64(len(took)), "found/op")
		})
	}
}

// BenchmarkRequestsByPhone1M is a caller's phone looked up on the million
// orders and their 200,000 requests, by the store that holds the file (the
// owner's): the hotline's requests of the phone beside the orders of the
// same phones, and the desk's search box with the number and its last four
// digits (BenchPhones). The same through a client is
// BenchmarkClientRequestsByPhone1M.
//
//	go test -run '^$' -bench RequestsByPhone1M -benchtime 1000x -count 3 ./store
func BenchmarkRequestsByPhone1M(b *testing.B) {
	n := benchOrders(b)
	s, err := Open(Options{Path: benchDB(b, n), Queue: queue.DefaultConfig()})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	BenchPhones(b, s, RequestPhones(b, s, 200))
}
