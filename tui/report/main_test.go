package report_test

import (
	"os"
	"testing"
)

var tmpDir string

// TestMain removes the station the tests share (see station).
func TestMain(m *testing.M) {
	code := m.Run()
	if tmpDir != "" {
		os.RemoveAll(tmpDir)
	}
	os.Exit(code)
}

func mkdirTemp() (string, error) {
	d, err := os.MkdirTemp("", "frontdesk-report-")
	tmpDir = d
	return d, err
}
