package store

import (
	"cmp"
	"slices"

	bolt "go.etcd.io/bbolt"

	"frontdesk/onsite"
)

// The search box finds on-site requests beside the orders (S1, as O6): by
// the request's number, and by the same walks of the customer's phone,
// name and the device's serial in the requests' own indexes, plus the
// company's name. A request's record is read whole (a station has far
// fewer requests than orders, and the desk shows its clocks), so it reads
// at most searchRequests of them.

// searchRequests is the most requests a search returns.
const searchRequests = 5

// requestIndexOf is the request index that answers a walk of an order
// index the same way.
var requestIndexOf = map[string][]byte{
	string(bucketByPhone):     bucketReqByPhone,
	string(bucketByPhoneTail): bucketReqByPhoneTail,
	string(bucketByName):      bucketReqByName,
	string(bucketBySerial):    bucketReqBySerial,
}

// requests runs q's walks over the requests' indexes.
func (q query) requests(tx *bolt.Tx) ([]onsite.Request, error) {
	walks := make([]walk, 0, len(q.walks)+1)
	for _, w := range q.walks {
		if index, ok := requestIndexOf[string(w.index)]; ok {
			walks = append(walks, walk{index, w.key, w.how})
		}
	}
	if q.company != "" {
		walks = append(walks, walk{bucketReqByCompany, []byte(q.company), walkPrefix})
	}
	var ids []uint64
	add := func(id uint64) { ids = append(ids, id) }
	for _, w := range walks {
		c := tab(tx, w.index).cursor()
		if _, err := newestOf(c, w.index, string(w.key), searchRequests, add); err != nil {
			return nil, err
		}
		if w.how == walkPrefix {
			if _, err := walkOn(c, w.index, w.key, searchRequests, add); err != nil {
				return nil, err
			}
		}
	}
	slices.SortFunc(ids, func(a, b uint64) int { return cmp.Compare(b, a) })
	ids = slices.Compact(ids)
	if len(ids) > searchRequests {
		ids = ids[:searchRequests]
	}
	return recordsByID[onsite.Request](tx, bucketRequests, bucketRequests, ids)
}
