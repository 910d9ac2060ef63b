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

// getU64 reads the number under key; 0 when there is none. A value that is
// not 8 bytes is damage.
func (t table) getU64(key []byte) (uint64, error) {
	v, err := t.get(key)
	if err != nil || v == nil {
		return 0, err
	}
	n, ok := readU64(v)
	if !ok {
		return 0, damaged(t.name, key, "not a number")
	}
	return n, nil
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

// putJSON stores v under key, sealed.
func (t table) putJSON(key []byte, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return t.put(key, data)
}

// getJSON decodes the value under key into v and reports whether there was
// one. Decoding copies everything out of the memory map, so v stays valid
// after the transaction.
func (t table) getJSON(key []byte, v any) (bool, error) {
	data, err := t.get(key)
	if err != nil || data == nil {
		return false, err
	}
	return true, decodeValue(t.name, key, data, v)
}

// decodeJSON opens the seal of raw, stored under key in bucket, and decodes
// what it holds into v.
func decodeJSON(bucket, key, raw []byte, v any) error {
	data, err := unseal(bucket, key, raw)
	if err != nil {
		return err
	}
	return decodeValue(bucket, key, data, v)
}

// decodeValue decodes a checked value. Its seal was good, so a value that
// does not decode was written so by a frontdesk that had a bug: damage all
// the same, named.
func decodeValue(bucket, key, data []byte, v any) error {
	if err := json.Unmarshal(data, v); err != nil {
		return damagedDetail(bucket, key, "does not decode", err.Error())
	}
	return nil
}

// rawPutJSON and rawDecodeJSON are putJSON and decodeJSON without seals,
// for the migrations before schema 7, which run on files whose values
// have none yet.
func rawPutJSON(b *bolt.Bucket, key []byte, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return b.Put(key, data) // raw: before the seals
}

func rawDecodeJSON(key, data []byte, v any) error {
	if err := json.Unmarshal(data, v); err != nil {
		return notDatabase(fmt.Sprintf("damaged record %x: %v", key, err))
	}
	return nil
}
