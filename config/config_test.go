package config

import (
	"bytes"
	"errors"
	"os"
	"os/user"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"frontdesk/internal/fileperm"
	"frontdesk/queue"
	"frontdesk/repair"
)

// same compares two configurations; time zones by name, since every load
// of a zone is a new *time.Location.
func same(t *testing.T, got, want Config) {
	t.Helper()
	if g, w := got.Queue.Location.String(), want.Queue.Location.String(); g != w {
		t.Errorf("time zone %s, want %s", g, w)
	}
	got.Queue.Location, want.Queue.Location = nil, nil
	if !reflect.DeepEqual(got, want) {
		t.Errorf("configuration differs:\n got %+v\nwant %+v", got, want)
	}
}

func parse(t *testing.T, text string) Config {
	t.Helper()
	c, _, err := Parse("station.toml", text)
	if err != nil {
		t.Fatalf("%v\n%s", err, text)
	}
	return c
}

func TestDefaultIsValid(t *testing.T) {
	d := Default()
	if err := d.Queue.Validate(); err != nil {
		t.Fatal(err)
	}
	if err := d.Repair.Validate(); err != nil {
		t.Fatal(err)
	}
	if d.Queue.Location.String() != "Asia/Shanghai" {
		t.Fatalf("default time zone %s: tzdata is not embedded", d.Queue.Location)
	}
}

// TestDefaultFileRoundTrip: the documented file is the defaults exactly, and
// documents every key it sets.
func TestDefaultFileRoundTrip(t *testing.T) {
	file := DefaultFile()
	same(t, parse(t, file), Default())
	lines := strings.Split(file, "\n")
	for i, l := range lines {
		if k, _, ok := strings.Cut(l, " = "); ok && !strings.HasPrefix(l, "#") && i > 0 {
			prev := strings.TrimSpace(lines[i-1])
			if !strings.HasPrefix(prev, "#") && !strings.HasPrefix(prev, "[") && !strings.Contains(prev, " = ") {
				t.Errorf("line %d: %s has no comment", i+1, k)
			}
		}
	}
	for _, want := range []string{"REPLACE", "[[queue.types]]", "[[repair.devices.accessories]]", "TO BE SET", "[print]"} {
		if !strings.Contains(file, want) {
			t.Errorf("default file lacks %q", want)
		}
	}
}

func TestMissingAndEmptyFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	c, src, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	same(t, c, Default())
	if src.Found || src.String() != "built-in defaults, no file at "+path || src.FromFile("station") {
		t.Errorf("source %+v %q", src, src)
	}
	for _, text := range []string{"", "\n", "# nothing but a comment\n\n"} {
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		c, src, err := Load(path)
		if err != nil {
			t.Fatal(err)
		}
		same(t, c, Default())
		if !src.Found || src.String() != path {
			t.Errorf("source %+v", src)
		}
	}
}

// TestPartialFile: a file with only [station] keeps every other default.
func TestPartialFile(t *testing.T) {
	c := parse(t, "[station]\nname = \"同创电脑维修站\"\nphone = \"010-12345678\"\ntime_zone = \"Asia/Urumqi\"\n")
	want := Default()
	want.Station = Station{Code: PlaceholderCode, Name: "同创电脑维修站", Phone: "010-12345678"}
	want.Queue.Location, _ = time.LoadLocation("Asia/Urumqi")
	same(t, c, want)

	c = parse(t, "[queue]\nlong_wait = \"25m\"\n[repair]\npromise_default = \"1h30m\"\n[print]\nwidth = 32\n")
	want = Default()
	want.Queue.LongWait = 25 * time.Minute
	want.Repair.PromiseDefault = 90 * time.Minute
	want.Print.Width = 32
	same(t, c, want)
}

// TestDisplayTheme: each theme the file names is the display's; the
// default follows the terminal.
// TestS8_TheOnsiteTableSetsHoursAndLimits: the service days, hours and
// limits of [onsite] are the clocks' (S8), the rest keep their defaults.
func TestS8_TheOnsiteTableSetsHoursAndLimits(t *testing.T) {
	c := parse(t, "[onsite]\ndays = [\"mon\", \"tue\", \"wed\", \"thu\", \"fri\", \"sat\"]\nopens = \"9:00\"\ncloses = \"18:30\"\non_site = \"90m\"\nbrand = \"华硕\"\n")
	o := c.Onsite
	if len(o.Days) != 6 || o.Days[5] != time.Saturday || o.Open != 9*time.Hour || o.Close != 18*time.Hour+30*time.Minute ||
		o.OnSite != 90*time.Minute || o.Brand != "华硕" || o.OnSiteMax != 3*time.Hour || o.CallBack != 2*time.Hour {
		t.Errorf("onsite %+v", o)
	}
}

