package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
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
	// Paths the file names are the file's: the same for every terminal,
	// whatever folder a program starts in.
	for _, p := range []*string{&cfg.Print.Dir, &cfg.Messages.Gateway.SecretFile} {
		*p = named(path, *p)
	}
	return cfg, src, nil
}

// named is a path the configuration file at file names: a relative one is
// the file's folder's.
func named(file, p string) string {
	if p == "" || filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(filepath.Dir(file), p)
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
	files, err := d.files(cfg.Station.Group)
	if err != nil {
		return Config{}, md, err
	}
	cfg.Files = files
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

// The layout of the file.

func (d *decoder) config(root *table, c *Config) {
	root.sub("station", func(t *table) {
		t.str("code", &c.Station.Code)
		t.str("name", &c.Station.Name)
		t.str("phone", &c.Station.Phone)
		t.str("group", &c.Station.Group)
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
	root.sub("onsite", func(t *table) { onsiteTable(t, &c.Onsite) })
	root.sub("messages", func(t *table) { messagesTable(t, &c.Messages) })
	root.sub("ssh", func(t *table) { t.str("listen", &c.SSH.Listen) })
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
