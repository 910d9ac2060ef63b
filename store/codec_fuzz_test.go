package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"frontdesk/queue"
)

// storedRecords are real records as the store writes them, for seeds: a
// ticket in every field, a counter, an event and a call, then every value
// of the version-1 database in testdata.
func storedRecords(f *testing.F) [][]byte {
	f.Helper()
	at := time.Date(2026, 11, 22, 2, 30, 0, 0, time.UTC)
	tk, err := queue.NewTicket(queue.DefaultConfig(), "A", 12, true, at)
	if err != nil {
		f.Fatal(err)
	}
	tk.ID, tk.State, tk.Counter, tk.ToCounter, tk.Calls, tk.Reason = 7, queue.Transferred, 3, 2, 2, "关门"
	tk.FirstCalledAt, tk.CalledAt, tk.StartedAt = at.Add(time.Minute), at.Add(2*time.Minute), at.Add(3*time.Minute)
	tk.EndedAt, tk.AwayAt, tk.ServedBefore = at.Add(4*time.Minute), at.Add(5*time.Minute), 90*time.Second
	var out [][]byte
	for _, v := range []any{
		tk,
		CounterState{Number: 3, Paused: true, Engineer: "张工", Since: at},
		Event{ID: 9, At: at, Kind: KindTransfer, Ticket: 7, Number: "A012", Counter: 3, Who: "张工", Detail: "B"},
		Call{Number: "A012", Type: "A", Counter: 3, At: at, Recall: true},
	} {
		b, err := json.Marshal(v)
		if err != nil {
			f.Fatal(err)
		}
		out = append(out, b)
	}
	db, err := bolt.Open("testdata/v1.bbolt", 0o444, &bolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		f.Fatal(err)
	}
	defer db.Close()
	err = db.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(_ []byte, b *bolt.Bucket) error {
			return b.ForEach(func(k, v []byte) error {
				if len(out) < 64 && len(v) > 0 {
					out = append(out, bytes.Clone(v))
				}
				return nil
			})
		})
	})
	if err != nil {
		f.Fatal(err)
	}
	return append(out, []byte(`{"id":1,"issued_at":"2026-11-22T10:30:00+08:00","served_before":-1}`),
		[]byte(`{"number":"A\u001b[31m001\u0007","at":"0000-01-01T00:00:00Z"}`), []byte("null"), []byte("{"), []byte("\xff"))
}

// FuzzDecodeRecords feeds any bytes to the decoder of every JSON record the
// store keeps (its seal checked): it never panics, a failure is ErrDamaged, and what decodes
// can be stored again and reads back the same.
func FuzzDecodeRecords(f *testing.F) {
	for _, b := range storedRecords(f) {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		roundTrip[queue.Ticket](t, data)
		roundTrip[CounterState](t, data)
		roundTrip[Event](t, data)
		roundTrip[Call](t, data)
	})
}

func roundTrip[T any](t *testing.T, data []byte) {
	t.Helper()
	var v T
	if err := decodeValue(bucketTickets, u64(1), data, &v); err != nil {
		if !errors.Is(err, ErrDamaged) {
			t.Fatalf("%T: decoding %q failed with %v, not ErrDamaged", v, data, err)
		}
		return
	}
	enc, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("%T: %q decodes to %+v, which cannot be stored again: %v", v, data, v, err)
	}
	var w T
	if err := decodeValue(bucketTickets, u64(1), enc, &w); err != nil {
		t.Fatalf("%T: %q was stored as %q, which does not decode: %v", v, data, enc, err)
	}
	again, err := json.Marshal(w)
	if err != nil || !bytes.Equal(enc, again) {
		t.Fatalf("%T: %q reads back changed: %q then %q (%v)", v, data, enc, again, err)
	}
}

