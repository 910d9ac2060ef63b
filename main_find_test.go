package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/tui/i18n"
)

// TestDemoOrdersAndFind: `demo --orders N` writes a history of repair
// orders and says so; `find` finds them by number, claim code, phone and
// name, in the user's language or as JSON, and says when nothing is found.
func TestDemoOrdersAndFind(t *testing.T) {
	db := filepath.Join(t.TempDir(), "station.db")
	code, out, e := frontdesk(t, "--db", db, "demo", "--orders", "300")
	if code != 0 || !strings.Contains(out, "已生成 300 张维修单(40 张未结)") || !strings.Contains(out, "已生成演示上午") {
		t.Fatalf("demo --orders: %d %s %s", code, out, e)
	}
	// The orders are there once: a second demo is refused before it writes.
	if code, _, e := frontdesk(t, "--db", db, "demo", "--orders", "10"); code != 1 || !strings.Contains(e, "今天已有号") {
		t.Errorf("demo again: %d %s", code, e)
	}

	st, err := store.Open(store.Options{Path: db, Queue: queue.DefaultConfig()})
	if err != nil {
		t.Fatal(err)
	}
	o, ok, err := st.Order(300) // the newest, first in every list it is in
	if !ok || err != nil {
		t.Fatalf("order 300: %v %v", ok, err)
	}
	var dealt repair.Order // the newest order a dealer brought
	for id := uint64(300); id > 0 && dealt.Intake.Dealer == ""; id-- {
		if dealt, _, err = st.Order(id); err != nil {
			t.Fatal(err)
		}
	}
	st.Close() // the commands' owner holds the file from here
	code, out, _ = frontdesk(t, "--db", db, "find", strings.ToLower(o.Number))
	received := o.Received.In(queue.DefaultConfig().Location).Format("2006-01-02 15:04")
	state := i18n.New("zh").T("order.state." + string(o.State)) // the desk's word for it
	if strings.HasPrefix(state, "[") {
		t.Fatalf("no word for the state %s", o.State)
	}
	for _, want := range []string{"找到 1 张维修单", o.Number, state, o.Intake.Name, o.Intake.Phone, o.Intake.Brand, received} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("find by number: %d, %q not in\n%s", code, want, out)
		}
	}
	if code, out, _ := frontdesk(t, "--db", db, "--lang", "en", "find", repair.FormatClaim(o.Claim)); code != 0 ||
		!strings.Contains(out, "1 repair orders") || !strings.Contains(out, o.Number) {
		t.Errorf("find by claim code in English: %d %s", code, out)
	}
	phone := strings.ReplaceAll(o.Intake.Phone, "-", "")
	code, out, _ = frontdesk(t, "--db", db, "find", phone[len(phone)-4:], "--json", "--limit", "2")
	var found []repair.Order
	if code != 0 || json.Unmarshal([]byte(out), &found) != nil || len(found) == 0 || len(found) > 2 ||
		found[0].Number != o.Number || found[0].Claim != o.Claim {
		t.Errorf("find by the last 4 digits: %d %s", code, out)
	}
	name := strings.Fields(o.Intake.Name) // "Li Lei" given as two words
	if code, out, _ := frontdesk(t, append([]string{"--db", db, "find"}, name...)...); code != 0 || !strings.Contains(out, o.Number) {
		t.Errorf("find by name %q: %d %s", o.Intake.Name, code, out)
	}

	// Part of the number: its month without the "R", newest first; the
	// day's sequence, which orders of hundreds of days share, with how
	// many more; part of the dealer's name.
	if code, out, _ := frontdesk(t, "--db", db, "find", o.Number[1:5]); code != 0 || !strings.Contains(out, "  "+o.Number+" ") {
		t.Errorf("find by the month %s: %d %s", o.Number[1:5], code, out)
	}
	code, out, _ = frontdesk(t, "--db", db, "find", "0001")
	if lines := strings.Split(strings.TrimSpace(out), "\n"); code != 0 || len(lines) != 12 || !strings.HasSuffix(strings.Fields(lines[1])[0], "0001") ||
		!strings.Contains(lines[11], "另有至少") {
		t.Errorf("find by the sequence 0001: %d\n%s", code, out)
	}
	if dealt.Intake.Dealer == "" {
		t.Fatal("the demo has no order a dealer brought")
	}
	part := string([]rune(dealt.Intake.Dealer)[3:6]) // "电脑城" of "中关村电脑城 A 区 12 号"
	if code, out, _ := frontdesk(t, "--db", db, "--lang", "en", "find", part); code != 0 || !strings.Contains(out, dealt.Number) {
		t.Errorf("find by the dealer's %q: %d %s", part, code, out)
	}

	// Nothing found: said, exit 1; with --json an empty array.
	if code, out, e := frontdesk(t, "--db", db, "find", "赵钱孙李周吴郑王"); code != 1 || out != "" || !strings.Contains(e, "没有找到与“赵钱孙李周吴郑王”相符的维修单") {
		t.Errorf("nothing found: %d %q %q", code, out, e)
	}
	if code, out, _ := frontdesk(t, "--db", db, "find", "赵钱孙李周吴郑王", "--json"); code != 1 || strings.TrimSpace(out) != "[]" {
		t.Errorf("nothing found, JSON: %d %q", code, out)
	}
	// No query, or a bad flag: usage, exit 2.
	if code, _, e := frontdesk(t, "--db", db, "find"); code != 2 || !strings.Contains(e, "用法: frontdesk find") {
		t.Errorf("find without a query: %d %s", code, e)
	}
	if code, _, _ := frontdesk(t, "--db", db, "find", "x", "--limit", "many"); code != 2 {
		t.Errorf("find --limit many: %d", code)
	}
}

