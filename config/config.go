// Package config is the station's configuration: one TOML file with
// documented defaults for the station, the queue (package queue), the repair
// orders (package repair) and the claim-slip printer.
//
// The file sits next to the database the station's terminals share (or
// wherever --config or FRONTDESK_CONFIG say, see PathFor). A key the file
// leaves out keeps its default; a list of tables ([[queue.types]] …) in the
// file replaces the default list entirely. Load is strict: an unknown key, a
// value of the wrong type, a bad duration or time zone, or a configuration
// the queue or the repair rules refuse is an *Error naming the file, the line
// and the key, and nothing may start on it.
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"strings"
	"time"

	// The time zone of the station must load on every machine, also on
	// Windows and minimal systems without a zoneinfo database.
	_ "time/tzdata"

	"github.com/BurntSushi/toml"

	"frontdesk/internal/fileperm"
	"frontdesk/notify"
	"frontdesk/onsite"
	"frontdesk/queue"
	"frontdesk/repair"
)

// FileName is the configuration file's name beside the database.
const FileName = "frontdesk.toml"

// EnvVar names the configuration file when --config is not given.
const EnvVar = "FRONTDESK_CONFIG"

// PlaceholderPhone is the default phone number: not a real one, a station
// must set its own (the desk may remind it while the number is this).
const PlaceholderPhone = "400-000-0000"

// PlaceholderName is the default station name: a station must set its own.
const PlaceholderName = "frontdesk 维修服务站"

// PlaceholderCode is the default station code: the head office gives every
// station its own, and the export warns while a station still has this one
// (the files of two stations that keep it cannot be told apart).
const PlaceholderCode = "STATION"

// MaxCode is the longest station code.
const MaxCode = 32

// Station is who the customer deals with: printed on every claim slip (I13).
// Its time zone lives in Queue.Location (the file's station.time_zone).
type Station struct {
	// Code is the station's code at the head office, in every row of the
	// export (R3) and in its file names: 1 to MaxCode letters, digits, "-"
	// and "_", so that it is a file name's part and a warehouse's key as it
	// is.
	Code  string `toml:"code"`
	Name  string `toml:"name"`
	Phone string `toml:"phone"`
	// Group is the station group: "" (the default), the files of
	// customers' data — the database, its backups, the claim slips, the
	// exports — are their owner's only (0600, directories 0700); a group's
	// name, they are made 0640 and 0750 and given to the group, so that
	// the station's several local accounts can read them. The user must
	// be in the group (Config.Files is its modes).
	Group string `toml:"group"`
}

// Placeholders reports which of the station's name and phone are still the
// default configuration's placeholders: every slip would carry them.
func (s Station) Placeholders() (name, phone bool) {
	return s.Name == PlaceholderName, s.Phone == PlaceholderPhone
}

// Print is where claim slips go (I13), and how the printer takes them.
type Print struct {
	Dir     string `toml:"dir"`     // slips are written here, one file per order ("" : next to the database, in "slips"); a relative path is taken from the configuration file's directory
	Kind    string `toml:"kind"`    // PrintText or PrintESCPOS
	Command string `toml:"command"` // e.g. "lp -d counter"; the slip on its standard input; "" : file only (escpos: unless Device is set)
	Device  string `toml:"device"`  // escpos only: a device file ("/dev/usb/lp0") or a network printer ("192.168.1.50:9100"); used instead of Command
	Width   int    `toml:"width"`   // text: 80 (A4 / dot matrix) or 32 (58 mm thermal); escpos: 32 (58 mm) or 48 (80 mm)
	// CodePage is how an ESC/POS printer reads text: "gb18030" (Chinese
	// printers) or "pc437" (Western ones: ASCII only).
	CodePage string `toml:"code_page"`
	Cut      string `toml:"cut"` // escpos: "partial", "full" or "none" (no cutter)
	// Ticket is the kiosk's ticket printer, ESC/POS with CodePage and Cut
	// of this table at 32 columns: a device file or host:port; "" : the
	// kiosk prints no ticket.
	Ticket string `toml:"ticket"`
}

// SlipDir is where claim slips are written for the database db: Dir, or
// "slips" next to the database (its absolute path: a desk's status line
// names the file written).
func (p Print) SlipDir(db string) string {
	if p.Dir != "" {
		return p.Dir
	}
	if abs, err := filepath.Abs(db); err == nil {
		db = abs
	}
	return filepath.Join(filepath.Dir(db), "slips")
}

// The kinds of printer of Print.Kind.
const (
	PrintText   = "text"   // plain text to Command
	PrintESCPOS = "escpos" // raw ESC/POS to Device or Command
)

// Print widths: an A4 or dot-matrix printer, a 58 mm thermal printer, an
// 80 mm thermal printer (ESC/POS only).
const (
	WidthWide   = 80
	WidthNarrow = 32
	Width80mm   = 48
)

