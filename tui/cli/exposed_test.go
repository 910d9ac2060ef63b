package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"frontdesk/queue"
	"frontdesk/store"
	"frontdesk/tui/i18n"
)

// check warns of every file of the station's that others can read — the
// database, the backups directory and a backup in it — with the chmod
// that mends each, in the user's language and in JSON; once mended, it
// says nothing of it.
func TestCheckWarnsOfFilesOthersCanRead(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "station.db")
	st, err := store.Open(store.Options{Path: db, Queue: queue.DefaultConfig(), NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	backups := filepath.Join(dir, "backups")
	os.Mkdir(backups, 0o755)
	backup := filepath.Join(backups, "frontdesk-2025-06-02.db")
	if _, err := st.Backup(backup); err != nil {
		t.Fatal(err)
	}
	st.Close()
	os.Chmod(db, 0o644)
	os.Chmod(backup, 0o640)
	slips := filepath.Join(dir, "slips") // not there: nothing to say

	var out bytes.Buffer
	if err := Check(Env{Text: i18n.New("zh"), Out: &out}, db, backups, slips); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"注意:" + db + " 的权限是 -rw-r--r--,本机其他用户也能读取其中的客户资料;请执行 chmod 600 " + db,
		"注意:" + backups + " 的权限是 drwxr-xr-x,本机其他用户也能读取其中的客户资料;请执行 chmod 700 " + backups,
		"chmod 600 " + backup,
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("check says\n%s\nwant %q", out.String(), want)
		}
	}

	out.Reset()
	if err := Check(Env{Text: i18n.New("en"), Out: &out, JSON: true}, db, backups, slips); err != nil {
		t.Fatal(err)
	}
	var res struct {
		Path    string
		Exposed []Exposed `json:"exposed"`
	}
	if err := json.Unmarshal(out.Bytes(), &res); err != nil || len(res.Exposed) != 3 || res.Exposed[0].Path != db {
		t.Errorf("JSON %s: %+v %v, want the three", out.String(), res, err)
	}

	os.Chmod(db, 0o600)
	os.Chmod(backups, 0o700)
	os.Chmod(backup, 0o600)
	out.Reset()
	if err := Check(Env{Text: i18n.New("en"), Out: &out}, db, backups, slips); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out.String(), "chmod") {
		t.Errorf("mended, check still says\n%s", out.String())
	}
}
