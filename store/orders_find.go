package store

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"

	bolt "go.etcd.io/bbolt"

	"frontdesk/repair"
)

// DefaultFindLimit is how many orders a search returns when asked for ≤ 0.
const DefaultFindLimit = 50

// findScan bounds the index keys one prefix walk of FindOrders reads, so
// that a search for "1" among a million phone numbers still holds the file
// for milliseconds, not a second (DESIGN.md: no long transactions). A prefix
// matching more keys is answered from the first findScan of them in key
// order; typing on narrows it.
const findScan = 20_000

// Order reads an order by its id.
func (s *Store) Order(id uint64) (repair.Order, bool, error) {
	var o repair.Order
	var found bool
	err := s.view(func(tx *bolt.Tx) (err error) {
		found, err = getJSON(tx.Bucket(bucketOrders), u64(id), &o)
		return err
	})
	return o, found && err == nil, err
}

// OrderByNumber finds the order of a number from its tag or slip (O6).
func (s *Store) OrderByNumber(number string) (repair.Order, bool, error) {
	return s.orderBy(bucketByNumber, numberKey(number))
}

// OrderByClaim finds the order of a claim code (O6, P1), typed with or
// without its dashes and in either case.
func (s *Store) OrderByClaim(code string) (repair.Order, bool, error) {
	return s.orderBy(bucketByClaim, claimKey(code))
}

func (s *Store) orderBy(index []byte, key string) (repair.Order, bool, error) {
	var o repair.Order
	var found bool
	err := s.view(func(tx *bolt.Tx) (err error) {
		o, found, err = uniqueOrder(tx, index, key)
		return err
	})
	return o, found && err == nil, err
}

// OrdersByPhone returns the orders of one phone number, newest first, at
// most limit (DefaultFindLimit when ≤ 0).
func (s *Store) OrdersByPhone(phone string, limit int) ([]repair.Order, error) {
	return s.ordersOf(bucketByPhone, phoneKey(phone), limit)
}

// OrdersBySerial returns the orders of one device, newest first, at most
// limit (DefaultFindLimit when ≤ 0): its repair history (O7).
func (s *Store) OrdersBySerial(serial string, limit int) ([]repair.Order, error) {
	return s.ordersOf(bucketBySerial, serialKey(serial), limit)
}

func (s *Store) ordersOf(index []byte, value string, limit int) ([]repair.Order, error) {
	if value == "" {
		return nil, nil
	}
	limit = findLimit(limit)
	var out []repair.Order
	err := s.view(func(tx *bolt.Tx) error {
		// The keys of one value are in id order: walk them back from the
		// first key after the value.
		prefix := dayKey(value, nil)
		c := tx.Bucket(index).Cursor()
		k, _ := c.Seek(dayEnd(value))
		if k == nil {
			k, _ = c.Last()
		} else {
			k, _ = c.Prev()
		}
		var ids []uint64
		for ; bytes.HasPrefix(k, prefix) && len(ids) < limit; k, _ = c.Prev() {
			id, ok := indexID(k)
			if !ok {
				return notDatabase(fmt.Sprintf("%s: damaged key %x", index, k))
			}
			ids = append(ids, id)
		}
		var err error
		out, err = ordersByID(tx, index, ids)
		return err
	})
	return out, err
}

// FindOrders is the desk's search box (O6). A query that is an order number
// or a claim code finds that order alone; anything else is matched as the
// beginning of a phone number (when it has no letters), a serial or a name,
// ignoring case. The orders come newest first, each once, at most limit
// (DefaultFindLimit when ≤ 0).
func (s *Store) FindOrders(query string, limit int) ([]repair.Order, error) {
	query = strings.TrimSpace(query)
	if query == "" {
		return nil, nil
	}
	limit = findLimit(limit)
	var out []repair.Order
	err := s.view(func(tx *bolt.Tx) error {
		for _, u := range []struct {
			index []byte
			key   string
		}{{bucketByNumber, numberKey(query)}, {bucketByClaim, claimKey(query)}} {
			o, found, err := uniqueOrder(tx, u.index, u.key)
			if err != nil || found {
				out = []repair.Order{o}
				return err
			}
		}
		seen := map[uint64]bool{}
		var ids []uint64
		for _, p := range searchPrefixes(query) {
			err := walkPrefix(tx, p.index, []byte(p.prefix), func(id uint64) {
				if !seen[id] {
					seen[id] = true
					ids = append(ids, id)
				}
			})
			if err != nil {
				return err
			}
		}
		slices.SortFunc(ids, func(a, b uint64) int { return cmp.Compare(b, a) }) // newest first
		var err error
		out, err = ordersByID(tx, bucketOrders, ids[:min(limit, len(ids))])
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

type searchPrefix struct {
	index  []byte
	prefix string
}

// searchPrefixes are the index prefixes a free-text query is matched with.
func searchPrefixes(q string) []searchPrefix {
	var out []searchPrefix
	if !strings.ContainsFunc(q, unicode.IsLetter) {
		if p := phoneKey(q); p != "" {
			out = append(out, searchPrefix{bucketByPhone, p})
		}
	}
	if p := serialKey(q); p != "" {
		out = append(out, searchPrefix{bucketBySerial, p})
	}
	if p := nameKey(q); p != "" {
		out = append(out, searchPrefix{bucketByName, p})
	}
	return out
}

// walkPrefix calls fn with the id of each key "value 0x00 id" of index whose
// value begins with prefix, reading at most findScan keys.
func walkPrefix(tx *bolt.Tx, index, prefix []byte, fn func(uint64)) error {
	c := tx.Bucket(index).Cursor()
	n := 0
	for k, _ := c.Seek(prefix); bytes.HasPrefix(k, prefix) && n < findScan; k, _ = c.Next() {
		id, ok := indexID(k)
		if !ok {
			return notDatabase(fmt.Sprintf("%s: damaged key %x", index, k))
		}
		fn(id)
		n++
	}
	return nil
}

// uniqueOrder reads the order an index of unique keys names.
func uniqueOrder(tx *bolt.Tx, index []byte, key string) (repair.Order, bool, error) {
	var o repair.Order
	if key == "" {
		return o, false, nil
	}
	raw := tx.Bucket(index).Get([]byte(key))
	if raw == nil {
		return o, false, nil
	}
	id, ok := readU64(raw)
	if !ok {
		return o, false, notDatabase(fmt.Sprintf("%s: damaged value of %q", index, key))
	}
	found, err := getJSON(tx.Bucket(bucketOrders), raw, &o)
	if err != nil || !found {
		return o, false, orderMissing(index, u64(id), err)
	}
	return o, true, nil
}

// ordersByID reads orders an index named; every one must exist.
func ordersByID(tx *bolt.Tx, index []byte, ids []uint64) ([]repair.Order, error) {
	orders := tx.Bucket(bucketOrders)
	out := make([]repair.Order, 0, len(ids))
	for _, id := range ids {
		var o repair.Order
		found, err := getJSON(orders, u64(id), &o)
		if err != nil || !found {
			return nil, orderMissing(index, u64(id), err)
		}
		out = append(out, o)
	}
	return out, nil
}

func findLimit(limit int) int {
	if limit <= 0 {
		return DefaultFindLimit
	}
	return limit
}
