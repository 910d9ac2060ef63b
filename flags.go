package main

// The command line: the global flags, the command's own, and finding the
// command's name among them.

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"frontdesk/tui/common"
	"frontdesk/tui/i18n"
)

// globals are the flags every command takes, before or after its name.
type globals struct {
	db      string
	config  string
	lang    string
	timeout time.Duration
}

// valueFlags are the flags that take a value (of any command), so that the
// command name can be told from a flag's value among the arguments. They are
// read off the commands' own flag sets, so they cannot drift from the flags
// defined: a flag takes a value unless it is a bool flag, told apart as the
// flag package itself does (the IsBoolFlag method of its Value).
var valueFlags = sync.OnceValue(func() map[string]bool {
	value := map[string]bool{}
	for _, fs := range flagSets() {
		fs.VisitAll(func(f *flag.Flag) {
			if b, ok := f.Value.(interface{ IsBoolFlag() bool }); !ok || !b.IsBoolFlag() {
				value[f.Name] = true
			}
		})
	}
	return value
})

// flagSets are the commands' flag sets, by command name: each command is run
// with a probe that takes its flag set at its parse and stops it there,
// before it opens or writes any file.
func flagSets() map[string]*flag.FlagSet {
	sets := map[string]*flag.FlagSet{}
	for name, cmd := range commands {
		e := &env{t: i18n.New("en"), out: io.Discard, err: io.Discard}
		e.probe = func(fs *flag.FlagSet) { sets[name] = fs }
		cmd(e, nil)
	}
	return sets
}

// langOf reads --lang from anywhere in args, else the environment.
func langOf(args []string) i18n.Lang {
	for i, a := range args {
		v, ok := strings.CutPrefix(strings.TrimLeft(a, "-"), "lang=")
		if ok && strings.HasPrefix(a, "-") {
			return orEnv(i18n.Parse(v))
		}
		if (a == "--lang" || a == "-lang") && i+1 < len(args) {
			return orEnv(i18n.Parse(args[i+1]))
		}
	}
	return i18n.FromEnv()
}

func orEnv(l i18n.Lang) i18n.Lang {
	if l == "" {
		return i18n.FromEnv()
	}
	return l
}

// splitCommand finds the command name: the first argument that is neither
// a flag nor a global flag's value. No name means the desk.
func splitCommand(args []string) (string, []string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			break
		}
		if strings.HasPrefix(a, "-") {
			name := strings.TrimLeft(a, "-")
			if valueFlags()[name] && !strings.Contains(name, "=") {
				i++
			}
			if name == "h" || name == "help" {
				return "help", nil
			}
			continue
		}
		rest := append(append([]string{}, args[:i]...), args[i+1:]...)
		return a, rest
	}
	return "desk", args
}

// flags builds a command's flag set with the global flags in it.
func (e *env) flags(name string) *flag.FlagSet {
	g, t := &e.globals, e.t
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	db := os.Getenv("FRONTDESK_DB")
	if db == "" {
		db = defaultDB()
	}
	fs.StringVar(&g.db, "db", db, t.T("cli.flag.db"))
	fs.StringVar(&g.config, "config", "", t.T("config.flag.path"))
	fs.StringVar(&g.lang, "lang", string(t.Lang), t.T("cli.flag.lang"))
	fs.DurationVar(&g.timeout, "timeout", 3*time.Second, t.T("cli.flag.timeout"))
	return fs
}

// parse parses flags and positionals in any order; --help prints the
// command's help, a wrong flag is told in the user's language (help.go).
func (e *env) parse(fs *flag.FlagSet, args []string) ([]string, bool) {
	if e.probe != nil {
		e.probe(fs)
		return nil, false
	}
	var pos []string
	var bad refused
	telling(fs, &bad)
	defer func() { e.t = i18n.New(e.lang) }()
	for {
		if err := fs.Parse(args); err != nil {
			e.flagStop(fs, err, bad)
			return nil, false
		}
		if fs.NArg() == 0 {
			if i18n.Parse(e.lang) == "" {
				fmt.Fprintln(e.err, e.t.T("cli.badLang", common.Inert(e.lang)))
				return nil, false
			}
			return pos, true
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

// defaultDB is the database in the user's data directory
// ($XDG_DATA_HOME/frontdesk, else ~/.local/share/frontdesk).
func defaultDB() string {
	dir := os.Getenv("XDG_DATA_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			home = "."
		}
		dir = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(dir, "frontdesk", "frontdesk.db")
}

// stopped is the exit code of a command whose flags stopped it: 0 when
// they asked for help, 2 when they were wrong.
func (e *env) stopped() int {
	if e.helped {
		return 0
	}
	return 2
}
