package cli

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"frontdesk/owner/ownertest"
	"frontdesk/queue"
	"frontdesk/store"
	"frontdesk/tui/i18n"
)

// TestRestoreOfALiveStationAsksFirst: restoring under a running owner
// lists what only the live database holds and the programs connected,
// and restores only when confirmed — refused without a terminal and
// without --yes, refused by an answer that is not yes, done with --yes —
// and a refusal changes nothing.
func TestRestoreOfALiveStationAsksFirst(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.db")
	opts := store.Options{Path: path, Queue: queue.DefaultConfig(), NoSync: true, Timeout: time.Second}
	st, err := store.Open(opts)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	live := ownertest.Serve(t, st)()
	if _, _, err := live.Take("C", false, "kiosk"); err != nil {
		t.Fatal(err)
	}
	backup := filepath.Join(t.TempDir(), "b.db")
	if _, err := live.Backup(backup); err != nil {
		t.Fatal(err)
	}
	after, _, err := live.Take("C", false, "kiosk")
	if err != nil {
		t.Fatal(err)
	}
	tickets := func() int {
		snap, err := live.Snapshot()
		if err != nil {
			t.Fatal(err)
		}
		return len(snap.Tickets)
	}
	var out bytes.Buffer
	e := Env{Store: live, Text: i18n.New("zh"), Out: &out}
	programs := []string{"desk", "desk", "display"}

	err = Restore(e, opts, backup, RestoreOptions{Programs: programs})
	var exit *ExitError
	if !errors.As(err, &exit) || !strings.Contains(exit.Msg, "--yes") || tickets() != 2 {
		t.Fatalf("no terminal, no --yes: %v, %d tickets; want a refusal naming --yes and both tickets kept", err, tickets())
	}
	for _, want := range []string{"号票 1 张:" + after.Number, "接待台 ×2、叫号屏", "不会再发"} {
		if !strings.Contains(out.String(), want) {
			t.Fatalf("the restore told:\n%s\nwithout %q", out.String(), want)
		}
	}
	err = Restore(e, opts, backup, RestoreOptions{Ask: strings.NewReader("no\n")})
	if !errors.As(err, &exit) || tickets() != 2 {
		t.Fatalf("answered no: %v, %d tickets", err, tickets())
	}
	if err := Restore(e, opts, backup, RestoreOptions{Ask: strings.NewReader("yes\n")}); err != nil || tickets() != 1 {
		t.Fatalf("answered yes: %v, %d tickets; want the backup's 1", err, tickets())
	}
	// Nothing left only in the live file, nobody else connected: no question.
	out.Reset()
	if err := Restore(e, opts, backup, RestoreOptions{}); err != nil || strings.Contains(out.String(), "yes") {
		t.Fatalf("a restore that takes nothing out: %v\n%s", err, out.String())
	}
}
