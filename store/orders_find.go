package store

import (
	bolt "go.etcd.io/bbolt"

	"frontdesk/repair"
)

// DefaultFindLimit is how many orders OrdersByPhone and OrdersBySerial
// return when asked for ≤ 0.
const DefaultFindLimit = 50

// Order reads an order by its id.
func (s *Store) Order(id uint64) (repair.Order, bool, error) {
	var o repair.Order
	var found bool
	err := s.view(func(tx *bolt.Tx) (err error) {
		found, err = tab(tx, bucketOrders).getJSON(u64(id), &o)
		return err
	})
	return o, found && err == nil, err
}

// LastOrderID is the id of the newest order, 0 when there is none: ids
// count up from 1 and orders are never deleted.
func (s *Store) LastOrderID() (uint64, error) {
	var id uint64
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketOrders)
		if b == nil {
			return tab(tx, bucketOrders).missing()
		}
		id = b.Sequence() // raw: the bucket's header, no record
		return nil
	})
	return id, err
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
	return newestRecords[repair.Order](s, bucketOrders, index, value, limit)
}

// newestRecords reads from bucket the newest records whose key in the
// shared index is value, at most limit (DefaultFindLimit when ≤ 0).
func newestRecords[T any](s *Store, bucket, index []byte, value string, limit int) ([]T, error) {
	if value == "" {
		return nil, nil
	}
	var out []T
	err := s.view(func(tx *bolt.Tx) error {
		var ids []uint64
		_, err := newestOf(tab(tx, index).cursor(), index, value, findLimit(limit), func(id uint64) { ids = append(ids, id) })
		if err != nil {
			return err
		}
		out, err = recordsByID[T](tx, bucket, index, ids)
		return err
	})
	return out, err
}

// uniqueOrder reads the order an index of unique keys names, and checks
// that it names the key back: an index entry of a stale page would name
// another order.
func uniqueOrder(tx *bolt.Tx, index []byte, key string) (repair.Order, bool, error) {
	o, found, err := uniqueRecord[repair.Order](tx, bucketOrders, index, key)
	if err != nil || !found {
		return o, found, err
	}
	if key != numberKey(o.Number) && key != claimKey(o.Claim) {
		return repair.Order{}, false, damaged(index, []byte(key), "names order "+o.Number)
	}
	return o, true, nil
}

// uniqueRecord reads, from bucket (orders or order_heads), the record of
// the order a unique index (number, claim code) names by key.
func uniqueRecord[T any](tx *bolt.Tx, bucket, index []byte, key string) (T, bool, error) {
	var v T
	if key == "" {
		return v, false, nil
	}
	raw, err := tab(tx, index).get([]byte(key))
	if err != nil || raw == nil {
		return v, false, err
	}
	id, ok := readU64(raw)
	if !ok {
		return v, false, damagedKey(index, []byte(key))
	}
	records, err := recordsByID[T](tx, bucket, index, []uint64{id})
	if err != nil {
		return v, false, err
	}
	return records[0], true, nil
}

// ordersByID reads orders an index named; every one must exist.
func ordersByID(tx *bolt.Tx, index []byte, ids []uint64) ([]repair.Order, error) {
	return recordsByID[repair.Order](tx, bucketOrders, index, ids)
}

// recordsByID reads from bucket (orders or order_heads) the records of
// the orders an index named; every one must exist.
func recordsByID[T any](tx *bolt.Tx, bucket, index []byte, ids []uint64) ([]T, error) {
	b := tab(tx, bucket)
	out := make([]T, 0, len(ids))
	for _, id := range ids {
		var v T
		found, err := b.getJSON(u64(id), &v)
		if err != nil || !found {
			return nil, orderMissing(index, u64(id), err)
		}
		out = append(out, v)
	}
	return out, nil
}

// headsByID reads the heads of ids, in order, as recordsByID does, but
// past the damaged ones, which it names: a search shows what is intact.
func headsByID(tx *bolt.Tx, ids []uint64) ([]repair.Head, []DamageError, error) {
	b := tab(tx, bucketHeads)
	heads := make([]repair.Head, 0, len(ids))
	var bad []DamageError
	for _, id := range ids {
		var h repair.Head
		found, err := b.getJSON(u64(id), &h)
		if err == nil && !found {
			err = orderMissing(bucketOrders, u64(id), nil)
		}
		if de, ok := DamageOf(err); ok {
			bad = append(bad, *de)
			continue
		}
		if err != nil {
			return nil, nil, err
		}
		heads = append(heads, h)
	}
	return heads, bad, nil
}

func findLimit(limit int) int {
	if limit <= 0 {
		return DefaultFindLimit
	}
	return limit
}
