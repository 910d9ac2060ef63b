package store

import "sync"

// seenListed is the most damage a store keeps to show; beyond it, it
// counts.
const seenListed = 20

// seen is the damage a store has met since it opened its file — in any
// operation of any program, or in the scrub — for every screen to show
// (Snapshot.Damage) from the first time it was met, not from the day
// someone needs the damaged order. A restore brings another file, and
// forgets it.
type seen struct {
	mu    sync.Mutex
	list  []DamageError
	count int
	gen   uint64 // moves with every change: a new damage, or forgetting
}

// note keeps de (not its Also), if it has not met it; it says whether it
// is new.
func (d *seen) note(de DamageError) bool {
	de.Also, de.Count = nil, 0
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, had := range d.list {
		if had.Bucket == de.Bucket && had.Key == de.Key && had.Page == de.Page && had.Why == de.Why {
			return false
		}
	}
	d.count++
	d.gen++
	if len(d.list) < seenListed {
		d.list = append(d.list, de)
	}
	return true
}

// damage is what has been met, the first seenListed of it, and how much
// in all.
func (d *seen) damage() ([]DamageError, int) {
	d.mu.Lock()
	defer d.mu.Unlock()
	return append([]DamageError(nil), d.list...), d.count
}

func (d *seen) forget() {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.list, d.count = nil, 0
	d.gen++
}

// DamageSeen moves whenever what Snapshot says of damage does (a damage
// met, or forgotten by a restore), though no commit was made: the owner
// shares a snapshot among its screens only while it stays.
func (s *Store) DamageSeen() uint64 {
	s.seen.mu.Lock()
	defer s.seen.mu.Unlock()
	return s.seen.gen
}

// noteDamage keeps the damage err names, and wakes every watching screen
// to read it, the first time.
func (s *Store) noteDamage(err error) {
	de, ok := DamageOf(err)
	if !ok {
		return
	}
	news := s.seen.note(*de)
	for _, also := range de.Also {
		news = s.seen.note(also) || news
	}
	if news {
		s.feed.again()
	}
}
