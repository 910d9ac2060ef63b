package main

// The commands of the database file itself: a backup, a restore and the
// consistency check, the last two without opening the database first, since
// a damaged one is what they are for.

import (
	"errors"

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
// database first, so that a damaged one can be restored.
func runRestore(e *env, args []string) int {
	return e.unopened("restore", args, func(c cli.Env, pos []string) error {
		if len(pos) != 1 || pos[0] == "" {
			return errors.New(e.t.T("cli.needFile", "restore"))
		}
		return cli.Restore(c, e.storeOptions(), pos[0])
	})
}

// runCheck checks the named file, or the database itself, without opening
// it as the other commands do: a damaged database is what it is for.
func runCheck(e *env, args []string) int {
	return e.unopened("check", args, func(c cli.Env, pos []string) error {
		file := e.db
		if len(pos) > 0 {
			file = pos[0]
		}
		return cli.Check(c, file)
	})
}

// unopened runs a command of the database file itself (check, restore)
// after the flags and the configuration, with no Store in c.
func (e *env) unopened(name string, args []string, run func(c cli.Env, pos []string) error) int {
	pos, c, code := e.scriptStart(name, args, nil)
	if code != 0 {
		return code
	}
	if err := run(c, pos); err != nil {
		return e.fail(e.cfg.Queue, err)
	}
	return 0
}