func TestDisplayTheme(t *testing.T) {
	if th := Default().Display.Theme; th != ThemeAuto {
		t.Fatalf("default theme %q, want auto", th)
	}
	for _, th := range []string{ThemeAuto, ThemeDark, ThemeLight} {
		c := parse(t, "[display]\ntheme = \""+th+"\"\n")
		want := Default()
		want.Display.Theme = th
		same(t, c, want)
	}
}

// TestVoiceSettings: the [voice] table's keys are the voice's, a key left
// out keeps its default (spoken twice, normal volume).
func TestVoiceSettings(t *testing.T) {
	if v := Default().Voice; v != (Voice{Repeat: 2, Volume: 100, Speed: 175}) {
		t.Fatalf("default voice %+v", v)
	}
	c := parse(t, "[voice]\ncommand = \"announcer --port /dev/ttyUSB0\"\nrepeat = 3\nvolume = 0\nspeed = 200\nmute = true\n")
	want := Default()
	want.Voice = Voice{Command: "announcer --port /dev/ttyUSB0", Repeat: 3, Volume: 0, Speed: 200, Mute: true}
	same(t, c, want)
	c = parse(t, "[voice]\nrepeat = 1\n")
	want = Default()
	want.Voice.Repeat = 1
	same(t, c, want)
}

// TestArraysReplace: a list of tables in the file is the whole list.
func TestArraysReplace(t *testing.T) {
	c := parse(t, `
[[queue.types]]
code = "A"
zh = "送修"

[[queue.types]]
code = "B"
zh = "取机"
en = "Pickup"

[[queue.counters]]
number = 7
types = ["B", "A"]

[repair]
intake_types = ["A"]

[[repair.devices]]
key = "tablet"
zh = "平板"
en = "Tablet"
parts = ["accessory"]

  [[repair.devices.accessories]]
  key = "pen"
  zh = "手写笔"

[[repair.devices]]
key = "phone"
zh = "手机"
parts = ["accessory"]

  [[repair.devices.inspection]]
  key = "boots"
  zh = "开机正常"
`)
	wantTypes := []queue.ServiceType{{Code: "A", Name: queue.Text{ZH: "送修"}}, {Code: "B", Name: queue.Text{ZH: "取机", EN: "Pickup"}}}
	if !reflect.DeepEqual(c.Queue.Types, wantTypes) {
		t.Errorf("types %+v", c.Queue.Types)
	}
	if !reflect.DeepEqual(c.Queue.Counters, []queue.Counter{{Number: 7, Types: []string{"B", "A"}}}) {
		t.Errorf("counters %+v", c.Queue.Counters)
	}
	wantDevices := []repair.DeviceKind{
		{
			Item: repair.Item{Key: "tablet", ZH: "平板", EN: "Tablet"}, Parts: []string{"accessory"},
			Accessories: []repair.Item{{Key: "pen", ZH: "手写笔"}},
		},
		{
			Item: repair.Item{Key: "phone", ZH: "手机"}, Parts: []string{"accessory"},
			Inspection: []repair.Item{{Key: "boots", ZH: "开机正常"}},
		},
	}
	if !reflect.DeepEqual(c.Repair.Devices, wantDevices) {
		t.Errorf("devices %+v", c.Repair.Devices)
	}
	if !reflect.DeepEqual(c.Repair.Warranty, Default().Repair.Warranty) {
		t.Error("the warranty table the file does not write changed")
	}
}

// TestPickupType: the pickup service type is a setting of the queue, and
// any of the file's own service types may be it.
func TestPickupType(t *testing.T) {
	if got := Default().Queue.PickupType; got != "B" {
		t.Errorf("default pickup type %q, want B", got)
	}
	c := parse(t, `
[queue]
pickup_type = "P"

[[queue.types]]
code = "A"
zh = "送修"

[[queue.types]]
code = "P"
zh = "取机"
en = "Pickup"

[[queue.counters]]
number = 1
types = ["P", "A"]

[repair]
intake_types = ["A"]
`)
	if c.Queue.PickupType != "P" {
		t.Errorf("pickup type %q, want P", c.Queue.PickupType)
	}
}

