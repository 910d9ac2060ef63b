package client

import (
	"errors"
	"os"
	"testing"

	"frontdesk/staff"
)

// The staff's operations through the owner answer as the store's, errors
// included.
func TestStaffThroughTheOwner(t *testing.T) {
	s := newStation(t)
	raw, err := os.ReadFile("../staff/testdata/ed25519.pub")
	if err != nil {
		t.Fatal(err)
	}
	keys, err := staff.ParseKeys(raw)
	if err != nil {
		t.Fatal(err)
	}
	m, err := s.c.AddStaff("李主管", staff.Member{Name: "张工", Role: staff.Engineer, Keys: keys})
	if err != nil || m.Name != "张工" || m.AddedBy != "李主管" {
		t.Fatalf("AddStaff: %+v %v", m, err)
	}
	if _, err := s.c.AddStaff("李主管", staff.Member{Name: "王工", Role: staff.Engineer, Keys: keys}); !errors.Is(err, staff.ErrKeyTaken) {
		t.Errorf("another's key: %v, want ErrKeyTaken", err)
	}
	if got, found, err := s.c.StaffByKey(keys[0].Fingerprint); err != nil || !found || got.Name != "张工" {
		t.Errorf("StaffByKey: %+v %v %v", got, found, err)
	}
	if list, err := s.c.StaffList(); err != nil || len(list) != 1 {
		t.Errorf("StaffList: %+v %v", list, err)
	}
	if err := s.c.RemoveStaff("李主管", "张工"); err != nil {
		t.Fatal(err)
	}
	if err := s.c.RemoveStaff("李主管", "张工"); !errors.Is(err, staff.ErrUnknown) {
		t.Errorf("removed twice: %v, want ErrUnknown", err)
	}
}
