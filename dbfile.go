package main

// The commands of the database file itself: a backup, a restore and the
// consistency check, the last two without opening the database first, since
// a damaged one is what they are for.

import (
	"errors"
	"flag"
	"os"
	"path/filepath"

	"github.com/charmbracelet/x/term"

	"frontdesk/client"
	"frontdesk/tui/cli"
)

// fileArg runs a command that takes one file name.
func (e *env) fileArg(name string, args []string, run func(c cli.Env, file string) error) int {
	return e.script(name, args, nil, func(c cli.Env, pos []string) error {
		if len(pos) != 1 || pos[0] == "" {
			return errors.New(e.t.T("cli.needFile", name))
		}
		return run(c, pos[0])
	})
}

func runBackup(e *env, args []string) int { return e.fileArg("backup", args, cli.Backup) }

// runRestore restores a backup over the database without opening the
// database first, so that a damaged one can be restored: the file named,
// or with none the newest daily backup that passes its check (in the
// backups directory beside the database, the desk's default).
// A live station is asked first (cli.RestoreOptions).
func runRestore(e *env, args []string) int {
	var o cli.RestoreOptions
	return e.unopened("restore", args, func(fs *flag.FlagSet) {
		fs.BoolVar(&o.Yes, "yes", false, e.t.T("restore.flag.yes"))
	}, func(c cli.Env, pos []string) error {
		if len(pos) > 1 || len(pos) == 1 && pos[0] == "" {
			return errors.New(e.t.T("cli.needFile", "restore"))
		}
		if live, ok := e.running(); ok {
			defer live.Close()
			c.Store = live // the owner restores, under its clients
			o.Programs = live.Owner().Programs
		}
		if term.IsTerminal(os.Stdin.Fd()) {
			o.Ask = os.Stdin
		}
		if len(pos) == 0 {
			return cli.RestoreNewest(c, e.storeOptions(), e.backupsDir(), o)
		}
		return cli.Restore(c, e.storeOptions(), pos[0], o)
	})
}

// runRecover brings back from a copy the repair orders the live database
// lacks, through its owner, asking first (cli.RecoverOptions).
func runRecover(e *env, args []string) int {
	var o cli.RecoverOptions
	return e.script("recover", args, func(fs *flag.FlagSet) {
		fs.BoolVar(&o.Yes, "yes", false, e.t.T("recover.flag.yes"))
	}, func(c cli.Env, pos []string) error {
		if len(pos) != 1 || pos[0] == "" {
			return errors.New(e.t.T("cli.needFile", "recover"))
		}
		if term.IsTerminal(os.Stdin.Fd()) {
			o.Ask = os.Stdin
		}
		return cli.Recover(c, pos[0], o)
	})
}

// runCheck checks the named file, or the database itself, without opening
// it as the other commands do: a damaged database is what it is for.
func runCheck(e *env, args []string) int {
	return e.unopened("check", args, nil, func(c cli.Env, pos []string) error {
		file := e.db
		if len(pos) > 0 {
			file = pos[0]
		}
		if !sameFile(file, e.db) {
			return cli.Check(c, file)
		}
		if live, ok := e.running(); ok {
			defer live.Close()
			c.Store = live // the owner holds it: it checks it
		}
		return cli.Check(c, file, e.backupsDir(), e.slipsDir())
	})
}

// unopened runs a command of the database file itself (check, restore)
// after the flags and the configuration, with no Store in c.
func (e *env) unopened(name string, args []string, setup func(fs *flag.FlagSet), run func(c cli.Env, pos []string) error) int {
	pos, c, code := e.scriptStart(name, args, setup)
	if code != 0 || e.helped { // ended: wrong flags, or the help asked for
		return code
	}
	if err := run(c, pos); err != nil {
		return e.fail(e.cfg.Queue, err)
	}
	return 0
}

// running is a client of the owner of the database when one runs; none is
// started.
func (e *env) running() (*client.Client, bool) {
	db, err := filepath.Abs(e.db)
	if err != nil {
		return nil, false
	}
	c, err := client.Open(client.Options{DB: db, Config: e.cfg.Queue, Program: e.name})
	if err != nil {
		return nil, false
	}
	return c, true
}

// sameFile reports whether a and b name one file.
func sameFile(a, b string) bool {
	sa, errA := os.Stat(a)
	sb, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(sa, sb)
}
