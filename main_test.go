package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// frontdesk runs the command line in-process and returns exit code and output.
func frontdesk(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	t.Setenv("FRONTDESK_CONFIG", "") // the file beside the test's database, not the developer's
	if db := dbArg(args); db != "" {
		t.Cleanup(func() { stopOwner(t, db) })
	}
	var out, errOut bytes.Buffer
	code := run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestTakeCallStatusJSON(t *testing.T) {
	db := filepath.Join(t.TempDir(), "station.db")
	if code, out, e := frontdesk(t, "--db", db, "take", "a", "--json"); code != 0 || !strings.Contains(out, `"number": "A001"`) {
		t.Fatalf("take: %d %s %s", code, out, e)
	}
	code, out, _ := frontdesk(t, "call", "--counter", "1", "--db", db, "--lang", "zh")
	if code != 0 || !strings.Contains(out, "请排队号为A001号的用户到1号接待台来,我们将为您服务,谢谢!") {
		t.Fatalf("call: %d %s", code, out)
	}
	// Nobody left: the keypad is told so, the counter's ticket is finished.
	code, out, _ = frontdesk(t, "--db", db, "--lang", "en", "call", "--counter", "1")
	if code != 0 || !strings.Contains(out, "nobody is waiting") {
		t.Fatalf("call with nobody waiting: %d %s", code, out)
	}
	code, out, _ = frontdesk(t, "--db", db, "status", "--json")
	if code != 0 || !strings.Contains(out, `"issued_today": 1`) || !strings.Contains(out, `"finished_today": 1`) {
		t.Fatalf("status: %d %s", code, out)
	}
}

// TestBadInput is the list: each case answers with a clear message
// in the user's language and a non-zero exit, and loses nothing.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "station.db")
	if code, _, e := frontdesk(t, "--db", db, "take", "A"); code != 0 {
		t.Fatal(e)
	}
	saved, _ := os.ReadFile(db)

	garbage := filepath.Join(dir, "notes.txt")
	notes := []byte("这不是数据库 — just somebody's notes\n")
	if err := os.WriteFile(garbage, notes, 0o644); err != nil {
		t.Fatal(err)
	}

	cases := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"unknown type", []string{"--db", db, "take", "Z"}, 2, "没有这个服务类型:\"Z\"(可用:A B C D)"},
		{"unknown type en", []string{"--db", db, "--lang", "en", "take", "Z"}, 2, "No such service type"},
		{"no type", []string{"--db", db, "take"}, 2, "take 需要一个服务类型"},
		{"unknown counter", []string{"--db", db, "call", "--counter", "9"}, 2, "没有这个接待台:9(可用:1 2 3 4)"},
		{"counter zero", []string{"--db", db, "call"}, 2, "call 需要接待台号"},
		{"desk unknown counter", []string{"--db", db, "desk", "--counter", "7"}, 2, "没有这个接待台"},
		{"bad flag", []string{"--db", db, "take", "A", "--colour"}, 2, "选项有误"},
		{"unknown command", []string{"--db", db, "frobnicate"}, 2, "没有这个命令:frobnicate"},
		{"not a database", []string{"--db", garbage, "status"}, 1, garbage + " 不是 frontdesk 数据库(文件未被改动)"},
		{"unwritable directory", []string{"--db", "/proc/frontdesk/station.db", "take", "A"}, 1, "无法写入数据库 /proc/frontdesk/station.db"},
		{"close-day without reason", []string{"--db", db, "close-day"}, 1, "需要填写原因"},
		{"demo on a used database", []string{"--db", db, "demo"}, 1, "数据库今天已有号"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, e := frontdesk(t, c.args...)
			if code != c.code || !strings.Contains(e, c.want) {
				t.Fatalf("exit %d (want %d), stderr:\n%s\nwant %q", code, c.code, e, c.want)
			}
		})
	}
	if b, _ := os.ReadFile(garbage); !bytes.Equal(b, notes) {
		t.Error("the file that is not a database was changed")
	}
	if b, _ := os.ReadFile(db); len(b) < len(saved) {
		t.Error("the database shrank")
	}
	if code, out, _ := frontdesk(t, "--db", db, "status", "--json"); code != 0 || !strings.Contains(out, `"issued_today": 1`) {
		t.Errorf("the saved ticket is gone: %s", out)
	}
}