// TestFindHostile: a query or a stored name with escape sequences and
// control characters never reaches the terminal as such.
func TestFindHostile(t *testing.T) {
	db := filepath.Join(t.TempDir(), "station.db")
	st, err := store.Open(store.Options{Path: db, Queue: queue.DefaultConfig()})
	if err != nil {
		t.Fatal(err)
	}
	// An import may carry what no intake lets through.
	o := repair.Order{
		Number: "R2506010001", Claim: "HOSTILE1", Received: time.Now().Add(-time.Hour),
		Intake: repair.Intake{Name: "张\x1b[2J\x1b]0;pwned\x07伟", Phone: "13800138000", Brand: "联想\u202e", Model: "X1\r\n"},
	}
	if err := st.BulkOrders([]repair.Order{o}); err != nil {
		t.Fatal(err)
	}
	st.Close() // the commands' owner holds the file from here
	// Made-up orders never join real ones.
	if code, _, e := frontdesk(t, "--db", db, "demo", "--orders", "5"); code != 1 || !strings.Contains(e, "已有 1 张维修单") {
		t.Errorf("demo --orders on a database with orders: %d %s", code, e)
	}
	if st, err = store.Open(store.Options{Path: db, Queue: queue.DefaultConfig()}); err != nil {
		t.Fatal(err)
	}
	if last, _ := st.LastOrderID(); last != 1 {
		t.Errorf("the refused demo wrote orders: last id %d", last)
	}
	st.Close()
	for _, args := range [][]string{
		{"find", "13800138000"},
		{"find", "\x1b[31m张"},
		{"find", "\x1b]0;title\x07"},
		{"find", "张\x00伟"},
		{"find", strings.Repeat("\x1b[2J", 3000)},
		{"find", "\xff\xfe"},
	} {
		code, out, e := frontdesk(t, append([]string{"--db", db}, args...)...)
		if strings.ContainsAny(out+e, "\x1b\x07\x00\u202e\r") {
			t.Errorf("%q: the terminal gets control characters:\n%q\n%q", args, out, e)
		}
		if args[1] == "13800138000" {
			if code != 0 || !strings.Contains(out, "张]0;pwned伟") && !strings.Contains(out, "张伟") {
				t.Errorf("the hostile name was not found or not shown: %d %q", code, out)
			}
		} else if code != 1 {
			t.Errorf("%q: exit %d, %q", args, code, e)
		}
	}
}

// TestUpgradeIsAnnounced: a database of an older schema is upgraded by the
// first command that opens it, which first says so (on a million orders it
// takes most of a minute), and finds its orders afterwards; the next
// command says nothing.
func TestUpgradeIsAnnounced(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("store", "testdata", "v3.bbolt"))
	if err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "station.db")
	if err := os.WriteFile(db, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, e := frontdesk(t, "--db", db, "find", "王芳")
	if code != 0 || !strings.Contains(out, "R2506020003") || !strings.Contains(e, "正在升级数据库 "+db+fmt.Sprintf("(版本 3 → %d)", store.SchemaVersion())) {
		t.Fatalf("first command on a version 3 file: %d\n%s\n%s", code, out, e)
	}
	if code, out, e := frontdesk(t, "--lang", "en", "--db", db, "find", "王芳"); code != 0 || e != "" || !strings.Contains(out, "picked up") {
		t.Errorf("second command: %d\n%s\n%s", code, out, e)
	}
}
