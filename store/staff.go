package store

import (
	"bytes"
	"cmp"
	"fmt"
	"maps"
	"slices"

	bolt "go.etcd.io/bbolt"

	"frontdesk/staff"
)

// The station's members (issue 17): staff keeps each by name, staff_keys
// each of their keys' fingerprints, so that the SSH server finds who a key
// is in one lookup. Every change is logged as KindStaff, with who made it.

// AddStaff records a new member, checked by staff.New's rules and, here,
// that the name is nobody's yet and no key is another member's.
func (s *Store) AddStaff(who string, m staff.Member) (staff.Member, error) {
	err := s.update(who, func(w *wtx) error {
		checked, err := staff.New(m.Name, m.Role, m.Keys, m.Counter, w.now, w.who)
		if err != nil {
			return err
		}
		m = checked
		members, keys := tab(w.tx, bucketStaff), tab(w.tx, bucketStaffKeys)
		if had, err := members.has([]byte(m.Name)); err != nil || had {
			return cmp.Or(err, fmt.Errorf("%w: %s", staff.ErrExists, m.Name))
		}
		for _, k := range m.Keys {
			owner, err := keys.get([]byte(k.Fingerprint))
			if err != nil {
				return err
			}
			if owner != nil {
				return fmt.Errorf("%w: %s is %s's", staff.ErrKeyTaken, k.Fingerprint, owner)
			}
			if err := keys.put([]byte(k.Fingerprint), []byte(m.Name)); err != nil {
				return err
			}
		}
		if err := members.putJSON([]byte(m.Name), m); err != nil {
			return err
		}
		_, err = w.log(Event{Kind: KindStaff, Detail: fmt.Sprintf("add %s %s %d", m.Name, m.Role, len(m.Keys))})
		return err
	})
	if err != nil {
		return staff.Member{}, err
	}
	return m, nil
}

// RemoveStaff forgets a member, their keys and their PIN: a session of
// theirs is refused from then on.
func (s *Store) RemoveStaff(who, name string) error {
	return s.update(who, func(w *wtx) error {
		members := tab(w.tx, bucketStaff)
		var m staff.Member
		found, err := members.getJSON([]byte(name), &m)
		if err != nil {
			return err
		}
		if !found {
			return fmt.Errorf("%w: %s", staff.ErrUnknown, name)
		}
		keys := tab(w.tx, bucketStaffKeys)
		for _, k := range m.Keys {
			if err := keys.delete([]byte(k.Fingerprint)); err != nil {
				return err
			}
		}
		if err := members.delete([]byte(name)); err != nil {
			return err
		}
		if err := tab(w.tx, bucketStaffPINs).delete([]byte(name)); err != nil {
			return err
		}
		if err := forgetTries(w.tx, name); err != nil {
			return err
		}
		_, err = w.log(Event{Kind: KindStaff, Detail: "remove " + name})
		return err
	})
}

// StaffList is every member, by name.
func (s *Store) StaffList() ([]staff.Member, error) {
	var out []staff.Member
	err := s.view(func(tx *bolt.Tx) error {
		c := tab(tx, bucketStaff).cursor()
		for k, v, err := c.first(); err != nil || k != nil; k, v, err = c.next() {
			var m staff.Member
			if err := cmp.Or(err, decodeValue(bucketStaff, k, v, &m)); err != nil {
				return err
			}
			out = append(out, m)
		}
		return nil
	})
	return out, err
}

// StaffByKey is the member whose key has the fingerprint ("SHA256:…").
func (s *Store) StaffByKey(fingerprint string) (m staff.Member, found bool, err error) {
	err = s.view(func(tx *bolt.Tx) error {
		name, err := tab(tx, bucketStaffKeys).get([]byte(fingerprint))
		if err != nil || name == nil {
			return err
		}
		if found, err = tab(tx, bucketStaff).getJSON(name, &m); err != nil {
			return err
		}
		if !found || !slices.ContainsFunc(m.Keys, func(k staff.Key) bool { return k.Fingerprint == fingerprint }) {
			return damaged(bucketStaffKeys, []byte(fingerprint), "names a member without the key")
		}
		return nil
	})
	if err != nil {
		return staff.Member{}, false, err // never the member a damaged index names
	}
	return m, found, nil
}

// checkStaff is the invariant of the two buckets: every key of every
// member points back at them, and no other key is there.
func checkStaff(tx *bolt.Tx) error {
	want := map[string]string{}
	err := tab(tx, bucketStaff).forEach(func(k, v []byte) error {
		var m staff.Member
		if err := decodeValue(bucketStaff, k, v, &m); err != nil {
			return err
		}
		if m.Name != string(k) {
			return disagree("staff %q holds the member %q", k, m.Name)
		}
		for _, key := range m.Keys {
			want[key.Fingerprint] = m.Name
		}
		return nil
	})
	if err != nil {
		return err
	}
	err = tab(tx, bucketStaffKeys).forEach(func(k, v []byte) error {
		if name, ok := want[string(k)]; !ok || !bytes.Equal(v, []byte(name)) {
			return disagree("staff key %s points at %q, which does not have it", k, v)
		}
		delete(want, string(k))
		return nil
	})
	if err != nil {
		return err
	}
	if len(want) > 0 {
		fp := slices.Sorted(maps.Keys(want))[0]
		return disagree("%s's key %s is not in staff_keys", want[fp], fp)
	}
	return nil
}