// TestLockedDatabase: another program holds the database longer than the
// timeout. The command gives up after the timeout, names the file, and the
// database is intact afterwards.
func TestLockedDatabase(t *testing.T) {
	db := filepath.Join(t.TempDir(), "station.db")
	if code, _, e := frontdesk(t, "--db", db, "take", "A"); code != 0 {
		t.Fatal(e)
	}
	stopOwner(t, db)
	f, err := os.OpenFile(db, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// bbolt's own lock on the file, as a hung program would hold it.
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		t.Fatal(err)
	}
	code, _, e := frontdesk(t, "--db", db, "--timeout", "300ms", "take", "A")
	if code != 1 || !strings.Contains(e, "数据库 "+db+" 被另一个程序占用超过 300ms") {
		t.Fatalf("exit %d, stderr %s", code, e)
	}
	_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
	if code, out, _ := frontdesk(t, "--db", db, "take", "A", "--json"); code != 0 || !strings.Contains(out, "A002") {
		t.Fatalf("after the lock is released: %d %s", code, out)
	}
}

func TestHelpAndLanguage(t *testing.T) {
	if code, out, _ := frontdesk(t, "--help", "--lang", "en"); code != 0 || !strings.Contains(out, "Usage: frontdesk") {
		t.Fatalf("help: %d %s", code, out)
	}
	t.Setenv("LANG", "en_US.UTF-8")
	if code, out, _ := frontdesk(t, "help"); code != 0 || !strings.Contains(out, "Usage") {
		t.Fatalf("LANG=en: %d %s", code, out)
	}
	t.Setenv("LANG", "")
	t.Setenv("LC_ALL", "")
	if code, out, _ := frontdesk(t, "help"); code != 0 || !strings.Contains(out, "用法") {
		t.Fatalf("default must be Chinese: %d %s", code, out)
	}
}

func TestSplitCommand(t *testing.T) {
	for _, c := range []struct {
		args []string
		name string
		rest string
	}{
		{nil, "desk", ""},
		{[]string{"--counter", "2", "--engineer", "李工"}, "desk", "--counter 2 --engineer 李工"},
		{[]string{"--db", "x.db", "take", "A"}, "take", "--db x.db A"},
		{[]string{"call", "--counter", "3"}, "call", "--counter 3"},
		{[]string{"--db=x.db", "display"}, "display", "--db=x.db"},
	} {
		name, rest := splitCommand(c.args)
		if name != c.name || strings.Join(rest, " ") != c.rest {
			t.Errorf("splitCommand(%q) = %q %q", c.args, name, rest)
		}
	}
}

func TestBackupCheckRestore(t *testing.T) {
	dir := t.TempDir()
	db, copy := filepath.Join(dir, "station.db"), filepath.Join(dir, "copy.db")
	frontdesk(t, "--db", db, "take", "A")
	if code, out, e := frontdesk(t, "--db", db, "backup", copy); code != 0 || !strings.Contains(out, "1 张号") {
		t.Fatalf("backup: %d %s %s", code, out, e)
	}
	frontdesk(t, "--db", db, "take", "A")
	if code, out, e := frontdesk(t, "--db", db, "check", copy); code != 0 || !strings.Contains(out, "完好") {
		t.Fatalf("check: %d %s %s", code, out, e)
	}
	if code, _, e := frontdesk(t, "--db", db, "restore", filepath.Join(dir, "missing.db")); code == 0 {
		t.Fatalf("restore of a missing file succeeded: %s", e)
	}
	// Not asked on a terminal and not confirmed: refused, nothing changed.
	if code, out, e := frontdesk(t, "--db", db, "restore", copy); code != 1 || !strings.Contains(out, "号票 1 张:A002") || !strings.Contains(e, "--yes") {
		t.Fatalf("restore without --yes: %d %s %s", code, out, e)
	}
	if code, out, _ := frontdesk(t, "--db", db, "status", "--json"); code != 0 || !strings.Contains(out, `"issued_today": 2`) {
		t.Fatalf("after a refused restore: %s", out)
	}
	if code, _, e := frontdesk(t, "--db", db, "restore", "--yes", copy); code != 0 {
		t.Fatalf("restore: %s", e)
	}
	if code, out, _ := frontdesk(t, "--db", db, "status", "--json"); code != 0 || !strings.Contains(out, `"issued_today": 1`) {
		t.Fatalf("after restore: %s", out)
	}
	if code, _, e := frontdesk(t, "--db", db, "backup"); code == 0 || !strings.Contains(e, "需要一个文件名") {
		t.Fatalf("backup without a file: %d %s", code, e)
	}
}