// TestStationCode: the file's code is the station's; a file without one
// keeps the placeholder, which the export warns about.
func TestStationCode(t *testing.T) {
	c := parse(t, "[station]\ncode = \"SH-001_b\"\n")
	if c.Station.Code != "SH-001_b" {
		t.Errorf("code %q, want SH-001_b", c.Station.Code)
	}
	if c := parse(t, "[station]\nname = \"x\"\n"); c.Station.Code != PlaceholderCode {
		t.Errorf("code %q without one in the file, want the placeholder %s", c.Station.Code, PlaceholderCode)
	}
	for s, want := range map[string]bool{"A": true, "sh-001": true, strings.Repeat("9", MaxCode): true, "": false, "a.b": false, "a/b": false, "Ａ1": false} {
		if ValidCode(s) != want {
			t.Errorf("ValidCode(%q) = %v, want %v", s, !want, want)
		}
	}
}

// TestStationGroup: without a group the files of customers' data are
// their owner's only; a group the user is in (its primary group, as root
// too) makes them 0640 and 0750 and of the group; one the user is not in
// is refused at its line (tried only as another user than root, who is in
// every group).
func TestStationGroup(t *testing.T) {
	if c := parse(t, "[station]\nname = \"x\"\n"); c.Station.Group != "" || c.Files != fileperm.Default() {
		t.Errorf("without a group: %q %+v, want the owner's only", c.Station.Group, c.Files)
	}
	if c := parse(t, "[station]\ngroup = \"\"\n"); c.Files != fileperm.Default() {
		t.Errorf("group \"\": %+v, want the owner's only", c.Files)
	}
	u, err := user.Current()
	if err != nil {
		t.Skip(err)
	}
	g, err := user.LookupGroupId(u.Gid)
	if err != nil {
		t.Skipf("the primary group %s has no name: %v", u.Gid, err)
	}
	gid, _ := strconv.Atoi(g.Gid)
	c := parse(t, "[station]\ngroup = "+strconv.Quote(g.Name)+"\n")
	if want := (fileperm.Modes{File: 0o640, Dir: 0o750, GID: gid}); c.Station.Group != g.Name || c.Files != want {
		t.Errorf("group %q: %q %+v, want %+v", g.Name, c.Station.Group, c.Files, want)
	}
	if os.Geteuid() == 0 {
		return
	}
	groups, _ := os.Getgroups()
	for _, name := range []string{"root", "wheel", "daemon", "bin", "sys", "adm"} {
		g, err := user.LookupGroup(name)
		if err != nil {
			continue
		}
		if gid, _ := strconv.Atoi(g.Gid); gid == os.Getegid() || slices.Contains(groups, gid) {
			continue
		}
		_, _, err = Parse("station.toml", "[station]\n\ngroup = "+strconv.Quote(name)+"\n")
		var e *Error
		if !errors.As(err, &e) || e.Kind != KindGroup || e.Line != 3 || e.Want != "member" || e.Got != u.Username {
			t.Errorf("group %q the user is not in: %#v", name, err)
		}
		return
	}
}