// The values of Print.CodePage and Print.Cut.
var (
	CodePages = []string{"gb18030", "pc437"}
	Cuts      = []string{"partial", "full", "none"}
)

// Configured says whether slips go to a printer at all, not only to files.
func (p Print) Configured() bool {
	return strings.TrimSpace(p.Command) != "" || (p.Kind == PrintESCPOS && p.Device != "")
}

// Display is how the customer's screens (the queue display, the kiosk)
// look.
type Display struct {
	// Theme is "auto" (the terminal's background decides; dark where the
	// terminal does not say), "dark" or "light" (always that palette).
	Theme string `toml:"theme"`
}

// SSH is the station over SSH (package sshd): where `frontdesk serve`
// listens for the counter PCs, the display's and the kiosk's.
type SSH struct {
	// Listen is "host:port", ":port" or a host alone (port DefaultSSHPort);
	// "": no SSH, the station's programs run on this PC only.
	Listen string `toml:"listen"`
}

// DefaultSSHPort is the port of a Listen that names a host alone.
const DefaultSSHPort = "23234"

// Addr is Listen with its port: "" when SSH is off.
func (s SSH) Addr() string {
	if s.Listen == "" {
		return ""
	}
	if _, _, err := net.SplitHostPort(s.Listen); err == nil {
		return s.Listen
	}
	return net.JoinHostPort(strings.Trim(s.Listen, "[]"), DefaultSSHPort)
}

// The themes of Display.Theme.
const (
	ThemeAuto  = "auto"
	ThemeDark  = "dark"
	ThemeLight = "light"
)

// Voice is how the queue display announces calls and the kiosk speaks its
// tickets: through a speech command that reads the text on its standard
// input (package tui/voice).
type Voice struct {
	// Command is the speech program with its arguments, split at white
	// space; "" is espeak-ng with the voice of the screen's language.
	Command string `toml:"command"`
	Repeat  int    `toml:"repeat"` // how many times each call is spoken, 1 to MaxRepeat
	Volume  int    `toml:"volume"` // 0 to MaxVolume; 100 is the program's normal
	Speed   int    `toml:"speed"`  // words per minute, MinSpeed to MaxSpeed
	Mute    bool   `toml:"mute"`   // no voice at all (the display rings its bell still)
}

// The bounds of Voice's numbers.
const (
	MaxRepeat = 5
	MaxVolume = 200
	MinSpeed  = 80
	MaxSpeed  = 450
)

// Config is the effective configuration of a station.
type Config struct {
	Station Station
	Queue   queue.Config
	Repair  repair.Config
	Onsite  onsite.Config
	Print   Print
	Display Display
	Voice   Voice
	SSH     SSH

	// Messages is what the station tells its customers by text message
	// (C4, S11): the file's [messages] table.
	Messages notify.Config

	// Files is how the files of customers' data are made: Station.Group's
	// modes (fileperm.ForGroup), found by Load; fileperm.Default() without
	// a group. Programs hand it on to whatever makes such files.
	Files fileperm.Modes
}

// Default is the configuration of a station without a file: the rules'
// defaults of DOMAIN.md, a neutral station name and a placeholder phone.
func Default() Config {
	return Config{
		Station: Station{Code: PlaceholderCode, Name: PlaceholderName, Phone: PlaceholderPhone},
		Queue:   queue.DefaultConfig(),
		Repair:  repair.DefaultConfig(),
		Onsite:  onsite.DefaultConfig(),
		Print:   Print{Kind: PrintText, Width: WidthWide, CodePage: "gb18030", Cut: "partial"},
		Display: Display{Theme: ThemeAuto},
		Voice:   Voice{Repeat: 2, Volume: 100, Speed: 175},
		Files:   fileperm.Default(),

		// No gateway: nothing is sent until the station names one.
		Messages: notify.Default(),
	}
}

// PathFor is the configuration file of a command: the --config flag's value,
// else $FRONTDESK_CONFIG, else frontdesk.toml in the database's directory,
// the file the station's terminals share next to the database they share.
func PathFor(flagValue, dbPath string) string {
	if flagValue != "" {
		return flagValue
	}
	if p := os.Getenv(EnvVar); p != "" {
		return p
	}
	return filepath.Join(filepath.Dir(dbPath), FileName)
}

// Source is where a configuration came from: the file, or the defaults when
// there is no file, and which keys the file sets.
type Source struct {
	Path  string // the file read, or looked for
	Found bool   // whether the file was there (else: built-in defaults)
	md    *toml.MetaData
}

// String says where the configuration came from, for people.
func (s Source) String() string {
	if !s.Found {
		return "built-in defaults, no file at " + s.Path
	}
	return s.Path
}

// FromFile reports whether the file sets key (e.g. "queue", "long_wait");
// false for everything when there was no file.
func (s Source) FromFile(key ...string) bool {
	return s.md != nil && s.md.IsDefined(key...)
}

