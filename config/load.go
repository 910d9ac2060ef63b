package config

import (
	"errors"
	"fmt"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"frontdesk/queue"
	"frontdesk/repair"
)

// Load reads the configuration file at path over the defaults. No file is
// no error: the defaults, with a Source saying so. Any problem in the file
// is an *Error with its line and key; the Config returned with an error is
// the zero Config, so that nothing can run on half a configuration.
func Load(path string) (Config, Source, error) {
	src := Source{Path: path}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Default(), src, nil
	}
	if err != nil {
		return Config{}, src, &Error{Path: path, Kind: KindRead, Msg: readError(err)}
	}
	src.Found = true
	cfg, md, err := Parse(path, string(data))
	if err != nil {
		return Config{}, src, err
	}
	src.md = &md
	if cfg.Print.Dir != "" && !filepath.IsAbs(cfg.Print.Dir) {
		cfg.Print.Dir = filepath.Join(filepath.Dir(path), cfg.Print.Dir)
	}
	return cfg, src, nil
}

func readError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// Parse decodes the text of a configuration file (named path in errors)
// over the defaults and validates the result.
func Parse(path, text string) (Config, toml.MetaData, error) {
	var raw map[string]any
	md, err := toml.Decode(text, &raw)
	if err != nil {
		e := &Error{Path: path, Kind: KindSyntax, Msg: err.Error()}
		var pe toml.ParseError
		if errors.As(err, &pe) {
			e.Line, e.Key, e.Msg = pe.Position.Line, pe.LastKey, pe.Message
		}
		return Config{}, md, e
	}
	d := &decoder{path: path, lines: scanLines(text)}
	cfg := Default()
	d.config(d.root(raw), &cfg)
	if err := d.first(); err != nil {
		return Config{}, md, err
	}
	if err := d.validate(cfg); err != nil {
		return Config{}, md, err
	}
	return cfg, md, nil
}

// decoder walks the parsed file along the layout of the configuration,
// writing what the file sets over the defaults and noting every problem.
type decoder struct {
	path  string
	lines lineIndex
	errs  []*Error
}

// first is the problem nearest the top of the file; a missing key only when
// there is nothing else, since a misspelt key makes one missing too.
func (d *decoder) first() error {
	var best *Error
	for _, e := range d.errs {
		switch {
		case best == nil,
			best.Kind == KindMissing && e.Kind != KindMissing,
			(best.Kind == KindMissing) == (e.Kind == KindMissing) && e.Line > 0 && (best.Line == 0 || e.Line < best.Line):
			best = e
		}
	}
	if best == nil {
		return nil
	}
	return best
}

// table is one table of the file: its keys, its dotted name for messages
// and its path in the line index.
type table struct {
	d     *decoder
	m     map[string]any
	key   string // "queue.counters"
	at    string // "queue.counters[1]"
	known []string
	used  map[string]bool
}

func (d *decoder) root(m map[string]any) *table {
	return &table{d: d, m: m, used: map[string]bool{}}
}

func (t *table) child(key, at string, m map[string]any) *table {
	return &table{d: t.d, m: m, key: key, at: at, used: map[string]bool{}}
}

// get returns the value of key, if the file sets it, and marks it known.
func (t *table) get(key string) (any, bool) {
	t.known = append(t.known, key)
	v, ok := t.m[key]
	if ok {
		t.used[key] = true
	}
	return v, ok
}

// fail notes a problem with key of this table.
func (t *table) fail(key string, e Error) {
	e.Path = t.d.path
	e.Key = join(t.key, key)
	e.Line = t.d.lines.find(join(t.at, key))
	t.d.errs = append(t.d.errs, &e)
}

func (t *table) wrongType(key, want string, v any) {
	got := typeName(v)
	t.fail(key, Error{
		Kind: KindType, Want: want, Got: got,
		Msg: fmt.Sprintf("should be %s, the file has %s", want, got),
	})
}

// done notes every key of the table nobody asked for.
func (t *table) done() {
	var unknown []string
	for k := range t.m {
		if !t.used[k] {
			unknown = append(unknown, k)
		}
	}
	slices.Sort(unknown)
	for _, k := range unknown {
		e := Error{Kind: KindUnknownKey, Msg: "unknown key"}
		if near := closest(k, t.known); near != "" {
			e.Want = join(t.key, near)
			e.Msg += fmt.Sprintf(" (did you mean %s?)", e.Want)
		}
		t.fail(k, e)
	}
}

// str sets dst to the string key, and reports whether it did.
func (t *table) str(key string, dst *string) bool {
	v, ok := t.get(key)
	if !ok {
		return false
	}
	s, ok := v.(string)
	if !ok {
		t.wrongType(key, "string", v)
		return false
	}
	*dst = s
	return true
}

