// What the decoder cannot check by itself: the rules' own validation, what
// ties the parts together, the voice's ranges and the printer.

package config

import (
	"errors"
	"fmt"
	"net"
	"os/user"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"frontdesk/internal/fileperm"
)

// validate checks what the decoder cannot: the rules' own validation and
// what ties the parts together.
func (d *decoder) validate(c Config) error {
	at := func(key string) int { return d.lines.find(key) }
	fail := func(e Error) error {
		e.Path = d.path
		if e.Line == 0 {
			e.Line = at(e.Key)
		}
		return &e
	}
	if strings.TrimSpace(c.Station.Name) == "" {
		return fail(Error{Key: "station.name", Kind: KindEmpty, Msg: "must not be empty: it is printed on every claim slip"})
	}
	if code := c.Station.Code; !ValidCode(code) {
		return fail(Error{
			Key: "station.code", Kind: KindCode, Value: code, Want: "letters, digits, - and _",
			Msg: fmt.Sprintf("%q is not a station code: 1 to %d letters, digits, - and _ (it is in every exported row and file name)", code, MaxCode),
		})
	}
	if err := d.validatePrint(c.Print, fail); err != nil {
		return err
	}
	if th := c.Display.Theme; th != ThemeAuto && th != ThemeDark && th != ThemeLight {
		return fail(Error{
			Key: "display.theme", Kind: KindTheme, Value: th, Want: "auto, dark or light",
			Msg: fmt.Sprintf("%q is not a display theme: \"auto\", \"dark\" or \"light\"", th),
		})
	}
	if err := voiceRange(c.Voice); err != nil {
		return fail(*err)
	}
	if l := c.SSH.Listen; l != "" && !validListen(c.SSH.Addr()) {
		return fail(Error{
			Key: "ssh.listen", Kind: KindListen, Value: l, Want: "host:port, :port or host",
			Msg: fmt.Sprintf("%q is not an address to listen on: \"192.168.1.10:23234\", \":23234\" or \"192.168.1.10\"", l),
		})
	}
	var codes []string
	for _, t := range c.Queue.Types {
		codes = append(codes, t.Code)
	}
	// Before the queue's own validation, which refuses an unknown pickup
	// type too, but could only name the whole [queue] table.
	if code := c.Queue.PickupType; !slices.Contains(codes, code) {
		return fail(Error{
			Key: "queue.pickup_type", Line: d.typeLine("queue.pickup_type"), Kind: KindPickupType, Value: code,
			Want: strings.Join(codes, " "),
			Msg:  fmt.Sprintf("the pickup type %q is not a service type of the queue (there are: %s)", code, strings.Join(codes, " ")),
		})
	}
	if err := c.Queue.Validate(); err != nil {
		return fail(Error{Key: "queue", Kind: KindInvalid, Msg: trimPrefix(err), Line: d.lines.first("queue")})
	}
	if err := c.Repair.Validate(); err != nil {
		return fail(Error{Key: "repair", Kind: KindInvalid, Msg: trimPrefix(err), Line: d.lines.first("repair")})
	}
	if err := c.Onsite.Validate(); err != nil {
		return fail(Error{Key: "onsite", Kind: KindInvalid, Msg: trimPrefix(err), Line: d.lines.first("onsite")})
	}
	if err := d.validateMessages(c.Messages, fail); err != nil {
		return err
	}
	for _, code := range c.Repair.IntakeTypes {
		if !slices.Contains(codes, code) {
			return fail(Error{
				Key: "repair.intake_types", Line: d.typeLine("repair.intake_types"), Kind: KindIntakeType, Value: code,
				Want: strings.Join(codes, " "),
				Msg:  fmt.Sprintf("%q is not a service type of the queue (there are: %s)", code, strings.Join(codes, " ")),
			})
		}
	}
	return nil
}

// voiceRange is the first of the voice's numbers outside its range.
func voiceRange(v Voice) *Error {
	for _, r := range []struct {
		key       string
		v, lo, hi int
	}{
		{"voice.repeat", v.Repeat, 1, MaxRepeat},
		{"voice.volume", v.Volume, 0, MaxVolume},
		{"voice.speed", v.Speed, MinSpeed, MaxSpeed},
	} {
		if r.v < r.lo || r.v > r.hi {
			return rangeError(r.key, r.v, r.lo, r.hi)
		}
	}
	return nil
}

// rangeError is key's number v outside lo to hi.
func rangeError(key string, v, lo, hi int) *Error {
	return &Error{
		Key: key, Kind: KindVoice, Value: strconv.Itoa(v), Want: fmt.Sprintf("%d-%d", lo, hi),
		Msg: fmt.Sprintf("%d is out of range: %d to %d", v, lo, hi),
	}
}

