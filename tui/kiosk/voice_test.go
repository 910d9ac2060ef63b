//go:build unix

package kiosk

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"frontdesk/config"
	"frontdesk/tui/voice"
)

// speaker is a voice whose speech command appends what it is asked to say
// to a file, one line each.
func speaker(t *testing.T) (*voice.Announcer, func(n int) []string) {
	t.Helper()
	dir := t.TempDir()
	log, command := filepath.Join(dir, "said"), filepath.Join(dir, "say")
	if err := os.WriteFile(command, []byte("#!/bin/sh\n{ cat; echo; } >> "+log+"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	a := voice.Start(config.Voice{Command: command, Repeat: 2, Volume: 100, Speed: 150}, "zh")
	t.Cleanup(a.Close)
	return a, func(n int) []string {
		for end := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
			data, _ := os.ReadFile(log)
			lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
			if len(data) > 0 && len(lines) >= n || time.Now().After(end) {
				return lines
			}
		}
	}
}

func TestKioskSpeaksTheTicketItIssuedOnce(t *testing.T) {
	a, said := speaker(t)
	m := newModel("zh", 80, 24).WithVoice(a)
	m, _ = update(t, m, press("1"), newTicket())
	got := said(1)
	if len(got) != 1 || got[0] != "您已领取A零一七号,前方还有三人等候" {
		t.Fatalf("said %q", got)
	}
}

func TestStarReadsTheChoicesAloudAndItsHelpSaysSo(t *testing.T) {
	a, said := speaker(t)
	m := newModel("zh", 80, 24)
	if strings.Contains(plain(m), "语音提示") {
		t.Fatal("the read-aloud key is offered without a voice")
	}
	m = m.WithVoice(a)
	if !strings.Contains(plain(m), "* 语音提示") {
		t.Fatalf("the help line does not offer the read-aloud key:\n%s", plain(m))
	}
	m, _ = update(t, m, press("*"))
	got := said(1)
	if len(got) != 1 || !strings.HasPrefix(got[0], "请选择服务项目,按对应的数字键取号。按一,") || !strings.HasSuffix(got[0], "按零,查询维修进度。按加号,评价服务。") {
		t.Fatalf("said %q", got)
	}
	if m.mode != choosing {
		t.Errorf("reading aloud left the buttons: mode %v", m.mode)
	}
}
