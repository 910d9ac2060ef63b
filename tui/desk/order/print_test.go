package order

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"frontdesk/tui/desk/internal/desktest"
)

// TestTheSlipIsPrintedAgainFromTheOrder: p on the order screen sends the
// order's claim slip to the station's print command, and says so; with no
// printer the key is not offered.
func TestTheSlipIsPrintedAgainFromTheOrder(t *testing.T) {
	s := desktest.MorningStation(t)
	number := "R2611180001"
	dir := t.TempDir()
	out := filepath.Join(dir, "printed.txt")
	script := filepath.Join(dir, "print.sh")
	if err := os.WriteFile(script, []byte("#!/bin/sh\ncat > "+out+"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	c := desktest.CommonWith(s.St, "zh")
	c.Print.Command = script
	c.SetSize(80, 24)
	m, cmd := New(c, desktest.Session(), s.IDs[number])
	m.SetSize(80, 24)
	d := desktest.Run(around(c, m), cmd)
	if !strings.Contains(d.Plain(), "p 重打凭证") {
		t.Fatalf("no reprint key with a printer:\n%s", d.Plain())
	}
	d = drive(d, press("p")...)
	printed, err := os.ReadFile(out)
	if err != nil || !strings.Contains(string(printed), "取机凭证") || !strings.Contains(string(printed), "取机码") {
		t.Fatalf("the printer got %q, %v", printed, err)
	}
	if d.Status() != "凭证已送打印" {
		t.Errorf("status %q", d.Status())
	}

	if v := open(t, s, "zh", 80, 24, number).Plain(); strings.Contains(v, "重打凭证") {
		t.Errorf("the reprint key is offered without a printer:\n%s", v)
	}
}
