package store

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestOursNeedsSeveralOfItsNames: a file is taken for frontdesk's when a
// few of its distinctive bucket names stand anywhere in it, even across
// the reader's chunk boundary; one stray name, or only names another
// program may use too, does not make it ours.
func TestOursNeedsSeveralOfItsNames(t *testing.T) {
	pad := bytes.Repeat([]byte{0}, oursChunk+oursOverlap()-4) // the first read ends inside order_seq
	cases := map[string]struct {
		data []byte
		want bool
	}{
		"three names, one across the chunk end": {join(pad, bucketOrderSeq, bucketFollowUpsOpen, bucketReqOpen), true},
		"one name":                              {join(pad, bucketByDay), false},
		"two names":                             {join(nil, bucketByDay, bucketOutboxKeys), false},
		"common words only":                     {join(nil, bucketMeta, bucketEvents, bucketOrders, bucketTickets), false},
		"empty":                                 {nil, false},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "f")
			if err := os.WriteFile(p, c.data, 0o600); err != nil {
				t.Fatal(err)
			}
			if got := ours(p); got != c.want {
				t.Errorf("ours = %v, want %v", got, c.want)
			}
		})
	}
	if ours(filepath.Join(t.TempDir(), "missing")) {
		t.Error("a missing file is ours")
	}
}

// join is head followed by the names, each between junk bytes.
func join(head []byte, names ...[]byte) []byte {
	out := bytes.Clone(head)
	for _, n := range names {
		out = append(out, n...)
		out = append(out, "~~~~"...)
	}
	return out
}
