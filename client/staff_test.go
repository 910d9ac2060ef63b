package client

import (
	"errors"
	"os"
	"testing"

	"frontdesk/repair"
	"frontdesk/staff"
	"frontdesk/store"
)

// The staff's operations through the owner answer as the store's, errors
// included.
func TestStaffThroughTheOwner(t *testing.T) {
	s := newStation(t)
	keys := keysOf(t, "ed25519.pub")
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

// The approvals' operations through the owner: their refusals arrive as
// the store's errors, a PIN set and a wrong one typed too.
func TestP1_ApprovalsThroughTheOwner(t *testing.T) {
	s := newStation(t)
	keys := keysOf(t, "rsa.pub")
	if _, err := s.c.AddStaff("local root", staff.Member{Name: "李主管", Role: staff.Supervisor, Keys: keys}); err != nil {
		t.Fatal(err)
	}
	if err := s.c.SetPIN("local root", "张工", "2468"); !errors.Is(err, staff.ErrNotSupervisor) {
		t.Errorf("SetPIN of nobody: %v", err)
	}
	if err := s.c.SetPIN("local root", "李主管", "24"); !errors.Is(err, staff.ErrPIN) {
		t.Errorf("SetPIN of 2 digits: %v", err)
	}
	if err := s.c.SetPIN("local root", "李主管", "2468"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.c.Approve("张工", 1, true); !errors.Is(err, staff.ErrNotSupervisor) {
		t.Errorf("Approve by an engineer: %v", err)
	}
	if _, err := s.c.Approve("李主管", 1, true); !errors.Is(err, store.ErrApprovalUnknown) {
		t.Errorf("Approve of no request: %v", err)
	}
	if _, err := s.c.ApproveWithPIN("张工", 1, "李主管", "2468"); !errors.Is(err, store.ErrApprovalUnknown) {
		t.Errorf("ApproveWithPIN of no request: %v", err)
	}
	a := store.Approval{Order: 9, What: store.ApproveLostSlip, IDType: repair.IDResident, IDLast4: "1234"}
	if _, err := s.c.AskApproval("张工", 1, a); !errors.Is(err, store.ErrNoOrder) {
		t.Errorf("AskApproval of no order: %v", err)
	}
	if _, found, err := s.c.Approval(1); found || err != nil {
		t.Errorf("Approval(1): %v %v", found, err)
	}
}

// keysOf are the keys of a file of staff/testdata.
func keysOf(t *testing.T, file string) []staff.Key {
	t.Helper()
	raw, err := os.ReadFile("../staff/testdata/" + file)
	if err != nil {
		t.Fatal(err)
	}
	keys, err := staff.ParseKeys(raw)
	if err != nil {
		t.Fatal(err)
	}
	return keys
}
