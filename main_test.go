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
		{"no type", []string{"--db", db, "take"}, 2, "没有这个服务类型"},
		{"unknown counter", []string{"--db", db, "call", "--counter", "9"}, 2, "没有这个接待台:9(可用:1 2 3 4)"},
		{"counter zero", []string{"--db", db, "call"}, 2, "没有这个接待台"},
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
	if code, _, e := frontdesk(t, "--db", db, "restore", copy); code != 0 {
		t.Fatalf("restore: %s", e)
	}
	if code, out, _ := frontdesk(t, "--db", db, "status", "--json"); code != 0 || !strings.Contains(out, `"issued_today": 1`) {
		t.Fatalf("after restore: %s", out)
	}
	if code, _, e := frontdesk(t, "--db", db, "backup"); code == 0 || !strings.Contains(e, "需要一个文件名") {
		t.Fatalf("backup without a file: %d %s", code, e)
	}
}
