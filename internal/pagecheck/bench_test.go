package pagecheck

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"sync"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// benchFile is a ~100 MB bbolt file, built once per test binary in a
// temporary directory that TestMain removes.
var benchFile struct {
	once sync.Once
	dir  string
	path string
	err  error
}

func bigFilePath(b *testing.B) string {
	benchFile.once.Do(func() {
		if benchFile.dir, benchFile.err = os.MkdirTemp("", "pagecheck-bench"); benchFile.err != nil {
			return
		}
		benchFile.path = filepath.Join(benchFile.dir, "db")
		benchFile.err = buildBigFile(benchFile.path, 100<<20)
	})
	if benchFile.err != nil {
		b.Fatal(benchFile.err)
	}
	return benchFile.path
}

// buildBigFile fills buckets with 200-byte values until the file holds
// about size bytes, then deletes a slice so the freelist is not empty.
func buildBigFile(path string, size int64) error {
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		return err
	}
	defer db.Close()
	value := bytes.Repeat([]byte("v"), 200)
	for n := uint64(0); ; {
		err := db.Update(func(tx *bolt.Tx) error {
			orders, err := tx.CreateBucketIfNotExists([]byte("orders"))
			if err != nil {
				return err
			}
			lines, err := orders.CreateBucketIfNotExists([]byte("lines"))
			if err != nil {
				return err
			}
			for range 50000 {
				key := binary.BigEndian.AppendUint64([]byte("order-"), n)
				if err := orders.Put(key, value); err != nil {
					return err
				}
				if n%5 == 0 {
					if err := lines.Put(key, value[:50]); err != nil {
						return err
					}
				}
				n++
			}
			return nil
		})
		if err != nil {
			return err
		}
		if st, err := os.Stat(path); err != nil || st.Size() >= size {
			break
		}
	}
	return db.Update(func(tx *bolt.Tx) error {
		c := tx.Bucket([]byte("orders")).Cursor()
		k, _ := c.Seek([]byte("order-")) // past the "lines" bucket
		for i := 0; k != nil && i < 20000; i++ {
			if err := c.Delete(); err != nil {
				return err
			}
			k, _ = c.Next()
		}
		return nil
	})
}

// BenchmarkWalk walks the ~100 MB file through pread; MB/s is of the
// file's size.
func BenchmarkWalk(b *testing.B) {
	f, size := openFile(b, bigFilePath(b))
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		rep, err := Walk(f, size, 0)
		if err != nil || !rep.OK() {
			b.Fatalf("%v %v", err, rep.Damage)
		}
	}
	b.ReportMetric(float64(size)/1e6, "MB-file")
}
