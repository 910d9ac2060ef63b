package desk

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"frontdesk/internal/fileperm"
)

// Prefs is what a desk remembers between starts: which counter this terminal
// is and who works at it, per database file.
type Prefs struct {
	Counter  int    `json:"counter"`
	Engineer string `json:"engineer"`
}

// PrefsPath is where the desk keeps its remembered sign-in: the user's
// configuration directory (XDG_CONFIG_HOME on Linux).
func PrefsPath() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "frontdesk", "desk.json"), nil
}

// LoadPrefs reads the remembered sign-in for the database at db. A missing
// or unreadable file means "not signed in yet", never an error to the user.
func LoadPrefs(file, db string) (Prefs, bool) {
	all := map[string]Prefs{}
	b, err := os.ReadFile(file)
	if err != nil || json.Unmarshal(b, &all) != nil {
		return Prefs{}, false
	}
	p, ok := all[db]
	return p, ok && p.Counter > 0 && p.Engineer != ""
}

// SavePrefs remembers the sign-in for db, keeping other databases' entries.
// It writes a temporary file and renames it, so a crash leaves the old file.
func SavePrefs(file, db string, p Prefs) error {
	all := map[string]Prefs{}
	if b, err := os.ReadFile(file); err == nil {
		_ = json.Unmarshal(b, &all) // a corrupt file is replaced
	} else if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	all[db] = p
	b, err := json.MarshalIndent(all, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return err
	}
	tmp := file + ".tmp"
	// A terminal's own remembered sign-in, in its user's configuration
	// directory (or beside the database, the SSH desks'): no customer's
	// data and nothing another account reads, so its owner's only
	// whatever the station group.
	if err := os.WriteFile(tmp, b, fileperm.OwnerFile); err != nil {
		return err
	}
	return os.Rename(tmp, file)
}

// signIn is who starts at which counter: the flags' counter and engineer,
// each not given taken from the sign-in remembered for the database.
func (o Options) signIn() Prefs {
	p := Prefs{Counter: o.Counter, Engineer: o.Engineer}
	if o.PrefsFile == "" {
		return p
	}
	saved, ok := LoadPrefs(o.PrefsFile, o.DB)
	if !ok {
		return p
	}
	if p.Counter == 0 {
		p.Counter = saved.Counter
	}
	if p.Engineer == "" {
		p.Engineer = saved.Engineer
	}
	return p
}