// FuzzTicketCache: the cache gives what a fresh decoding gives, and keeps a
// copy, so bytes of the memory map changing under it never change a ticket.
func FuzzTicketCache(f *testing.F) {
	for i, b := range storedRecords(f) {
		f.Add(uint64(i), b)
	}
	f.Fuzz(func(t *testing.T, id uint64, data []byte) {
		var c ticketCache
		var fresh queue.Ticket
		freshErr := decodeValue(bucketTickets, u64(id), data, &fresh)
		raw := bytes.Clone(data)
		for range 2 {
			got, err := c.decode(bucketTickets, u64(id), raw)
			if (err == nil) != (freshErr == nil) {
				t.Fatalf("cache: error %v, fresh decoding: %v", err, freshErr)
			}
			if err == nil && !sameTicket(got, fresh) {
				t.Fatalf("cache gives %+v, fresh decoding %+v", got, fresh)
			}
		}
		if freshErr != nil || len(raw) == 0 {
			return
		}
		// The map's page is reused for other bytes: the cached copy must
		// not follow, and the new bytes must be decoded afresh.
		for i := range raw {
			raw[i] = ' '
		}
		if _, err := c.decode(bucketTickets, u64(id), raw); err == nil {
			t.Fatalf("blank bytes decoded from the cache")
		}
		if got, err := c.decode(bucketTickets, u64(id), data); err != nil || !sameTicket(got, fresh) {
			t.Fatalf("after the bytes changed, cache gives %+v, %v; want %+v", got, err, fresh)
		}
	})
}

// sameTicket compares tickets as the store would write them.
func sameTicket(a, b queue.Ticket) bool {
	x, errA := json.Marshal(a)
	y, errB := json.Marshal(b)
	return errA == nil && errB == nil && bytes.Equal(x, y)
}

// FuzzKeys: the fixed-width numbers and the index keys "day 0x00 id" read
// back what was written, reject what is malformed, and a day's key range
// holds that day's keys and no other day's.
func FuzzKeys(f *testing.F) {
	f.Add([]byte{0, 0, 0, 0, 0, 0, 0, 7}, "2026-11-22", "2026-11-23", uint64(7), []byte("A"))
	f.Add([]byte("2026-11-22\x00\x00\x00\x00\x00\x00\x00\x00\x09"), "2026-11-2", "2026-11-22", uint64(1<<63), []byte{})
	f.Add([]byte{}, "", "\x01", ^uint64(0), []byte{0xff})
	f.Fuzz(func(t *testing.T, raw []byte, day, other string, n uint64, rest []byte) {
		if v, ok := readU64(raw); ok != (len(raw) == 8) || ok && !bytes.Equal(u64(v), raw) {
			t.Fatalf("readU64(%x) = %d, %v", raw, v, ok)
		}
		if v, ok := readU64(u64(n)); !ok || v != n {
			t.Fatalf("readU64(u64(%d)) = %d, %v", n, v, ok)
		}
		if id, ok := indexID(raw); ok {
			if !bytes.Equal(dayKey(string(raw[:len(raw)-9]), u64(id)), raw) {
				t.Fatalf("indexID(%x) = %d, but the key is not day+0x00+id", raw, id)
			}
		} else if len(raw) >= 9 && raw[len(raw)-9] == 0 {
			t.Fatalf("indexID(%x) refused a well-formed key", raw)
		}
		key := dayKey(day, u64(n))
		if id, ok := indexID(key); !ok || id != n {
			t.Fatalf("indexID(dayKey(%q, %d)) = %d, %v", day, n, id, ok)
		}
		lo, hi := dayKey(day, nil), dayEnd(day)
		in := func(k []byte) bool { return bytes.Compare(k, lo) >= 0 && bytes.Compare(k, hi) < 0 }
		if k := dayKey(day, rest); !in(k) {
			t.Fatalf("key %x of day %q is outside its range [%x, %x)", k, day, lo, hi)
		}
		// Days are dates: they never hold a 0x00.
		if other != day && !bytes.ContainsRune([]byte(day+other), 0) {
			if k := dayKey(other, rest); in(k) {
				t.Fatalf("key %x of day %q falls in the range of day %q", k, other, day)
			}
		}
	})
}
