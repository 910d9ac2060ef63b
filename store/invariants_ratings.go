package store

import (
	"bytes"
	"cmp"

	bolt "go.etcd.io/bbolt"

	"frontdesk/care"
)

// checkRatings is the invariant of the ratings (C1): each rating under
// its own id and found by its service's key in ratings_by_service, which
// names nothing else; each follow-up under its own id, of a low rating
// there is, and in followups_open exactly while not closed; each counter's
// due under the counter its service names, and about a service not rated
// yet (rating it deletes the due).
func checkRatings(tx *bolt.Tx) error {
	keys := map[string]uint64{} // service key → rating id
	ratings := map[uint64]care.Rating{}
	err := tab(tx, bucketRatings).forEach(func(k, v []byte) error {
		var r care.Rating
		if err := decodeValue(bucketRatings, k, v, &r); err != nil {
			return err
		}
		if id, _ := readU64(k); r.ID != id {
			return disagree("rating %d holds the rating %d", id, r.ID)
		}
		if other, twice := keys[r.Service.Key]; twice {
			return disagree("service %q rated twice: ratings %d and %d", r.Service.Key, other, r.ID)
		}
		keys[r.Service.Key], ratings[r.ID] = r.ID, r
		return nil
	})
	if err != nil {
		return err
	}
	err = tab(tx, bucketRatingsBy).forEach(func(k, v []byte) error {
		id, _ := readU64(v)
		if want, ok := keys[string(k)]; !ok || want != id {
			return disagree("ratings_by_service: %q names rating %d, whose service it is not", k, id)
		}
		delete(keys, string(k))
		return nil
	})
	if err != nil {
		return err
	}
	for key, id := range keys {
		return disagree("rating %d of service %q is not in ratings_by_service", id, key)
	}
	if err := checkFollowUps(tx, ratings); err != nil {
		return err
	}
	return checkRatingDues(tx)
}

// checkFollowUps: each follow-up of a low rating there is, and open
// exactly while its id is in followups_open.
func checkFollowUps(tx *bolt.Tx, ratings map[uint64]care.Rating) error {
	open := map[uint64]bool{}
	err := tab(tx, bucketFollowUps).forEach(func(k, v []byte) error {
		var f care.FollowUp
		if err := decodeValue(bucketFollowUps, k, v, &f); err != nil {
			return err
		}
		if id, _ := readU64(k); f.ID != id {
			return disagree("follow-up %d holds the follow-up %d", id, f.ID)
		}
		if r, ok := ratings[f.Rating]; !ok || !r.Low() || r.Service.Key != f.Service.Key {
			return disagree("follow-up %d is of rating %d, which is not a low rating of %q", f.ID, f.Rating, f.Service.Key)
		}
		if f.Open() {
			open[f.ID] = true
		}
		return nil
	})
	if err != nil {
		return err
	}
	err = tab(tx, bucketFollowUpsOpen).forEach(func(k, _ []byte) error {
		id, _ := readU64(k)
		if !open[id] {
			return disagree("followups_open holds %d, which is not an open follow-up", id)
		}
		delete(open, id)
		return nil
	})
	if err != nil {
		return err
	}
	for id := range open {
		return disagree("follow-up %d is open, and not in followups_open", id)
	}
	return nil
}

// checkRatingDues: each due under its service's counter, of a service not
// rated yet.
func checkRatingDues(tx *bolt.Tx) error {
	return tab(tx, bucketRatingDue).forEach(func(k, v []byte) error {
		var d care.Due
		if err := decodeValue(bucketRatingDue, k, v, &d); err != nil {
			return err
		}
		if !bytes.Equal(k, counterKey(d.Counter)) {
			id, _ := readU64(k)
			return disagree("rating_due of counter %d asks about %q at counter %d", id, d.Key, d.Counter)
		}
		if done, err := rated(tx, d.Key); err != nil || done {
			return cmp.Or(err, disagree("rating_due of counter %d asks about %q, rated already", d.Counter, d.Key))
		}
		return nil
	})
}
