package store

import (
	"math/rand/v2"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"frontdesk/queue"
	"frontdesk/repair"
)

// The reads of the desk on the million-order database of orders_bench_test.go:
// the search box and the board.

// searchQuery is one query of the search benchmark's mix.
type searchQuery struct{ kind, text string }

// searchMix is what the desk types, from per orders spread over the
// database: numbers, claim codes (as on the slip and as typed), phones in
// full, their last four digits and first three, serials' first four,
// names in full and surnames; parts of numbers (a month "R2506", the
// digits without the "R", the day's sequence "0001" that orders of many
// days share); and, of per orders brought by a dealer, part of the
// dealer's name.
func searchMix(b *testing.B, s *Store, n, per int) []searchQuery {
	rng := rand.New(rand.NewPCG(3, 3))
	var mix []searchQuery
	read := func() repair.Order {
		o, ok, err := s.Order(1 + uint64(rng.IntN(n)))
		if !ok || err != nil {
			b.Fatal("no order", err)
		}
		return o
	}
	for range per {
		o := read()
		phone := digitsOf(o.Intake.Phone)
		name := []rune(o.Intake.Name)
		surname := string(name[:1])
		if i := strings.IndexByte(o.Intake.Name, ' '); i > 0 {
			surname = strings.ToLower(o.Intake.Name[:i])
		}
		mix = append(mix,
			searchQuery{"number", o.Number},
			searchQuery{"claim", repair.FormatClaim(strings.ToLower(o.Claim))},
			searchQuery{"phone", o.Intake.Phone},
			searchQuery{"last4", phone[len(phone)-4:]},
			searchQuery{"phone3", phone[:3]},
			searchQuery{"serial4", o.Intake.Serial[:4]},
			searchQuery{"name", o.Intake.Name},
			searchQuery{"surname", surname},
			searchQuery{"month", o.Number[:5]},
			searchQuery{"digits", o.Number[1:]},
			searchQuery{"seq", o.Number[7:]},
		)
	}
	for found := 0; found < per; {
		if o := read(); o.Intake.Dealer != "" {
			d := []rune(o.Intake.Dealer) // "中关村电脑城 B 区 12 号": "电脑城 B 区"
			mix = append(mix, searchQuery{"dealer", string(d[3:min(len(d), 10)])})
			found++
		}
	}
	return mix
}

// BenchmarkSearch1M is the desk's search box on a million orders (O6), with
// the default limit, on the store that holds the file (the owner's); the
// same through a client is client's BenchmarkClientSearch. "mix" runs the
// whole mix of searchMix (1,800 queries) in turn; the others one kind each. p50-µs and p99-µs are of the
// single queries.
//
//	go test -run '^$' -bench Search1M -benchtime 1800x ./store
func BenchmarkSearch1M(b *testing.B) {
	n := benchOrders(b)
	path := benchDB(b, n)
	s, err := Open(Options{Path: path, Queue: queue.DefaultConfig()})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	benchSearches(b, s, searchMix(b, s, n, 150))
}

func benchSearches(b *testing.B, s Orders, mix []searchQuery) {
	kinds := map[string][]searchQuery{"mix": mix}
	for _, q := range mix {
		kinds[q.kind] = append(kinds[q.kind], q)
	}
	for _, kind := range []string{"mix", "number", "claim", "phone", "last4", "phone3", "serial4", "name", "surname", "month", "digits", "seq", "dealer"} {
		b.Run(kind, func(b *testing.B) {
			qs := kinds[kind]
			var took []time.Duration
			found, more := 0, 0
			faults := minorFaults()
			for i := 0; b.Loop(); i++ {
				start := time.Now()
				res, err := s.Search(qs[i%len(qs)].text, 0)
				took = append(took, time.Since(start))
				if err != nil {
					b.Fatal(err)
				}
				found += len(res.Heads)
				if res.More > 0 {
					more++
				}
			}
			reportPercentiles(b, took)
			b.ReportMetric(float64(minorFaults()-faults)/float64(len(took)), "faults/op")
			b.ReportMetric(float64(found)/float64(len(took)), "found/op")
			b.ReportMetric(float64(more)/float64(len(took)), "more/op")
		})
	}
}

// reportPercentiles reports the median and the 99th percentile of took.
func reportPercentiles(b *testing.B, took []time.Duration) {
	slices.Sort(took)
	at := func(p float64) float64 { return float64(took[int(p*float64(len(took)-1))]) / 1e3 }
	b.ReportMetric(at(0.5), "p50-µs")
	b.ReportMetric(at(0.99), "p99-µs")
}

// minorFaults is how many page faults the process has taken: each page an
// operation touches in its fresh memory map is one (and its neighbours,
// which the kernel maps with it, are free).
func minorFaults() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Minflt
}

// BenchmarkBoard1M is what the desk's board does on every change: read the
// heads of the orders on the board of a million-order file (open and close
// included), count every list and select one. Each list is measured in the
// desk's two steady states: "changed", an order changed since the last
// read (a new board token), so every head is read again and compared with
// the bytes it was decoded from, and only changed ones decoded; and
// "unchanged", the change was elsewhere (a ticket), so the board read last
// is the answer. "cold" is the first read of a process, every head decoded
// (the open list).
//
//	go test -run '^$' -bench Board1M -benchtime 200x ./store
func BenchmarkBoard1M(b *testing.B) {
	n := benchOrders(b)
	path := benchDB(b, n)
	open := func() *Store {
		s, err := Open(Options{Path: path, Queue: queue.DefaultConfig()})
		if err != nil {
			b.Fatal(err)
		}
		return s
	}
	board := func(b *testing.B, st *Store, list repair.List) (heads, listed int) {
		hs, err := st.Board()
		if err != nil {
			b.Fatal(err)
		}
		counts := repair.Counts(hs, benchNow, st.Config().Location)
		sel := repair.Select(hs, list, benchNow, st.Config().Location)
		if counts[list] != len(sel) {
			b.Fatalf("%s: counted %d, selected %d", list, counts[list], len(sel))
		}
		return len(hs), len(sel)
	}
	run := func(name string, list repair.List, prepare func() *Store) {
		b.Run(name, func(b *testing.B) {
			var took []time.Duration
			var heads, listed int
			for b.Loop() {
				st := prepare()
				start := time.Now()
				heads, listed = board(b, st, list)
				took = append(took, time.Since(start))
			}
			reportPercentiles(b, took)
			b.ReportMetric(float64(heads), "heads")
			b.ReportMetric(float64(listed), "listed")
		})
	}
	// Each cold read is a store of its own: the one before lets go of the
	// file first (only one store may hold it).
	var cold *Store
	run("cold", repair.ListOpen, func() *Store {
		if cold != nil {
			cold.Close()
		}
		cold = open()
		return cold
	})
	if cold != nil {
		cold.Close()
	}
	s := open()
	defer s.Close()
	for _, l := range repair.Lists {
		run("changed/"+string(l), l, func() *Store {
			s.board.changed() // as after a commit that changed the board
			return s
		})
	}
	for _, l := range repair.Lists {
		run("unchanged/"+string(l), l, func() *Store { return s })
	}
}