// Kind is what is wrong in a configuration file, for the message in the
// user's language.
type Kind string

// The kinds of Error.
const (
	KindRead       Kind = "read"       // the file cannot be read; Msg says why
	KindSyntax     Kind = "syntax"     // not valid TOML; Msg is the parser's message
	KindUnknownKey Kind = "unknownKey" // no such setting; Want may hold a close known key
	KindType       Kind = "type"       // Want and Got are type names: string, integer, duration, strings, table, tables, float, boolean, datetime, array
	KindDuration   Kind = "duration"   // Value is not a duration string
	KindTimeZone   Kind = "timeZone"   // Value is not a known time zone
	KindWidth      Kind = "width"      // Value is not a print width (80 or 32)
	KindTheme      Kind = "theme"      // Value is not a display theme (auto, dark, light)
	KindVoice      Kind = "voice"      // Value is out of the key's range; Want is the range "MIN-MAX"
	KindChoice     Kind = "choice"     // Value is not one of the words Want lists
	KindPOSWidth   Kind = "posWidth"   // Value is not the width of an ESC/POS printer (32 or 48)
	KindDevice     Kind = "device"     // Value is neither a device file's absolute path nor host:port
	KindMissing    Kind = "missing"    // a required key of a list entry is missing
	KindEmpty      Kind = "empty"      // a value that must not be empty is
	KindCode       Kind = "code"       // Value is not a station code (letters, digits, - and _; at most MaxCode)
	KindIntakeType Kind = "intakeType" // Value is not a queue service type; Want lists them
	KindPickupType Kind = "pickupType" // the pickup type Value is not a queue service type; Want lists them
	KindListen     Kind = "listen"     // Value is not an address to listen on (host:port, :port or host)
	KindClock      Kind = "clock"      // Value is not a time of day ("08:30")
	KindGroup      Kind = "group"      // Value is no group of this computer's; or, with Want "member", one the user (Got) is not in
	KindTemplate   Kind = "template"   // a message template names a field (Value) its moment lacks, Want the fields it may use; or its braces do not pair, or it is too long: Msg says which
	KindURL        Kind = "url"        // Value is not an http or https address
	KindCommand    Kind = "command"    // the command (Value) lacks a program or an argument of Want ("{phone} {text}")
	KindSecretFile Kind = "secretFile" // the webhook's secret file (Value) cannot be read, is empty or is too large: Msg says which
	KindInvalid    Kind = "invalid"    // the queue or repair rules refuse the configuration; Msg says why
)

// Error is what is wrong with a configuration file, and where.
type Error struct {
	Path string // the file
	Line int    // 1-based; 0 when not known (e.g. a problem between defaults and the file)
	Key  string // the dotted key, e.g. "queue.long_wait", "queue.counters.types"; may be empty
	Msg  string // what is wrong, in English

	Kind  Kind
	Value string // the offending value, when there is one
	Want  string // what the key should hold (a type name, or the allowed values)
	Got   string // the type the file has (KindType)
}

// Error reads "PATH:LINE: key: msg", leaving out what is not known.
func (e *Error) Error() string {
	s := e.Path
	if e.Line > 0 {
		s += fmt.Sprintf(":%d", e.Line)
	}
	if e.Key != "" {
		s += ": " + e.Key
	}
	return s + ": " + e.Msg
}

// durations are written the way a person writes them: "15m", "4h", "90s".
func formatDuration(d time.Duration) string {
	switch {
	case d == 0:
		return "0s"
	case d%time.Hour == 0:
		return fmt.Sprintf("%dh", d/time.Hour)
	case d%time.Minute == 0:
		return fmt.Sprintf("%dm", d/time.Minute)
	case d%time.Second == 0:
		return fmt.Sprintf("%ds", d/time.Second)
	}
	return d.String()
}

// ErrExists is why Init refuses: there is a file at the path already.
var ErrExists = fs.ErrExist

// Init writes the documented default file at path, creating its directory,
// and never replaces a file that is there (an error that is ErrExists). The
// file appears whole or not at all: written to a temporary file beside it,
// synced, then linked into place.
func Init(path string) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if _, err := os.Lstat(path); err == nil {
		return fmt.Errorf("%s: %w", path, ErrExists)
	}
	tmp, err := os.CreateTemp(dir, ".frontdesk-config-*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	_, err = tmp.WriteString(DefaultFile())
	if err == nil {
		err = tmp.Chmod(0o644)
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	// A hard link fails when the name is taken, so a file written meanwhile
	// by another terminal is not replaced; where links are not supported,
	// a rename after one more look.
	if err := os.Link(tmp.Name(), path); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("%s: %w", path, ErrExists)
		}
		if _, serr := os.Lstat(path); serr == nil {
			return fmt.Errorf("%s: %w", path, ErrExists)
		}
		if err := os.Rename(tmp.Name(), path); err != nil {
			return err
		}
	}
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
	return nil
}
