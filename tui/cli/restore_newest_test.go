package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"frontdesk/owner/ownertest"
	"frontdesk/queue"
	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/i18n"
)

// stationWithBackups opens a new station's database and names the backups
// directory beside it.
func stationWithBackups(t *testing.T) (store.Options, *store.Store, string) {
	t.Helper()
	dir := t.TempDir()
	opts := store.Options{Path: filepath.Join(dir, "s.db"), Queue: queue.DefaultConfig(), NoSync: true, Timeout: time.Second}
	st, err := store.Open(opts)
	if err != nil {
		t.Fatal(err)
	}
	return opts, st, filepath.Join(dir, "backups")
}

// TestDamagedDailyBackupReachesTheDesk: the desk asks the owner for the
// day's backup; one that fails its check comes back through the wire as
// ErrBackupDamaged naming where it was set aside, and is said so in the
// user's language — not as a backup saved.
func TestDamagedDailyBackupReachesTheDesk(t *testing.T) {
	opts, st, backups := stationWithBackups(t)
	defer st.Close()
	live := ownertest.Serve(t, st)()
	today, err := live.DailyBackup(backups, 3)
	if err != nil {
		t.Fatal(err)
	}
	// Today's again as a write that failed would leave it, with no record.
	os.Remove(today + ".verified")
	if err := os.Truncate(today, 3*4096); err != nil {
		t.Fatal(err)
	}

	made, err := live.DailyBackup(backups, 3)
	aside := strings.TrimSuffix(today, ".db") + ".damaged.db"
	var pe *store.PathError
	if made != "" || !errors.Is(err, store.ErrBackupDamaged) || !errors.As(err, &pe) || pe.Path != aside {
		t.Fatalf("through the owner: %q, %v; want ErrBackupDamaged naming %s", made, err, aside)
	}
	said := common.Explain(i18n.New("zh"), opts.Queue, err)
	if !strings.Contains(said, "未通过检查") || !strings.Contains(said, aside) || !strings.Contains(said, "truncated") {
		t.Errorf("the desk says %q", said)
	}
}

// TestRestoreNewestJSON: with --json the answer is the JSON alone, naming
// the backup restored.
func TestRestoreNewestJSON(t *testing.T) {
	opts, st, backups := stationWithBackups(t)
	newest, err := st.DailyBackup(backups, 3)
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	e := Env{Text: i18n.New("zh"), Out: &out, JSON: true}
	if err := RestoreNewest(e, opts, backups, RestoreOptions{}); err != nil {
		t.Fatal(err)
	}
	var got struct{ Restored string }
	if err := json.Unmarshal(out.Bytes(), &got); err != nil || got.Restored != newest {
		t.Errorf("the JSON %q: %v; want it naming %s", out.String(), err, newest)
	}
}