// TestErrors: every problem names its key and line, and Load gives nothing
// to run on.
func TestErrors(t *testing.T) {
	cases := []struct {
		name, text string
		line       int
		key        string
		kind       Kind
		msg        string
	}{
		{"unknown key", "[queue]\nlong_wait = \"15m\"\nlong_wiat = \"20m\"\n", 3, "queue.long_wiat", KindUnknownKey, "did you mean queue.long_wait"},
		{"unknown section", "[station]\nname = \"x\"\n\n[printer]\nwidth = 32\n", 4, "printer", KindUnknownKey, "unknown key"},
		{"unknown key in an entry", "[[queue.counters]]\nnumber = 1\ntypes = [\"A\"]\n[[queue.counters]]\nnumber = 2\ntype = [\"B\"]\n", 6, "queue.counters.type", KindUnknownKey, "did you mean queue.counters.types"},
		{"unknown key in a nested entry", "[[repair.devices]]\nkey = \"tablet\"\n[[repair.devices.accessories]]\nkey = \"pen\"\n[[repair.devices.accessories]]\nkey = \"case\"\ncolour = \"red\"\n", 7, "repair.devices.accessories.colour", KindUnknownKey, "unknown key"},
		{"unknown key in an inline table", "[station]\nname = \"x\"\n\n[print]\nwidth = 32\n[queue]\ntypes = [{code = \"A\", zh = \"送修\", nam = \"x\"}]\n", 7, "queue.types.nam", KindUnknownKey, "unknown key"},
		{"mistyped case", "[Station]\nname = \"x\"\n", 1, "Station", KindUnknownKey, "unknown key"},
		{"syntax", "[station]\nname = \"x\"\nphone = \"010\n", 3, "station.phone", KindSyntax, ""},
		{"duplicate key", "[station]\nname = \"x\"\nname = \"y\"\n", 3, "station.name", KindSyntax, ""},
		{"string for an int", "[queue]\nlong_wait = \"15m\"\npriority_ratio = \"3\"\n", 3, "queue.priority_ratio", KindType, "should be integer, the file has string"},
		{"float for an int", "[print]\nwidth = 80.0\n", 2, "print.width", KindType, "integer"},
		{"int for a string list", "[[queue.counters]]\nnumber = 1\ntypes = [1, 2]\n", 3, "queue.counters.types", KindType, "strings"},
		{"table for a scalar", "[station.name]\nfirst = \"x\"\n", 1, "station.name", KindType, "table"},
		{"scalar for a table", "station = \"x\"\n", 1, "station", KindType, "should be table"},
		{"bad duration", "\n[queue]\naway_hold = \"half an hour\"\n", 3, "queue.away_hold", KindDuration, `"half an hour" is not a duration`},
		{"number for a duration", "[repair]\nloaner_after = 4\n", 2, "repair.loaner_after", KindType, "duration"},
		{"unknown time zone", "[station]\ntime_zone = \"Asia/Beijing\"\n", 2, "station.time_zone", KindTimeZone, "Asia/Beijing"},
		{"empty time zone", "[station]\ntime_zone = \"\"\n", 2, "station.time_zone", KindTimeZone, ""},
		{"counter serving an unknown type", "[queue]\nlong_wait = \"15m\"\n\n[[queue.counters]]\nnumber = 1\ntypes = [\"A\", \"B\", \"C\", \"D\", \"E\"]\n", 1, "queue", KindInvalid, `counter 1 serves unknown type "E"`},
		{"type nobody serves", "[[queue.counters]]\nnumber = 1\ntypes = [\"A\", \"B\", \"C\"]\n", 1, "queue", KindInvalid, `no counter serves service type "D"`},
		{"repair rules refuse", "\n\n[repair]\nclaim_code_length = 0\n", 3, "repair", KindInvalid, ""},
		{"print width 40", "[print]\nwidth = 40\n", 2, "print.width", KindWidth, "40 is not a print width"},
		{"print kind unknown", "[print]\nkind = \"laser\"\n", 2, "print.kind", KindChoice, `"laser" is not one of: text, escpos`},
		{"escpos width 80", "[print]\nkind = \"escpos\"\nwidth = 80\n", 3, "print.width", KindPOSWidth, "32 (58 mm) or 48 (80 mm)"},
		{"text width 48", "[print]\nwidth = 48\n", 2, "print.width", KindWidth, "48 is not a print width"},
		{"escpos code page utf8", "[print]\nkind = \"escpos\"\ncode_page = \"utf-8\"\n", 3, "print.code_page", KindChoice, "gb18030, pc437"},
		{"escpos cut", "[print]\nkind = \"escpos\"\ncut = \"half\"\n", 3, "print.cut", KindChoice, "partial, full, none"},
		{"escpos device relative", "[print]\nkind = \"escpos\"\ndevice = \"usb/lp0\"\n", 3, "print.device", KindDevice, "host:port"},
		{"escpos device without a port", "[print]\nkind = \"escpos\"\ndevice = \"192.168.1.50\"\n", 3, "print.device", KindDevice, ""},
		{"escpos device port 0", "[print]\nkind = \"escpos\"\ndevice = \"printer:0\"\n", 3, "print.device", KindDevice, ""},
		{"kiosk ticket printer relative", "[print]\nticket = \"usb/lp1\"\n", 2, "print.ticket", KindDevice, "host:port"},
		{"display theme blue", "[display]\n\ntheme = \"blue\"\n", 3, "display.theme", KindTheme, `"blue" is not a display theme`},
		{"display theme in capitals", "[display]\ntheme = \"Dark\"\n", 2, "display.theme", KindTheme, `"Dark"`},
		{"ssh port too big", "[ssh]\nlisten = \":99999\"\n", 2, "ssh.listen", KindListen, `":99999" is not an address to listen on`},
		{"ssh port a word", "[ssh]\n\nlisten = \"station:ssh\"\n", 3, "ssh.listen", KindListen, ""},
		{"onsite day unknown", "[onsite]\ndays = [\"mon\", \"funday\"]\n", 2, "onsite.days", KindChoice, `"funday" is not a day`},
		{"onsite opens a word", "[onsite]\n\nopens = \"morning\"\n", 3, "onsite.opens", KindClock, `"morning" is not a time of day`},
		{"onsite closes before it opens", "\n[onsite]\nopens = \"18:00\"\ncloses = \"09:00\"\n", 2, "onsite", KindInvalid, "opening must come before closing"},
		{"onsite target past its cap", "[onsite]\non_site = \"4h\"\n", 1, "onsite", KindInvalid, "later than on_site_max"},
		{"ssh host with a space", "[ssh]\nlisten = \"my station\"\n", 2, "ssh.listen", KindListen, ""},
		{"display theme a number", "[display]\ntheme = 1\n", 2, "display.theme", KindType, "string"},
		{"voice repeat 0", "[voice]\nrepeat = 0\n", 2, "voice.repeat", KindVoice, "0 is out of range: 1 to 5"},
		{"voice volume 300", "[voice]\n\nvolume = 300\n", 3, "voice.volume", KindVoice, "0 to 200"},
		{"voice speed 20", "[voice]\nspeed = 20\n", 2, "voice.speed", KindVoice, "80 to 450"},
		{"voice mute a string", "[voice]\nmute = \"yes\"\n", 2, "voice.mute", KindType, "boolean"},
		{"voice command a list", "[voice]\ncommand = [\"say\"]\n", 2, "voice.command", KindType, "string"},
		{"voice unknown key", "[voice]\nrepeats = 3\n", 2, "voice.repeats", KindUnknownKey, "did you mean voice.repeat"},
		{"missing code", "[[queue.types]]\nzh = \"送修\"\n", 1, "queue.types.code", KindMissing, "missing"},
		{"pickup type not in the queue", "[queue]\nlong_wait = \"15m\"\npickup_type = \"P\"\n", 3, "queue.pickup_type", KindPickupType, `the pickup type "P" is not a service type`},
		{"default pickup type not in the types", "\n[[queue.types]]\ncode = \"A\"\nzh = \"送修\"\n\n[[queue.counters]]\nnumber = 1\ntypes = [\"A\"]\n\n[repair]\nintake_types = [\"A\"]\n", 2, "queue.pickup_type", KindPickupType, `"B" is not a service type`},
		{"empty pickup type", "[queue]\npickup_type = \"\"\n", 2, "queue.pickup_type", KindPickupType, `""`},
		{"intake type not in the queue", "[repair]\nintake_types = [\"A\", \"X\"]\n", 2, "repair.intake_types", KindIntakeType, `"X" is not a service type`},
		{"empty name", "[station]\nname = \" \"\n", 2, "station.name", KindEmpty, "empty"},
		{"empty station code", "[station]\ncode = \"\"\n", 2, "station.code", KindCode, `"" is not a station code`},
		{"station code with a space", "[station]\nname = \"x\"\ncode = \"SH 001\"\n", 3, "station.code", KindCode, `"SH 001" is not a station code`},
		{"station code in Chinese", "[station]\ncode = \"上海一站\"\n", 2, "station.code", KindCode, "letters, digits"},
		{"station code too long", "[station]\ncode = \"" + strings.Repeat("A", MaxCode+1) + "\"\n", 2, "station.code", KindCode, "1 to 32"},
		{"station group that does not exist", "[station]\nname = \"x\"\n\ngroup = \"frontdesk-no-such-group\"\n", 4, "station.group", KindGroup, `no group "frontdesk-no-such-group"`},
		{"first error wins", "[print]\nwidth = 40\n[queue]\nlong_wait = \"x\"\n[station]\nnmae = \"x\"\n", 4, "queue.long_wait", KindDuration, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), FileName)
			if err := os.WriteFile(path, []byte(c.text), 0o644); err != nil {
				t.Fatal(err)
			}
			cfg, _, err := Load(path)
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("Load: %v, want an *Error", err)
			}
			if e.Path != path || e.Line != c.line || e.Key != c.key || e.Kind != c.kind || !strings.Contains(e.Msg, c.msg) {
				t.Fatalf("got %+v\nwant line %d key %q kind %s msg %q", *e, c.line, c.key, c.kind, c.msg)
			}
			prefix := path + ":"
			if c.line > 0 {
				prefix += strconv.Itoa(c.line) + ":"
			}
			if !strings.HasPrefix(e.Error(), prefix) || c.key != "" && !strings.Contains(e.Error(), ": "+c.key+": ") {
				t.Errorf("Error() = %q", e.Error())
			}
			if !reflect.DeepEqual(cfg, Config{}) {
				t.Error("a configuration came back with the error")
			}
		})
	}
}

