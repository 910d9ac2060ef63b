package store

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"

	"frontdesk/onsite"
)

// The buckets of the on-site requests and the hotline (schema 10), drawn
// in doc.go.
var (
	bucketRequests       = []byte("requests")               // id → onsite.Request
	bucketReqByNumber    = []byte("requests_by_number")     // number → id
	bucketReqByPhone     = []byte("requests_by_phone")      // phone digits 0x00 id
	bucketReqByPhoneTail = []byte("requests_by_phone_tail") // phone digits reversed 0x00 id
	bucketReqByName      = []byte("requests_by_name")       // name, lower case 0x00 id
	bucketReqBySerial    = []byte("requests_by_serial")     // serial 0x00 id
	bucketReqByCompany   = []byte("requests_by_company")    // company, lower case 0x00 id
	bucketReqOpen        = []byte("requests_open")          // id → (empty): the on-site board
	bucketReqSeq         = []byte("request_seq")            // day → last number issued
	bucketHotline        = []byte("hotline")                // id → onsite.Call
	bucketHotlineOpen    = []byte("hotline_open")           // owner 0x00 id → (empty)
)

// requestIndex lists the keys a request is found by: its number, which
// names it alone, and the shared "value 0x00 id" keys of its customer and
// device.
func requestIndex(r onsite.Request) []indexEntry {
	id := u64(r.ID)
	out := []indexEntry{{bucketReqByNumber, []byte(numberKey(r.Number)), true}}
	add := func(bucket []byte, value string) {
		if value != "" {
			out = append(out, indexEntry{bucket, dayKey(value, id), false})
		}
	}
	add(bucketReqByPhone, phoneKey(r.Customer.Phone))
	add(bucketReqByPhoneTail, phoneTailKey(r.Customer.Phone))
	add(bucketReqByName, nameKey(r.Customer.Name))
	add(bucketReqBySerial, serialKey(r.Device.Serial))
	add(bucketReqByCompany, nameKey(r.Customer.Company))
	return out
}

// putRequest stores r with its index keys and its place on the board; old
// is the request as it was (nil: a new one), whose keys that r no longer
// has are taken out, since a phone or serial is often corrected on a
// later call.
func (w *wtx) putRequest(r onsite.Request, old *onsite.Request) error {
	if r.ID == 0 || numberKey(r.Number) == "" {
		return errors.New("store: a request needs an id and a number")
	}
	id := u64(r.ID)
	requests := tab(w.tx, bucketRequests)
	requests.fill(appendFill)
	keep := map[string]bool{}
	for _, e := range requestIndex(r) {
		keep[string(e.bucket)+"\x00"+string(e.key)] = true
	}
	if old != nil {
		for _, e := range requestIndex(*old) {
			if !keep[string(e.bucket)+"\x00"+string(e.key)] {
				if err := tab(w.tx, e.bucket).delete(e.key); err != nil {
					return err
				}
			}
		}
	} else if taken, err := requests.has(id); err != nil || taken {
		return cmp.Or(err, fmt.Errorf("store: request id %d is taken", r.ID))
	}
	for _, e := range requestIndex(r) {
		b, v := tab(w.tx, e.bucket), []byte(nil)
		if e.unique {
			have, err := b.get(e.key)
			if err != nil {
				return err
			}
			if have != nil && !bytes.Equal(have, id) {
				return fmt.Errorf("store: request %s: %s %q is taken", r.Number, e.bucket, e.key)
			}
			v = id
		}
		if err := b.put(e.key, v); err != nil {
			return err
		}
	}
	open := tab(w.tx, bucketReqOpen)
	var err error
	if r.Open() {
		err = open.put(id, nil)
	} else {
		err = open.delete(id)
	}
	if err != nil {
		return err
	}
	return requests.putJSON(id, r)
}
