package desktest

import (
	"frontdesk/staff"
)

// supervisorKey is the public key the tests' supervisor is known by
// (staff/testdata/ecdsa.pub).
const supervisorKey = "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBD0uPSj+Fas2sugiN5p94FjveAkT5sGyd6aqMYbNMLHt8QilBpBJ81f5uHX4FglyvtGMtBNRzABgwpZTFVzOyYA= k"

// Supervisor makes name a supervisor of the station with the PIN pin
// ("" for none), and returns the member, as an SSH session of theirs
// knows them (common.Common.Person).
func (s *Station) Supervisor(name, pin string) staff.Member {
	s.t.Helper()
	keys, err := staff.ParseKeys([]byte(supervisorKey))
	if err != nil {
		s.t.Fatal(err)
	}
	m, err := s.St.AddStaff("local root", staff.Member{Name: name, Role: staff.Supervisor, Keys: keys})
	if err != nil {
		s.t.Fatal(err)
	}
	if pin != "" {
		if err := s.St.SetPIN("local root", name, pin); err != nil {
			s.t.Fatal(err)
		}
	}
	return m
}
