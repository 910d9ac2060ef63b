package store

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// TestDocTreeIsTheLayout: the bucket tree drawn in doc.go names exactly the
// buckets of a database of this schema, so that it is kept with every
// migration (DESIGN.md: "updated with every change").
func TestDocTreeIsTheLayout(t *testing.T) {
	doc, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	var drawn []string
	for _, m := range regexp.MustCompile(`(?m)^//\t([a-z_]+)\b`).FindAllSubmatch(doc, -1) {
		drawn = append(drawn, string(m[1]))
	}
	path := filepath.Join(t.TempDir(), "queue.db")
	if err := openAt(t, path, newClock()).Close(); err != nil { // let go of it for bbolt
		t.Fatal(err)
	}
	db, err := bolt.Open(path, 0o644, &bolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var buckets []string
	db.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, _ *bolt.Bucket) error {
			buckets = append(buckets, string(name))
			return nil
		})
	})
	slices.Sort(drawn)
	slices.Sort(buckets)
	if !slices.Equal(drawn, buckets) {
		t.Errorf("doc.go draws %v\nthe database has %v", drawn, buckets)
	}
}
