package main

// What every command starts with and ends on: the configuration loaded
// before anything else, the store opened on it, and a failure turned into a
// message in the user's language and an exit code.

import (
	"errors"
	"flag"
	"fmt"
	"frontdesk/notify"
	"io"
	"os"
	"path/filepath"

	"frontdesk/config"
	"frontdesk/queue"
	"frontdesk/store"
	"frontdesk/tui/cli"
	"frontdesk/tui/common"
	"frontdesk/tui/i18n"
)

// env is what a command runs with: the flags, the catalogue, the outputs,
// and the station's configuration once loaded (see load).
type env struct {
	globals
	name     string // the command: what the owner tells other programs this one is
	helped   bool   // the flags asked for help, which was given: exit 0
	t        i18n.Catalog
	out, err io.Writer

	cfg    config.Config // the configuration in effect: Queue, Repair, Station, Print
	src    config.Source // where it came from
	loaded bool

	// station, when set, is the store a command runs on instead of
	// opening one: a keypad's SSH session's client (serve_ssh.go).
	station store.Station

	// probe, when set, is handed the command's flag set at its parse, which
	// then stops the command (valueFlags).
	probe func(fs *flag.FlagSet)
}

// configPath is the configuration file of this command (config.PathFor).
func (e *env) configPath() string { return config.PathFor(e.config, e.db) }

// load reads the station's configuration, after the flags and before
// anything else: a file with any error is reported (file, line, key, what
// is wrong) and the command ends with 1 before the database is opened or a
// screen started. It reports whether the command may go on.
func (e *env) load() bool {
	if e.loaded {
		return true
	}
	cfg, src, err := config.Load(e.configPath())
	if err == nil && !src.Found && e.namedConfig() {
		// A file named on purpose that is not there is a typo, not a wish
		// for the defaults: the station would run on the wrong settings.
		err = &config.Error{Path: src.Path, Kind: config.KindRead, Msg: "no such file"}
	}
	if err != nil {
		fmt.Fprintln(e.err, cli.ExplainConfig(e.t, err))
		fmt.Fprintln(e.err, e.t.T("config.notStarted"))
		return false
	}
	e.cfg, e.src, e.loaded = cfg, src, true
	return true
}

// namedConfig reports whether the configuration file was named (--config or
// FRONTDESK_CONFIG) rather than looked for next to the database.
func (e *env) namedConfig() bool {
	return e.config != "" || os.Getenv(config.EnvVar) != ""
}

// storeOptions are the store's options of this command, after load.
func (e *env) storeOptions() store.Options {
	migrating := func(from, to int) { fmt.Fprintln(e.err, e.t.T("db.migrating", e.db, from, to)) }
	return store.Options{
		Path: e.db, Timeout: e.timeout, Queue: e.cfg.Queue,
		ClaimLength: e.cfg.Repair.ClaimCodeLength, Migrating: migrating, Files: e.cfg.Files,
		Messages: e.cfg.Messages,
		Station:  notify.Station{Name: e.cfg.Station.Name, Phone: e.cfg.Station.Phone, Brand: e.cfg.Onsite.Brand},
	}
}

// fail prints err in the user's language and returns the exit code: 2 for
// what the user typed wrong, 1 for everything else, or a command's own.
func (e *env) fail(cfg queue.Config, err error) int {
	var exit *cli.ExitError
	if errors.As(err, &exit) {
		fmt.Fprintln(e.err, exit.Msg)
		return exit.Code
	}
	fmt.Fprintln(e.err, common.Explain(e.t, cfg, err))
	if errors.Is(err, queue.ErrUnknownType) || errors.Is(err, queue.ErrUnknownCounter) {
		return 2
	}
	var pe *store.PathError
	if errors.As(err, &pe) && (errors.Is(err, store.ErrNotDatabase) || errors.Is(err, store.ErrDamaged)) && pe.Path == filepath.Clean(e.db) {
		fmt.Fprintln(e.err, e.restoreHint(errors.Is(err, store.ErrDamaged)))
	}
	return 1
}

// restoreHint says how to bring back a damaged database: check a backup,
// then restore it (which keeps the damaged file beside it), naming the
// newest daily backup recorded as verified, if there is one where the desk
// makes them. The record is enough for a hint; the restore checks the
// backup again. A file known to be ours and damaged is told so; one that
// may be another program's, only if it is the station's.
func (e *env) restoreHint(damaged bool) string {
	lead := e.t.T("db.restoreIf")
	if damaged {
		lead = e.t.T("db.restoreNow")
	}
	newest, ok := store.NewestRecorded(e.backupsDir())
	if !ok {
		return e.t.T("db.restoreHint.none", e.backupsDir(), e.db, lead)
	}
	return e.t.T("db.restoreHint", newest, e.db, lead)
}

// backupsDir is where the desk makes its daily backups unless told
// otherwise (--backups): beside the database.
func (e *env) backupsDir() string { return filepath.Join(filepath.Dir(e.db), "backups") }

// slipsDir is where the desk writes its claim slips.
func (e *env) slipsDir() string { return e.cfg.Print.SlipDir(e.db) }
