package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"frontdesk/staff"
	"frontdesk/tui/common"
)

// maxKeyFile is the largest key file read: a .pub is a line, an
// authorized_keys of a few people a few kilobytes.
const maxKeyFile = 64 << 10

// StaffAdd adds a member known by the keys of keyFile (a .pub file or
// authorized_keys lines).
func StaffAdd(e Env, who, name, role, keyFile string, counter int) error {
	r, err := staff.ParseRole(role)
	if err != nil {
		return &ExitError{Code: 2, Msg: e.Text.T("cli.staff.role", common.Inert(role), roleList())}
	}
	keys, err := readKeys(e, keyFile)
	if err != nil {
		return err
	}
	m, err := e.Store.AddStaff(who, staff.Member{Name: name, Role: r, Keys: keys, Counter: counter})
	if err != nil {
		return err
	}
	prints := make([]string, len(m.Keys))
	for i, k := range m.Keys {
		prints[i] = k.Fingerprint
	}
	return e.print(m, e.Text.T("cli.staff.added", common.Inert(m.Name), e.Text.T("staff.role."+string(m.Role)), len(m.Keys), strings.Join(prints, " ")))
}

// readKeys reads the public keys of file, saying in the user's language
// what is wrong with a file that holds none.
func readKeys(e Env, file string) ([]staff.Key, error) {
	shown := common.Inert(file)
	f, err := os.Open(file)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, &ExitError{Code: 1, Msg: e.Text.T("cli.staff.noKeyFile", shown)}
		}
		return nil, &ExitError{Code: 1, Msg: e.Text.T("cli.staff.keyFile", shown, common.Inert(err.Error()))}
	}
	defer f.Close()
	raw, err := io.ReadAll(io.LimitReader(f, maxKeyFile+1))
	if err != nil {
		return nil, &ExitError{Code: 1, Msg: e.Text.T("cli.staff.keyFile", shown, common.Inert(err.Error()))}
	}
	if len(raw) > maxKeyFile {
		return nil, &ExitError{Code: 1, Msg: e.Text.T("cli.staff.notKey", shown)}
	}
	keys, err := staff.ParseKeys(raw)
	if err != nil {
		return nil, &ExitError{Code: 1, Msg: e.Text.T("cli.staff.notKey", shown)}
	}
	return keys, nil
}

// StaffList lists the members.
func StaffList(e Env) error {
	list, err := e.Store.StaffList()
	if err != nil {
		return err
	}
	if list == nil {
		list = []staff.Member{}
	}
	if len(list) == 0 {
		return e.print(list, e.Text.T("cli.staff.none"))
	}
	var b strings.Builder
	b.WriteString(e.Text.T("cli.staff.list", len(list)))
	for _, m := range list {
		counter := ""
		if m.Counter > 0 {
			counter = e.Text.T("cli.staff.counter", m.Counter)
		}
		fmt.Fprintf(&b, "\n  %s  %s%s  %s", common.Inert(m.Name), e.Text.T("staff.role."+string(m.Role)), counter,
			e.Text.T("cli.staff.since", m.Added.Format("2006-01-02"), common.Inert(m.AddedBy)))
		for _, k := range m.Keys {
			b.WriteString("\n      " + k.Type + " " + k.Fingerprint)
		}
	}
	return e.print(list, b.String())
}

// StaffRemove removes a member: their keys let nobody in from then on.
func StaffRemove(e Env, who, name string) error {
	if err := e.Store.RemoveStaff(who, name); err != nil {
		return err
	}
	return e.print(struct {
		Removed string `json:"removed"`
	}{name}, e.Text.T("cli.staff.removed", common.Inert(name)))
}

// StaffPIN sets supervisor name's PIN, read by read (again: the second
// time, to confirm; io.EOF then when there is nothing to confirm with, as
// from a pipe). The PIN is never printed.
func StaffPIN(e Env, who, name string, read func(again bool) (string, error)) error {
	pin, err := read(false)
	if err != nil {
		return &ExitError{Code: 1, Msg: e.Text.T("cli.staff.pinRead", common.Inert(err.Error()))}
	}
	if err := staff.CheckPIN(pin); err != nil {
		return &ExitError{Code: 1, Msg: e.Text.T("err.staff.pin")}
	}
	switch confirm, err := read(true); {
	case errors.Is(err, io.EOF): // no confirmation to read: a pipe
	case err != nil:
		return &ExitError{Code: 1, Msg: e.Text.T("cli.staff.pinRead", common.Inert(err.Error()))}
	case confirm != pin:
		return &ExitError{Code: 1, Msg: e.Text.T("cli.staff.pinMismatch")}
	}
	if err := e.Store.SetPIN(who, name, pin); err != nil {
		return err
	}
	return e.print(struct {
		PIN string `json:"pin_set"`
	}{name}, e.Text.T("cli.staff.pinSet", common.Inert(name)))
}

func roleList() string {
	names := make([]string, len(staff.Roles))
	for i, r := range staff.Roles {
		names[i] = string(r)
	}
	return strings.Join(names, " ")
}