// TestConfigCommand: `config` shows the configuration in effect and where it
// came from; --defaults prints a file that loads; --init writes it once.
func TestConfigCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "station.db")
	file := filepath.Join(dir, "frontdesk.toml")

	code, out, e := frontdesk(t, "--db", db, "config")
	if code != 0 || !strings.Contains(out, "built-in defaults, no file at "+file) ||
		!strings.Contains(out, "[station]") || !strings.Contains(out, `long_wait = "15m"  # default`) {
		t.Fatalf("config without a file: %d %s %s", code, out, e)
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Error("config created the database")
	}

	code, out, _ = frontdesk(t, "config", "--defaults")
	if code != 0 || !strings.Contains(out, "[[queue.counters]]") {
		t.Fatalf("config --defaults: %d %s", code, out)
	}
	other := filepath.Join(dir, "copy.toml")
	if err := os.WriteFile(other, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, e := frontdesk(t, "--db", db, "--config", other, "config"); code != 0 || !strings.Contains(out, "# from the file "+other) {
		t.Fatalf("the printed defaults do not load: %d %s %s", code, out, e)
	}

	if code, out, e := frontdesk(t, "--db", db, "config", "--init"); code != 0 || !strings.Contains(out, file) {
		t.Fatalf("config --init: %d %s %s", code, out, e)
	}
	written, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	code, _, e = frontdesk(t, "--db", db, "config", "--init")
	if code != 1 || !strings.Contains(e, file+" 已存在") {
		t.Fatalf("second config --init: %d %s", code, e)
	}
	if again, _ := os.ReadFile(file); !bytes.Equal(again, written) {
		t.Error("the second --init changed the file")
	}
	if code, out, _ := frontdesk(t, "--db", db, "config"); code != 0 || !strings.Contains(out, "# from the file "+file) {
		t.Fatalf("config with the file: %d %s", code, out)
	}
	if code, _, _ := frontdesk(t, "--db", db, "config", "--defaults", "--init"); code != 2 {
		t.Errorf("--defaults --init: exit %d", code)
	}
	if code, _, _ := frontdesk(t, "--db", db, "config", "extra"); code != 2 {
		t.Errorf("config extra: exit %d", code)
	}
}

// TestConfigUsed: the file's queue is the one commands run on.
func TestConfigUsed(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "station.db")
	file := "[queue]\npickup_type = \"A\"\n\n[[queue.types]]\ncode = \"A\"\nzh = \"送修\"\n\n[[queue.types]]\ncode = \"E\"\nzh = \"以旧换新\"\nen = \"Trade-in\"\n\n" +
		"[[queue.counters]]\nnumber = 5\ntypes = [\"E\", \"A\"]\n\n[repair]\nintake_types = [\"A\"]\n"
	if err := os.WriteFile(filepath.Join(dir, "frontdesk.toml"), []byte(file), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, e := frontdesk(t, "--db", db, "--lang", "en", "take", "E"); code != 0 || !strings.Contains(out, "E001 (Trade-in)") {
		t.Fatalf("take E: %d %s %s", code, out, e)
	}
	if code, _, e := frontdesk(t, "--db", db, "take", "D"); code != 2 || !strings.Contains(e, "可用:A E") {
		t.Fatalf("take D: %d %s", code, e)
	}
	if code, out, e := frontdesk(t, "--db", db, "call", "--counter", "5"); code != 0 || !strings.Contains(out, "E001") {
		t.Fatalf("call at counter 5: %d %s %s", code, out, e)
	}
	if code, _, e := frontdesk(t, "--db", db, "desk", "--counter", "1"); code != 2 || !strings.Contains(e, "可用:5") {
		t.Fatalf("desk at a counter the file does not have: %d %s", code, e)
	}
}

