package store

import (
	"encoding/binary"
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// u64 is the key or value form of a number: fixed-width big-endian, so that
// a cursor walks keys in numeric order.
func u64(n uint64) []byte {
	return binary.BigEndian.AppendUint64(make([]byte, 0, 8), n)
}

// readU64 decodes a u64 value; ok is false for anything but 8 bytes.
func readU64(b []byte) (n uint64, ok bool) {
	if len(b) != 8 {
		return 0, false
	}
	return binary.BigEndian.Uint64(b), true
}

// dayKey is an index key "day 0x00 rest": the 0x00 ends the day so that a
// prefix walk over one day never strays into another.
func dayKey(day string, rest []byte) []byte {
	k := make([]byte, 0, len(day)+1+len(rest))
	k = append(k, day...)
	k = append(k, 0)
	return append(k, rest...)
}

// indexID is the id at the end of an index key "day 0x00 id".
func indexID(k []byte) (uint64, bool) {
	if len(k) < 9 || k[len(k)-9] != 0 {
		return 0, false
	}
	return readU64(k[len(k)-8:])
}

// dayEnd is the first key after every "day 0x00 …" key of the day.
func dayEnd(day string) []byte {
	return append([]byte(day), 1)
}

// putJSON stores v under key.
func putJSON(b *bolt.Bucket, key []byte, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return b.Put(key, data)
}

// getJSON decodes the value under key into v and reports whether there was
// one. Decoding copies everything out of the memory map, so v stays valid
// after the transaction.
func getJSON(b *bolt.Bucket, key []byte, v any) (bool, error) {
	data := b.Get(key)
	if data == nil {
		return false, nil
	}
	return true, decodeJSON(key, data, v)
}

// decodeJSON decodes a stored value, naming the record when it is damaged.
func decodeJSON(key, data []byte, v any) error {
	if err := json.Unmarshal(data, v); err != nil {
		return notDatabase(fmt.Sprintf("damaged record %x: %v", key, err))
	}
	return nil
}
