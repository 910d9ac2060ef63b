// Command bareput is the floor that scripts/floor.sh measures `frontdesk
// take` against: the least a one-shot command that records a ticket can
// do — open a bbolt file (with a lock timeout, as every bbolt program
// should), put one key in one committed transaction, close it.
//
//	go build -o bareput ./scripts/bareput && ./bareput FILE
package main

import (
	"encoding/binary"
	"fmt"
	"os"
	"time"

	bolt "go.etcd.io/bbolt"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: bareput FILE")
		os.Exit(2)
	}
	db, err := bolt.Open(os.Args[1], 0o600, &bolt.Options{Timeout: 3 * time.Second})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists([]byte("tickets"))
		if err != nil {
			return err
		}
		n, err := b.NextSequence()
		if err != nil {
			return err
		}
		// About the size of a ticket's record.
		return b.Put(binary.BigEndian.AppendUint64(nil, n), []byte(`{"type":"A","number":"A001","taken":"2026-12-07T09:00:00+08:00"}`))
	})
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
