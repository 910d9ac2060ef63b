package onsiteboard

import (
	"errors"
	"slices"
	"sync"
	"time"

	"frontdesk/onsite"
	"frontdesk/staff"
	"frontdesk/store"
)

// fakeStore is the few methods of store.Station the screen calls, over
// requests in memory: UpdateRequest applies the change to the stored copy
// and keeps nothing of a refused one, as the store does.
type fakeStore struct {
	store.Station // nil: any other method panics
	mu            sync.Mutex
	reqs          []onsite.Request
	staff         []staff.Member
	now           time.Time
	updates       int
}

func newFake(now time.Time, reqs ...onsite.Request) *fakeStore {
	f := &fakeStore{now: now}
	for _, n := range []string{"张工", "李工", "王工"} {
		f.staff = append(f.staff, staff.Member{Name: n, Role: staff.Engineer})
	}
	f.reqs = append(f.reqs, reqs...)
	return f
}

func (f *fakeStore) OpenRequests() ([]onsite.Request, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []onsite.Request
	for _, r := range f.reqs {
		if r.Open() {
			out = append(out, r)
		}
	}
	return out, nil
}

func (f *fakeStore) Request(id uint64) (onsite.Request, bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	i := slices.IndexFunc(f.reqs, func(r onsite.Request) bool { return r.ID == id })
	if i < 0 {
		return onsite.Request{}, false, nil
	}
	return f.reqs[i], true, nil
}

func (f *fakeStore) UpdateRequest(who string, id uint64, change func(onsite.Request, time.Time) (onsite.Request, error)) (onsite.Request, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	i := slices.IndexFunc(f.reqs, func(r onsite.Request) bool { return r.ID == id })
	if i < 0 {
		return onsite.Request{}, store.ErrNoRequest
	}
	changed, err := change(f.reqs[i], f.now)
	if err != nil {
		return onsite.Request{}, err
	}
	if len(changed.History) <= len(f.reqs[i].History) {
		return onsite.Request{}, errors.New("store: a change must add to the request's timeline")
	}
	f.reqs[i] = changed
	f.updates++
	return changed, nil
}

func (f *fakeStore) StaffList() ([]staff.Member, error) { return f.staff, nil }

// Snapshot is the queue with 赵工 signed in at counter 2: the board offers
// who works at a counter too, staff record or not.
func (f *fakeStore) Snapshot() (store.Snapshot, error) {
	return store.Snapshot{Counters: []store.CounterState{{Number: 1}, {Number: 2, Engineer: "赵工"}}}, nil
}

// get is request id as stored.
func (f *fakeStore) get(id uint64) onsite.Request {
	r, _, _ := f.Request(id)
	return r
}