func TestUnreadableFile(t *testing.T) {
	dir := t.TempDir()
	_, _, err := Load(dir) // a directory
	var e *Error
	if !errors.As(err, &e) || e.Kind != KindRead || e.Path != dir {
		t.Fatalf("%v", err)
	}
}

// TestEncode: the configuration in effect says where it came from and which
// keys the file set, and reads back to itself.
func TestEncode(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	text := "[station]\nname = \"同创\"\n\n[queue]\npriority_ratio = 5\npickup_type = \"A\"\n\n[[queue.types]]\ncode = \"A\"\nzh = \"送修\"\n\n[[queue.counters]]\nnumber = 1\ntypes = [\"A\"]\n\n[repair]\nintake_types = [\"A\"]\n\n[print]\ndir = \"slips\"\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	c, src, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if c.Print.Dir != filepath.Join(dir, "slips") {
		t.Errorf("print.dir %q is not taken from the file's directory", c.Print.Dir)
	}
	var b bytes.Buffer
	if err := c.Encode(&b, src); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"# from the file " + path,
		`name = "同创"  # from the file`,
		`phone = "400-000-0000"  # default`,
		"priority_ratio = 5  # from the file",
		`pickup_type = "A"  # from the file`,
		`long_wait = "15m"  # default`,
		"[[queue.types]]: from the file",
		"[[repair.devices]]: default (not in the file)",
		"width = 80  # default",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	same(t, parse(t, out), c)

	b.Reset()
	if err := Default().Encode(&b, Source{Path: path}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "# built-in defaults, no file at "+path) {
		t.Errorf("header: %s", b.String()[:200])
	}
	same(t, parse(t, b.String()), Default())
}

