package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestPlaceholderStationDetailsAreWarnedAtStartup: `frontdesk serve` on
// the default configuration says that the slips would carry the sample
// station name and phone, naming the configuration file to set them in;
// once the file sets them it says nothing of it.
func TestPlaceholderStationDetailsAreWarnedAtStartup(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "station.db")
	serve := func() string {
		t.Helper()
		cmd := exec.Command(os.Args[0], "serve", "--db", db, "--idle", "300ms", "--lang", "zh")
		cmd.Env = append(os.Environ(), "FRONTDESK_CONFIG=")
		var errOut bytes.Buffer
		cmd.Stderr = &errOut
		if err := cmd.Run(); err != nil {
			t.Fatalf("serve: %v\n%s", err, errOut.String())
		}
		return errOut.String()
	}
	out := serve()
	file := filepath.Join(dir, "frontdesk.toml")
	for _, want := range []string{"站名和电话还是默认配置里的示例", "400-000-0000", file} {
		if !strings.Contains(out, want) {
			t.Errorf("serve on the defaults does not say %q:\n%s", want, out)
		}
	}
	if err := os.WriteFile(file, []byte("[station]\nname = \"海淀维修服务站\"\nphone = \"010-62345678\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if out := serve(); strings.Contains(out, "示例") {
		t.Errorf("serve warns with the station set:\n%s", out)
	}
}