func (t *table) int(key string, dst *int) {
	if v, ok := t.get(key); ok {
		if n, ok := v.(int64); ok && int64(int(n)) == n {
			*dst = int(n)
		} else {
			t.wrongType(key, "integer", v)
		}
	}
}

func (t *table) bool(key string, dst *bool) {
	if v, ok := t.get(key); ok {
		if b, ok := v.(bool); ok {
			*dst = b
		} else {
			t.wrongType(key, "boolean", v)
		}
	}
}

func (t *table) duration(key string, dst *time.Duration) {
	v, ok := t.get(key)
	if !ok {
		return
	}
	s, ok := v.(string)
	if !ok {
		t.wrongType(key, "duration", v)
		return
	}
	d, err := time.ParseDuration(strings.TrimSpace(s))
	if err != nil {
		t.fail(key, Error{
			Kind: KindDuration, Value: s,
			Msg: fmt.Sprintf("%q is not a duration (write \"90s\", \"15m\", \"4h\", \"1h30m\")", s),
		})
		return
	}
	*dst = d
}

func (t *table) strings(key string, dst *[]string) {
	v, ok := t.get(key)
	if !ok {
		return
	}
	list, ok := v.([]any)
	if !ok {
		t.wrongType(key, "strings", v)
		return
	}
	var out []string
	for _, x := range list {
		s, ok := x.(string)
		if !ok {
			t.wrongType(key, "strings", v)
			return
		}
		out = append(out, s)
	}
	*dst = out
}

// sub runs fill on the table key, if the file has it.
func (t *table) sub(key string, fill func(*table)) {
	v, ok := t.get(key)
	if !ok {
		return
	}
	m, ok := v.(map[string]any)
	if !ok {
		t.wrongType(key, "table", v)
		return
	}
	c := t.child(join(t.key, key), join(t.at, key), m)
	fill(c)
	c.done()
}

// tables runs each on every entry of the array of tables key, if the file
// has it, and reports whether it has.
func (t *table) tables(key string, each func(*table)) bool {
	v, ok := t.get(key)
	if !ok {
		return false
	}
	var list []map[string]any
	switch v := v.(type) {
	case []map[string]any:
		list = v
	case []any:
		for _, x := range v {
			m, ok := x.(map[string]any)
			if !ok {
				t.wrongType(key, "tables", x)
				return false
			}
			list = append(list, m)
		}
	default:
		t.wrongType(key, "tables", v)
		return false
	}
	for i, m := range list {
		c := t.child(join(t.key, key), fmt.Sprintf("%s[%d]", join(t.at, key), i), m)
		each(c)
		c.done()
	}
	return true
}

// require notes the keys an entry of a list must have.
func (t *table) require(keys ...string) {
	for _, k := range keys {
		if _, ok := t.m[k]; !ok {
			e := Error{
				Kind: KindMissing, Msg: "missing; every entry needs it", Path: t.d.path,
				Key: join(t.key, k), Line: t.d.lines.find(t.at),
			}
			t.d.errs = append(t.d.errs, &e)
		}
	}
}

// typeName is the type of a parsed TOML value, in the words of Error.Got.
func typeName(v any) string {
	switch v.(type) {
	case string:
		return "string"
	case int64:
		return "integer"
	case float64:
		return "float"
	case bool:
		return "boolean"
	case time.Time:
		return "datetime"
	case map[string]any:
		return "table"
	case []map[string]any:
		return "tables"
	case []any:
		return "array"
	}
	return fmt.Sprintf("%T", v)
}

// The layout of the file.

func (d *decoder) config(root *table, c *Config) {
	root.sub("station", func(t *table) {
		t.str("code", &c.Station.Code)
		t.str("name", &c.Station.Name)
		t.str("phone", &c.Station.Phone)
		if tz := ""; t.str("time_zone", &tz) {
			loc, err := loadLocation(tz)
			if err != nil {
				t.fail("time_zone", Error{
					Kind: KindTimeZone, Value: tz,
					Msg: fmt.Sprintf("unknown time zone %q (use an IANA name such as Asia/Shanghai)", tz),
				})
			} else {
				c.Queue.Location = loc
			}
		}
	})
	root.sub("queue", func(t *table) { queueTable(t, &c.Queue) })
	root.sub("repair", func(t *table) { repairTable(t, &c.Repair) })
	root.sub("print", func(t *table) {
		t.str("dir", &c.Print.Dir)
		t.str("kind", &c.Print.Kind)
		t.str("command", &c.Print.Command)
		t.str("device", &c.Print.Device)
		t.int("width", &c.Print.Width)
		t.str("code_page", &c.Print.CodePage)
		t.str("cut", &c.Print.Cut)
		t.str("ticket", &c.Print.Ticket)
		// A thermal printer's default width is the 58 mm one, not the text's 80.
		if _, set := d.lines["print.width"]; c.Print.Kind == PrintESCPOS && !set {
			c.Print.Width = WidthNarrow
		}
	})
	root.sub("display", func(t *table) { t.str("theme", &c.Display.Theme) })
	root.sub("voice", func(t *table) {
		t.str("command", &c.Voice.Command)
		t.int("repeat", &c.Voice.Repeat)
		t.int("volume", &c.Voice.Volume)
		t.int("speed", &c.Voice.Speed)
		t.bool("mute", &c.Voice.Mute)
	})
	root.done()
}