// TestBrokenConfig: nothing starts on half a configuration. Every command
// reports the file, line and key in the user's language, exits 1 and leaves
// the database alone (here: not even created).
func TestBrokenConfig(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "station.db")
	file := filepath.Join(dir, "frontdesk.toml")
	if err := os.WriteFile(file, []byte("[station]\nname = \"同创\"\n\n[queue]\npriority_ratio = \"3\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"status"},
		{"take", "A"},
		{"call", "--counter", "1"},
		{"desk"},
		{"display"},
		{"kiosk"},
		{"desk", "--counter", "1"},
		{"close-day", "--reason", "x"},
		{"check"},
		{"backup", filepath.Join(dir, "b.db")},
		{"config"},
	} {
		code, out, e := frontdesk(t, append([]string{"--db", db}, args...)...)
		want := "配置文件 " + file + " 第 5 行,queue.priority_ratio:应为整数,文件里是字符串"
		if code != 1 || !strings.Contains(e, want) || out != "" {
			t.Errorf("%q: exit %d, stdout %q, stderr:\n%s\nwant %q", args, code, out, e, want)
		}
		if args[0] != "config" && !strings.Contains(e, "未启动任何程序") {
			t.Errorf("%q: stderr does not say nothing started: %s", args, e)
		}
		if _, err := os.Stat(db); !os.IsNotExist(err) {
			t.Fatalf("%q: the database was created on a broken configuration", args)
		}
	}
	code, _, e := frontdesk(t, "--db", db, "--lang", "en", "status")
	if code != 1 || !strings.Contains(e, "Configuration file "+file+", line 5, queue.priority_ratio: should be a whole number, the file has a string") ||
		!strings.Contains(e, "Nothing was started") {
		t.Fatalf("en: %d %s", code, e)
	}

	// --config names another file; a syntax error has its line too.
	bad := filepath.Join(dir, "bad.toml")
	if err := os.WriteFile(bad, []byte("[print]\nwidth = 32\ncommand = \"lp\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, e := frontdesk(t, "--db", db, "take", "A", "--config", bad); code != 1 || !strings.Contains(e, bad+" 第 3 行") {
		t.Fatalf("syntax: %d %s", code, e)
	}
	t.Setenv("FRONTDESK_CONFIG", bad)
	var out, errOut bytes.Buffer
	if code := run([]string{"--db", db, "status"}, &out, &errOut); code != 1 || !strings.Contains(errOut.String(), bad) {
		t.Fatalf("FRONTDESK_CONFIG: %d %s", code, errOut.String())
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Fatal("the database was created on a broken configuration")
	}
}

func TestNamedConfigMustExist(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "s.db")
	code, _, errOut := frontdesk(t, "--db", db, "--config", filepath.Join(dir, "typo.toml"), "status")
	if code != 1 || !strings.Contains(errOut, "typo.toml") {
		t.Fatalf("a missing --config file: exit %d, %q", code, errOut)
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Error("the database was created on a missing configuration")
	}
	// Without a name, no file next to the database means the defaults.
	if code, out, errOut := frontdesk(t, "--db", db, "status"); code != 0 {
		t.Fatalf("defaults: exit %d %s %s", code, out, errOut)
	}
}

// TestCommandsSayWhatIsMissing: a command typed without what it needs
// says what, with an example and the choices, and exits 2; a language
// that is not there is refused, not ignored; --help is an answer (stdout,
// exit 0), not a usage error.
func TestCommandsSayWhatIsMissing(t *testing.T) {
	db := filepath.Join(t.TempDir(), "station.db")
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"take"}, 2, "take 需要一个服务类型,例如 frontdesk take A(可用:A B C D)"},
		{[]string{"call"}, 2, "call 需要接待台号,例如 frontdesk call --counter 3(可用:1 2 3 4)"},
		{[]string{"--lang", "en", "call"}, 2, "call needs a counter"},
		{[]string{"--lang", "fr", "status"}, 2, "不支持的语言“fr”"},
		{[]string{"take", "--help"}, 0, "-priority"},
		{[]string{"restore", "--help"}, 0, "-yes"},
	} {
		code, out, e := frontdesk(t, append([]string{"--db", db}, c.args...)...)
		if code != c.code || !strings.Contains(out+e, c.want) {
			t.Errorf("%q: exit %d, want %d with %q:\n%s%s", c.args, code, c.code, c.want, out, e)
		}
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Error("a command typed wrongly created the database")
	}
}
