package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"frontdesk/internal/fileperm"
	"frontdesk/internal/fileperm/permtest"
	"frontdesk/queue"
	"frontdesk/store"
	"frontdesk/tui/i18n"
)

// TestExportForTheStationGroup: with a station group the exported files,
// CSV and XLSX, are 0640 and of the group, whatever the umask.
func TestExportForTheStationGroup(t *testing.T) {
	old := syscall.Umask(0o077)
	defer syscall.Umask(old)
	_, m := permtest.Group(t)
	st, p := exportStation(t)
	for _, format := range []string{"csv", "xlsx"} {
		dir := t.TempDir()
		e, _ := exportEnv(st, "en")
		e.Files = m
		if err := Export(e, p, ExportOptions{Format: format, Dir: dir}); err != nil {
			t.Fatal(err)
		}
		names := files(t, dir)
		if len(names) == 0 {
			t.Fatalf("%s: no file", format)
		}
		for _, name := range names {
			permtest.Want(t, 0o640, m.GID, filepath.Join(dir, name))
		}
	}
}

// TestCheckWithTheStationGroup: with a station group, the database made
// for it and a file and a directory the group can read are what is meant, said nothing of; one
// the computer's other users can read is warned of with the chmod to 640
// (750), one readable by a group not the station's with the chgrp to it —
// in the user's language and in JSON. Without the group, the same
// group-readable files are warned of with chmod 600 (700), as ever.
func TestCheckWithTheStationGroup(t *testing.T) {
	name, m := permtest.Group(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "station.db")
	st, err := store.Open(store.Options{Path: db, Queue: queue.DefaultConfig(), NoSync: true, Files: m})
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	slips := filepath.Join(dir, "slips")
	if err := m.MkdirAll(slips); err != nil {
		t.Fatal(err)
	}
	slip := filepath.Join(slips, "R1.txt")
	others := filepath.Join(slips, "R2.txt")
	for path, perm := range map[string]os.FileMode{slip: 0o640, others: 0o644} {
		os.WriteFile(path, nil, 0o600)
		os.Chmod(path, perm)
		if err := m.Own(path); err != nil {
			t.Fatal(err)
		}
	}
	check := func(lang string, files fileperm.Modes, asJSON bool) string {
		t.Helper()
		var out bytes.Buffer
		if err := Check(Env{Text: i18n.New(lang), Out: &out, JSON: asJSON, Files: files}, db, slips); err != nil {
			t.Fatal(err)
		}
		return out.String()
	}

	got := check("en", m, false)
	if want := "Note: " + others + " has permissions -rw-r--r--: other users of this computer can read the customer data in it; run chmod 640 " + others; !strings.Contains(got, want) {
		t.Errorf("check says\n%s\nwant %q", got, want)
	}
	if strings.Count(got, "Note:") != 1 {
		t.Errorf("check warns of what the station group may read:\n%s", got)
	}

	// The files are of the user's group; a station group that is another
	// one finds them readable by a group not the station's.
	foreign := fileperm.Modes{File: 0o640, Dir: 0o750, GID: m.GID + 4321}
	station := fileperm.GroupName(foreign.GID)
	got = check("zh", foreign, false)
	for _, want := range []string{
		"注意:" + slip + " 属于用户组 " + name + ",不是服务站的用户组 " + station + ",而该组可以读取其中的客户资料;请执行 chgrp " + station + " " + slip,
		"请执行 chgrp " + station + " " + slips,
		"请执行 chgrp " + station + " " + db,
		"请执行 chmod 640 " + others,
		"请执行 chgrp " + station + " " + others,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("check says\n%s\nwant %q", got, want)
		}
	}
	var res struct{ Exposed []Exposed }
	if err := json.Unmarshal([]byte(check("en", foreign, true)), &res); err != nil || len(res.Exposed) != 4 {
		t.Fatalf("JSON: %+v %v, want the four", res, err)
	}
	for _, x := range res.Exposed {
		if x.Group != name || x.Others != (x.Path == others) {
			t.Errorf("JSON %+v, want group %s, others for %s only", x, name, others)
		}
	}

	// Without a station group: the owner's only, as ever.
	got = check("en", fileperm.Default(), false)
	for _, want := range []string{"run chmod 600 " + db, "run chmod 700 " + slips, "run chmod 600 " + slip, "run chmod 600 " + others} {
		if !strings.Contains(got, want) {
			t.Errorf("check says\n%s\nwant %q", got, want)
		}
	}
	if strings.Contains(got, "chgrp") {
		t.Errorf("without a station group, a chgrp:\n%s", got)
	}
}