func loadLocation(name string) (*time.Location, error) {
	if strings.TrimSpace(name) == "" || name != strings.TrimSpace(name) {
		return nil, errors.New("no time zone")
	}
	return time.LoadLocation(name)
}

func queueTable(t *table, q *queue.Config) {
	t.duration("long_wait", &q.LongWait)
	t.duration("default_service", &q.DefaultService)
	t.int("priority_ratio", &q.PriorityRatio)
	t.duration("priority_max_wait", &q.PriorityMaxWait)
	t.int("no_show_return_behind", &q.NoShowReturnBehind)
	t.duration("away_hold", &q.AwayHold)
	t.str("pickup_type", &q.PickupType)
	var types []queue.ServiceType
	if t.tables("types", func(t *table) {
		t.require("code", "zh")
		var s queue.ServiceType
		t.str("code", &s.Code)
		t.str("zh", &s.Name.ZH)
		t.str("en", &s.Name.EN)
		types = append(types, s)
	}) {
		q.Types = types
	}
	var counters []queue.Counter
	if t.tables("counters", func(t *table) {
		t.require("number", "types")
		var k queue.Counter
		t.int("number", &k.Number)
		t.strings("types", &k.Types)
		counters = append(counters, k)
	}) {
		q.Counters = counters
	}
}

func repairTable(t *table, r *repair.Config) {
	t.strings("intake_types", &r.IntakeTypes)
	t.int("return_days", &r.ReturnDays)
	t.int("exchange_days", &r.ExchangeDays)
	t.duration("loaner_after", &r.LoanerAfter)
	t.duration("promise_default", &r.PromiseDefault)
	t.duration("promise_max", &r.PromiseMax)
	t.int("out_of_warranty_part_months", &r.OutOfWarrantyPartMonths)
	t.int("onsite_fee", &r.OnsiteFee)
	t.int("claim_code_length", &r.ClaimCodeLength)
	t.int("pickup_attempts_order", &r.PickupAttemptsOrder)
	t.int("pickup_attempts_counter", &r.PickupAttemptsCounter)
	t.duration("pickup_lockout", &r.PickupLockout)
	t.int("visit_working_days", &r.VisitWorkingDays)
	t.strings("holidays", &r.Holidays)
	t.strings("workdays", &r.Workdays)
	var rules []repair.WarrantyRule
	if t.tables("warranty", func(t *table) {
		t.require("key", "months")
		var w repair.WarrantyRule
		item(t, &w.Item)
		t.int("months", &w.Months)
		rules = append(rules, w)
	}) {
		r.Warranty = rules
	}
	var devices []repair.DeviceKind
	if t.tables("devices", func(t *table) {
		t.require("key")
		var k repair.DeviceKind
		item(t, &k.Item)
		t.strings("parts", &k.Parts)
		items(t, "accessories", &k.Accessories)
		items(t, "condition", &k.Condition)
		items(t, "inspection", &k.Inspection)
		devices = append(devices, k)
	}) {
		r.Devices = devices
	}
}

func item(t *table, it *repair.Item) {
	t.str("key", &it.Key)
	t.str("zh", &it.ZH)
	t.str("en", &it.EN)
}

func items(t *table, key string, dst *[]repair.Item) {
	var list []repair.Item
	if t.tables(key, func(t *table) {
		t.require("key")
		var it repair.Item
		item(t, &it)
		list = append(list, it)
	}) {
		*dst = list
	}
}

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
			return &Error{
				Key: r.key, Kind: KindVoice, Value: strconv.Itoa(r.v), Want: fmt.Sprintf("%d-%d", r.lo, r.hi),
				Msg: fmt.Sprintf("%d is out of range: %d to %d", r.v, r.lo, r.hi),
			}
		}
	}
	return nil
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

// closest is a known key within two edits of k, for "did you mean".
func closest(k string, known []string) string {
	best, dist := "", 3
	for _, c := range known {
		if d := editDistance(k, c); d < dist {
			best, dist = c, d
		}
	}
	return best
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur := make([]int, len(rb)+1)
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(rb)]
}