func TestQuote(t *testing.T) {
	c := Default()
	c.Station.Name = "a \"quoted\" \\ name\twith\ncontrol \x01 chars, 中文"
	var b bytes.Buffer
	if err := c.Encode(&b, Source{}); err != nil {
		t.Fatal(err)
	}
	same(t, parse(t, b.String()), c)
}

func TestPathFor(t *testing.T) {
	t.Setenv(EnvVar, "")
	if got := PathFor("", "/srv/station/frontdesk.db"); got != "/srv/station/frontdesk.toml" {
		t.Errorf("beside the database: %s", got)
	}
	t.Setenv(EnvVar, "/etc/frontdesk.toml")
	if got := PathFor("", "/srv/station/frontdesk.db"); got != "/etc/frontdesk.toml" {
		t.Errorf("environment: %s", got)
	}
	if got := PathFor("my.toml", "/srv/station/frontdesk.db"); got != "my.toml" {
		t.Errorf("flag: %s", got)
	}
}

func TestInit(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new", "station")
	path := filepath.Join(dir, FileName)
	if err := Init(path); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil || string(b) != DefaultFile() {
		t.Fatalf("written file differs: %v", err)
	}
	if err := os.WriteFile(path, []byte("[station]\nname = \"mine\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Init(path); !errors.Is(err, ErrExists) {
		t.Fatalf("second Init: %v", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "[station]\nname = \"mine\"\n" {
		t.Error("Init replaced the file")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
}

func TestLineIndex(t *testing.T) {
	x := scanLines(`# comment
[station]   # the station
name = "a # not a comment"
"quoted.key" = 1
multi = """
line
"""
list = [
  1,
  2,
]

[[queue.types]]
code = "A"
[[queue.types]]
code = 'B'
[[repair.devices]]
key = "x"
  [[repair.devices.accessories]]
  key = "y"
  [[repair.devices.accessories]]
  key = "z"
[[repair.devices]]
  [[repair.devices.accessories]]
  key = "w"
[queue]
inline = { a = 1, b = [2, 3] }
after = 2
dotted.key = 3
`)
	for path, line := range map[string]int{
		"station": 2, "station.name": 3, "station.quoted.key": 4, "station.multi": 5, "station.list": 8,
		"queue.types[0]": 13, "queue.types[0].code": 14, "queue.types[1].code": 16,
		"repair.devices[0].key": 18, "repair.devices[0].accessories[1].key": 22,
		"repair.devices[1].accessories[0].key": 25, "queue.inline": 27, "queue.after": 28, "queue.dotted.key": 29,
	} {
		if got := x.find(path); got != line {
			t.Errorf("%s: line %d, want %d", path, got, line)
		}
	}
	if got := x.find("queue.inline.b"); got != 27 {
		t.Errorf("inside an inline table: %d", got)
	}
	if got := x.first("repair"); got != 17 {
		t.Errorf("first repair: %d", got)
	}
}

// FuzzParse: any text is a configuration or an *Error, never a panic; a
// configuration accepted encodes to a file that reads back to itself.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"", DefaultFile(), "[station]\nname = \"x\"\n", "[queue]\nlong_wait = \"15 m\"\n",
		"[queue]\npickup_type = \"A\"\n[[queue.types]]\ncode = \"A\"\nzh = \"送修\"\n[[queue.counters]]\nnumber = 1\ntypes = [\"A\"]\n[repair]\nintake_types = [\"A\"]\n",
		"a = { b = [1, {c = 2}] }\n", "x = \"\"\"\n[y]\n\"\"\"\n[[z]]\n", "[print]\nwidth = 32\ndir = 'a\\b'\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		c, _, err := Parse("f.toml", text)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Path != "f.toml" || e.Line < 0 {
				t.Fatalf("%T %v", err, err)
			}
			return
		}
		var b bytes.Buffer
		if err := c.Encode(&b, Source{}); err != nil {
			t.Fatal(err)
		}
		same(t, parse(t, b.String()), c)
	})
}