// validatePrint checks the printer: its kind, and for each kind the widths
// it can print, the code page, the cut and where its stream goes.
func (d *decoder) validatePrint(p Print, fail func(Error) error) error {
	if p.Ticket != "" && !ValidDevice(p.Ticket) {
		return fail(Error{
			Key: "print.ticket", Kind: KindDevice, Value: p.Ticket, Want: "/dev/usb/lp0 or host:9100",
			Msg: fmt.Sprintf("%q is not a printer: a device file's absolute path (/dev/usb/lp1) or host:port (192.168.1.51:9100)", p.Ticket),
		})
	}
	choice := func(key, v string, from []string) error {
		if slices.Contains(from, v) {
			return nil
		}
		return fail(Error{
			Key: key, Kind: KindChoice, Value: v, Want: strings.Join(from, ", "),
			Msg: fmt.Sprintf("%q is not one of: %s", v, strings.Join(from, ", ")),
		})
	}
	if err := choice("print.kind", p.Kind, []string{PrintText, PrintESCPOS}); err != nil {
		return err
	}
	if p.Kind == PrintText {
		if w := p.Width; w != WidthWide && w != WidthNarrow {
			return fail(Error{
				Key: "print.width", Kind: KindWidth, Value: strconv.Itoa(w), Want: "80 or 32",
				Msg: fmt.Sprintf("%d is not a print width: 80 (A4, dot matrix) or 32 (58 mm thermal)", w),
			})
		}
		return nil
	}
	if w := p.Width; w != WidthNarrow && w != Width80mm {
		return fail(Error{
			Key: "print.width", Kind: KindPOSWidth, Value: strconv.Itoa(w), Want: "32 or 48",
			Msg: fmt.Sprintf("%d is not the width of an ESC/POS printer: 32 (58 mm) or 48 (80 mm)", w),
		})
	}
	if err := choice("print.code_page", p.CodePage, CodePages); err != nil {
		return err
	}
	if err := choice("print.cut", p.Cut, Cuts); err != nil {
		return err
	}
	if p.Device != "" && !ValidDevice(p.Device) {
		return fail(Error{
			Key: "print.device", Kind: KindDevice, Value: p.Device, Want: "/dev/usb/lp0 or host:9100",
			Msg: fmt.Sprintf("%q is not a printer: a device file's absolute path (/dev/usb/lp0) or host:port (192.168.1.50:9100)", p.Device),
		})
	}
	return nil
}

// ValidCode reports whether s is a station code: 1 to MaxCode ASCII
// letters, digits, "-" and "_".
func ValidCode(s string) bool {
	if s == "" || len(s) > MaxCode {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// ValidDevice says whether an ESC/POS printer's device is a file's absolute
// path or a network address host:port with a port number.
func ValidDevice(dev string) bool {
	if filepath.IsAbs(dev) {
		return !strings.ContainsAny(dev, "\x00\n")
	}
	host, port, err := net.SplitHostPort(dev)
	if err != nil || host == "" || strings.ContainsAny(host, " /") {
		return false
	}
	n, err := strconv.Atoi(port)
	return err == nil && n > 0 && n < 65536
}

// typeLine is the line of key, a setting that names service types; when the
// file leaves the key at its default, the line of the file's [[queue.types]],
// since it is the list of types that no longer has the default's type.
func (d *decoder) typeLine(key string) int {
	if line := d.lines.find(key); line != 0 {
		return line
	}
	return d.lines.first("queue.types")
}

var configPrefix = regexp.MustCompile(`^[a-z]+ config: `)

// trimPrefix drops the "queue config: " the rules put before their messages:
// the key already says which part it is.
func trimPrefix(err error) string { return configPrefix.ReplaceAllString(err.Error(), "") }

// validListen is a host:port to listen on: a port of 1 to 65535, a host
// without spaces (empty: every address of the PC).
func validListen(addr string) bool {
	host, port, err := net.SplitHostPort(addr)
	if err != nil || strings.ContainsAny(host, " \t") {
		return false
	}
	n, err := strconv.Atoi(port)
	return err == nil && n >= 1 && n <= 65535
}

// files is the modes of the station group named group (station.group): a
// group that does not exist, or one this process's user is not in (it
// could not give its files to it), is a KindGroup error at the key's line.
func (d *decoder) files(group string) (fileperm.Modes, error) {
	m, err := fileperm.ForGroup(group)
	if err == nil {
		return m, nil
	}
	e := &Error{Path: d.path, Line: d.lines.find("station.group"), Key: "station.group", Kind: KindGroup, Value: group}
	if errors.Is(err, fileperm.ErrNotMember) {
		e.Want, e.Got = "member", currentUser()
		e.Msg = fmt.Sprintf("the user %s is not a member of the group %q: the files of customers' data could not be given to it", e.Got, group)
	} else if errors.Is(err, fileperm.ErrNoGroup) {
		e.Msg = fmt.Sprintf("no group %q on this computer", group)
	} else {
		e.Msg = err.Error()
	}
	return fileperm.Modes{}, e
}

// currentUser is this process's user's name, or its id.
func currentUser() string {
	u, err := user.Current()
	if err != nil {
		return "?"
	}
	return u.Username
}
