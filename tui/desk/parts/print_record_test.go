package parts_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"frontdesk/config"
	"frontdesk/onsite"
	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/desk/parts"
	"frontdesk/tui/slip"
)

// recorder is a print command that writes what it is given to a file, and
// that file.
func recorder(t *testing.T) (command, out string) {
	t.Helper()
	dir := t.TempDir()
	out = filepath.Join(dir, "printed")
	cmd := filepath.Join(dir, "print.sh")
	if err := os.WriteFile(cmd, []byte("#!/bin/sh\ncat > \"$1\"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	return cmd + " " + out, out
}

func request() onsite.Request {
	at := desktest.Fixed.Add(-3 * time.Hour).UTC()
	return onsite.Request{
		ID: 4, Number: "S2503030004", State: onsite.StateOnSite, Received: at,
		Customer: onsite.Customer{Name: "李娜", Phone: "13800138000", Address: "中关村大街 1 号"},
		Device:   onsite.Device{Kind: "notebook", Model: "ThinkPad T14"},
		Fault:    "开机蓝屏",
		Visit:    onsite.Visit{Engineer: "张工"},
		Record:   onsite.Record{Arrived: at.Add(time.Hour), Found: "内存松动", Fee: 15000, FeeSet: true},
	}
}

// TestPrintRecordText: the text printer's command gets both copies of the
// record on its standard input, as RenderRecord lays them out.
func TestPrintRecordText(t *testing.T) {
	c := desktest.Common("zh")
	cmd, out := recorder(t)
	c.Print = config.Print{Kind: config.PrintText, Command: cmd, Width: config.WidthNarrow}
	r := request()
	if err := parts.PrintRecord(c, r); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	want := slip.RenderRecord(r, c.Repair, c.Station, c.Text, 32, c.Cfg.Location)
	if err != nil || string(got) != want {
		t.Fatalf("the printer got %q, %v; want\n%s", got, err, want)
	}
	if !strings.Contains(want, "13800138000") || !strings.Contains(want, "138********") {
		t.Errorf("not the station's copy and the customer's:\n%s", want)
	}
}

// TestPrintRecordESCPOS: an ESC/POS printer behind a command gets the
// stream of both copies, each cut.
func TestPrintRecordESCPOS(t *testing.T) {
	c := desktest.Common("en")
	cmd, out := recorder(t)
	c.Print = config.Print{Kind: config.PrintESCPOS, Command: cmd, Width: config.WidthNarrow, CodePage: "gb18030", Cut: "partial"}
	r := request()
	if err := parts.PrintRecord(c, r); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if want := slip.RecordESCPOS(r, c.Repair, c.Station, c.Text, slip.POSOf(c.Print), c.Cfg.Location); err != nil || !bytes.Equal(got, want) {
		t.Fatalf("the printer got %d bytes, %v; want the record's %d", len(got), err, len(want))
	}
}

// TestPrintRecordFails: a print command that fails is the error.
func TestPrintRecordFails(t *testing.T) {
	c := desktest.Common("zh")
	c.Print = config.Print{Kind: config.PrintText, Command: "/nonexistent/lp", Width: config.WidthWide}
	if err := parts.PrintRecord(c, request()); err == nil {
		t.Fatal("printed through a command that does not exist")
	}
}