func TestESCPOSPrinterLoadsWithItsOwnDefaultWidth(t *testing.T) {
	for text, want := range map[string]Print{
		"[print]\nkind = \"escpos\"\ndevice = \"/dev/usb/lp0\"\n":                                                         {Kind: PrintESCPOS, Device: "/dev/usb/lp0", Width: WidthNarrow, CodePage: "gb18030", Cut: "partial"},
		"[print]\nkind = \"escpos\"\ndevice = \"192.168.1.50:9100\"\nwidth = 48\ncut = \"none\"\ncode_page = \"pc437\"\n": {Kind: PrintESCPOS, Device: "192.168.1.50:9100", Width: Width80mm, CodePage: "pc437", Cut: "none"},
		"[print]\nkind = \"escpos\"\ncommand = \"lp -d pos -o raw\"\n":                                                    {Kind: PrintESCPOS, Command: "lp -d pos -o raw", Width: WidthNarrow, CodePage: "gb18030", Cut: "partial"},
		"[print]\ncommand = \"lp\"\n": {Kind: PrintText, Command: "lp", Width: WidthWide, CodePage: "gb18030", Cut: "partial"},
	} {
		c, _, err := Parse("f.toml", text)
		if err != nil {
			t.Fatalf("%q: %v", text, err)
		}
		if c.Print != want {
			t.Errorf("%q:\n got %+v\nwant %+v", text, c.Print, want)
		}
		if !c.Print.Configured() {
			t.Errorf("%q: not configured", text)
		}
	}
	if Default().Print.Configured() {
		t.Error("the default prints")
	}
	// A device is the ESC/POS printer's: a text printer with one prints nothing.
	if (Print{Kind: PrintText, Device: "/dev/usb/lp0"}).Configured() {
		t.Error("a text printer with a device is configured")
	}
}

// TestSSHAddr: the listen setting with its port, the default when it
// names a host alone; off when empty.
func TestSSHAddr(t *testing.T) {
	for in, want := range map[string]string{
		"": "", ":23234": ":23234", "192.168.1.10": "192.168.1.10:23234",
		"192.168.1.10:2222": "192.168.1.10:2222", "::1": "[::1]:23234", "[::1]:22": "[::1]:22",
	} {
		if got := (SSH{Listen: in}).Addr(); got != want {
			t.Errorf("listen %q: %q, want %q", in, got, want)
		}
	}
}
