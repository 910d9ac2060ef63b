// Command frontdesk runs the carry-in repair counter of a computer service
// station: the desk (default), the queue display, the customer kiosk, and
// commands for scripts and caller keypads. See README.md.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"frontdesk/config"
	"frontdesk/queue"
	rpt "frontdesk/report"
	"frontdesk/store"
	"frontdesk/tui/cli"
	"frontdesk/tui/common"
	"frontdesk/tui/desk"
	"frontdesk/tui/display"
	"frontdesk/tui/i18n"
	"frontdesk/tui/kiosk"
)

// globals are the flags every command takes, before or after its name.
type globals struct {
	db      string
	config  string
	lang    string
	timeout time.Duration
}

// valueFlags are the flags that take a value (of any command), so that the
// command name can be told from a flag's value among the arguments.
var valueFlags = map[string]bool{"db": true, "config": true, "lang": true, "timeout": true, "counter": true, "engineer": true,
	"reason": true, "backups": true, "keep": true, "orders": true, "limit": true,
	"day": true, "from": true, "to": true, "format": true, "out": true}

// env is what a command runs with: the flags, the catalogue, the outputs,
// and the station's configuration once loaded (see load).
type env struct {
	globals
	t        i18n.Catalog
	out, err io.Writer

	cfg    config.Config // the configuration in effect: Queue, Repair, Station, Print
	src    config.Source // where it came from
	loaded bool
	linger time.Duration // the store's Options.Linger: the desk's only
}

var commands = map[string]func(e *env, args []string) int{
	"desk":      runDesk,
	"display":   runDisplay,
	"kiosk":     runKiosk,
	"take":      runTake,
	"call":      runCall,
	"status":    runStatus,
	"demo":      runDemo,
	"find":      runFind,
	"close-day": runCloseDay,
	"backup":    runBackup,
	"restore":   runRestore,
	"check":     runCheck,
	"config":    runConfig,
	"report":    runReport,
	"export":    runExport,
}

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

func run(args []string, stdout, stderr io.Writer) int {
	name, rest := splitCommand(args)
	t := i18n.New(string(langOf(args)))
	if name == "help" || name == "-h" || name == "--help" {
		fmt.Fprint(stdout, t.T("cli.usage"))
		return 0
	}
	cmd, ok := commands[name]
	if !ok {
		fmt.Fprintln(stderr, t.T("cli.unknownCommand", common.Inert(name)))
		fmt.Fprint(stderr, t.T("cli.usage"))
		return 2
	}
	return cmd(&env{t: t, out: stdout, err: stderr}, rest)
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
			if valueFlags[name] && !strings.Contains(name, "=") {
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

// parse parses flags and positionals in any order; a bad flag is a usage
// error with its own message.
func (e *env) parse(fs *flag.FlagSet, args []string) ([]string, bool) {
	var pos []string
	defer func() { e.t = i18n.New(e.lang) }()
	for {
		if err := fs.Parse(args); err != nil {
			if !errors.Is(err, flag.ErrHelp) {
				fmt.Fprintln(e.err, e.t.T("cli.badFlags", common.Inert(err.Error())))
			}
			fs.SetOutput(e.err)
			fs.PrintDefaults()
			return nil, false
		}
		if fs.NArg() == 0 {
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

// deskLinger is how long the desk keeps the file open after an operation
// when nobody else asks for it.
const deskLinger = 2 * time.Second

// open loads the configuration and opens the store on it, or prints why not
// and returns the exit code. An upgrade of the file is announced on stderr
// before it starts, as it may take a while.
func (e *env) open() (*store.Store, int) {
	if !e.load() {
		return nil, 1
	}
	st, err := store.Open(e.storeOptions())
	if err != nil {
		return nil, e.fail(e.cfg.Queue, err)
	}
	return st, 0
}

// storeOptions are the store's options of this command, after load.
func (e *env) storeOptions() store.Options {
	migrating := func(from, to int) { fmt.Fprintln(e.err, e.t.T("db.migrating", e.db, from, to)) }
	return store.Options{Path: e.db, Timeout: e.timeout, Queue: e.cfg.Queue,
		ClaimLength: e.cfg.Repair.ClaimCodeLength, Linger: e.linger, Migrating: migrating}
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
	if errors.As(err, &pe) && errors.Is(err, store.ErrNotDatabase) && pe.Path == filepath.Clean(e.db) {
		fmt.Fprintln(e.err, e.restoreHint())
	}
	return 1
}

// restoreHint says how to bring back a damaged database: check a backup,
// then restore it (which keeps the damaged file beside it), naming the
// newest daily backup if there is one where the desk makes them.
func (e *env) restoreHint() string {
	dir := filepath.Join(filepath.Dir(e.db), "backups")
	daily, _ := store.DailyBackups(dir)
	if len(daily) == 0 {
		return e.t.T("db.restoreHint.none", dir, e.db)
	}
	return e.t.T("db.restoreHint", daily[len(daily)-1], e.db)
}

// program runs a full-screen program on the store, with the change feed.
func (e *env) program(st *store.Store, build func(c common.Common, feed <-chan uint64) tea.Model) int {
	defer st.Close() // a lingering desk's file, however the program ends
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	c := common.New(st, e.cfg.Queue, string(e.t.Lang), true, nil)
	c.Repair, c.Station, c.Print = e.cfg.Repair, e.cfg.Station, e.cfg.Print
	if _, err := tea.NewProgram(build(c, st.Watch(ctx))).Run(); err != nil {
		fmt.Fprintln(e.err, e.t.T("err.other", err))
		return 1
	}
	return 0
}

func runDesk(e *env, args []string) int {
	fs := e.flags("desk")
	counter := fs.Int("counter", 0, e.t.T("cli.flag.counter"))
	engineer := fs.String("engineer", "", e.t.T("cli.flag.engineer"))
	backups := fs.String("backups", "", e.t.T("cli.flag.backups"))
	keep := fs.Int("keep", 14, e.t.T("cli.flag.keep"))
	if _, ok := e.parse(fs, args); !ok {
		return 2
	}
	if !e.load() {
		return 1
	}
	if *counter != 0 {
		if _, err := e.cfg.Queue.Counter(*counter); err != nil {
			return e.fail(e.cfg.Queue, err)
		}
	}
	// The desk is typed into all day: it keeps the file open between
	// keystrokes while no other program asks for it (store/linger.go).
	timeout := e.timeout
	if timeout <= 0 {
		timeout = store.DefaultTimeout
	}
	e.linger = min(deskLinger, timeout/2)
	st, code := e.open()
	if st == nil {
		return code
	}
	if *backups == "" {
		*backups = filepath.Join(filepath.Dir(e.db), "backups")
	}
	prefs, _ := desk.PrefsPath()
	abs, _ := filepath.Abs(e.db)
	return e.program(st, func(c common.Common, feed <-chan uint64) tea.Model {
		return desk.New(c, feed, desk.Options{
			DB: abs, PrefsFile: prefs, Counter: *counter, Engineer: *engineer,
			DailyBackup: func() (string, error) { return st.DailyBackup(*backups, *keep) },
		})
	})
}

func runDisplay(e *env, args []string) int {
	return e.screen("display", args, func(c common.Common, feed <-chan uint64) tea.Model { return display.New(c, feed) })
}

func runKiosk(e *env, args []string) int {
	return e.screen("kiosk", args, func(c common.Common, feed <-chan uint64) tea.Model { return kiosk.New(c, feed) })
}

func (e *env) screen(name string, args []string, build func(common.Common, <-chan uint64) tea.Model) int {
	if _, ok := e.parse(e.flags(name), args); !ok {
		return 2
	}
	st, code := e.open()
	if st == nil {
		return code
	}
	return e.program(st, build)
}

// script runs a one-shot command: parse its flags, open the store, run it.
func (e *env) script(name string, args []string, setup func(fs *flag.FlagSet), run func(c cli.Env, pos []string) error) int {
	return e.checkedScript(name, args, setup, nil, run)
}

// checkedScript is script with check run on what was typed once the
// configuration is loaded and before the store is opened: a command typed
// wrongly touches no file, the database's included.
func (e *env) checkedScript(name string, args []string, setup func(fs *flag.FlagSet),
	check func(pos []string) error, run func(c cli.Env, pos []string) error) int {
	pos, c, code := e.scriptStart(name, args, setup)
	if code != 0 {
		return code
	}
	if check != nil {
		if err := check(pos); err != nil {
			return e.fail(e.cfg.Queue, err)
		}
	}
	st, code := e.open()
	if st == nil {
		return code
	}
	defer st.Close()
	c.Store = st
	if err := run(c, pos); err != nil {
		return e.fail(st.Config(), err)
	}
	return 0
}

// scriptStart is the start of every one-shot command: its flags (--json,
// and its own by setup) and the configuration. It returns what was typed
// besides the flags and the command's cli.Env, without a store yet, or
// the exit code to end with when it cannot go on.
func (e *env) scriptStart(name string, args []string, setup func(fs *flag.FlagSet)) (pos []string, c cli.Env, code int) {
	fs := e.flags(name)
	asJSON := fs.Bool("json", false, e.t.T("cli.flag.json"))
	if setup != nil {
		setup(fs)
	}
	pos, ok := e.parse(fs, args)
	if !ok {
		return nil, c, 2
	}
	if !e.load() {
		return nil, c, 1
	}
	return pos, cli.Env{Text: e.t, Out: e.out, JSON: *asJSON}, 0
}

func runTake(e *env, args []string) int {
	var priority bool
	return e.script("take", args, func(fs *flag.FlagSet) {
		fs.BoolVar(&priority, "priority", false, e.t.T("cli.flag.priority"))
	}, func(c cli.Env, pos []string) error {
		if len(pos) != 1 {
			return fmt.Errorf("%w: %s", queue.ErrUnknownType, strings.Join(pos, " "))
		}
		return cli.Take(c, strings.ToUpper(pos[0]), priority)
	})
}

func runCall(e *env, args []string) int {
	var counter int
	return e.script("call", args, func(fs *flag.FlagSet) {
		fs.IntVar(&counter, "counter", 0, e.t.T("cli.flag.counter"))
	}, func(c cli.Env, _ []string) error { return cli.Call(c, counter) })
}

func runStatus(e *env, args []string) int {
	return e.script("status", args, nil, func(c cli.Env, _ []string) error { return cli.Status(c) })
}

func runCloseDay(e *env, args []string) int {
	var reason string
	return e.script("close-day", args, func(fs *flag.FlagSet) {
		fs.StringVar(&reason, "reason", "", e.t.T("cli.flag.reason"))
	}, func(c cli.Env, _ []string) error { return cli.CloseDay(c, reason) })
}

func runDemo(e *env, args []string) int {
	var orders int
	return e.script("demo", args, func(fs *flag.FlagSet) {
		fs.IntVar(&orders, "orders", 0, e.t.T("cli.flag.orders"))
	}, func(c cli.Env, _ []string) error { return cli.Demo(c, time.Now(), orders) })
}

// runFind searches the repair orders (O6): the words of the query may be
// given apart, "frontdesk find Li Lei".
func runFind(e *env, args []string) int {
	var limit int
	return e.script("find", args, func(fs *flag.FlagSet) {
		fs.IntVar(&limit, "limit", 0, e.t.T("cli.flag.limit"))
	}, func(c cli.Env, pos []string) error { return cli.Find(c, strings.Join(pos, " "), limit) })
}

// periodFlags adds --day, --from and --to to a command's flags.
func (e *env) periodFlags(fs *flag.FlagSet, pf *cli.PeriodFlags) {
	fs.StringVar(&pf.Day, "day", "", e.t.T("report.flag.day"))
	fs.StringVar(&pf.From, "from", "", e.t.T("report.flag.from"))
	fs.StringVar(&pf.To, "to", "", e.t.T("report.flag.to"))
}

// runReport prints the report of a day or a run of days (R1, R2); today's
// when no day is given.
func runReport(e *env, args []string) int {
	var pf cli.PeriodFlags
	var p rpt.Period
	now := time.Now()
	return e.checkedScript("report", args, func(fs *flag.FlagSet) { e.periodFlags(fs, &pf) },
		func(pos []string) (err error) {
			if err = cli.NoArgs(e.t, pos); err == nil {
				p, err = pf.Period(e.t, e.cfg.Queue.Location, now)
			}
			return err
		},
		func(c cli.Env, _ []string) error { return cli.Report(c, p, now) })
}

// runExport writes the tickets, orders and events of a run of days as CSV
// or XLSX files for the head office (R3).
func runExport(e *env, args []string) int {
	var pf cli.PeriodFlags
	var p rpt.Period
	var o cli.ExportOptions
	return e.checkedScript("export", args, func(fs *flag.FlagSet) {
		e.periodFlags(fs, &pf)
		fs.StringVar(&o.Format, "format", "csv", e.t.T("report.flag.format"))
		fs.BoolVar(&o.Mask, "mask", false, e.t.T("report.flag.mask"))
		fs.StringVar(&o.Dir, "out", ".", e.t.T("report.flag.out"))
	}, func(pos []string) (err error) {
		switch {
		case len(pos) > 0:
			return cli.NoArgs(e.t, pos)
		case pf.Empty():
			return &cli.ExitError{Code: 2, Msg: e.t.T("export.err.needRange")}
		}
		if p, err = pf.Period(e.t, e.cfg.Queue.Location, time.Now()); err == nil {
			err = o.Check(e.t)
		}
		return err
	}, func(c cli.Env, _ []string) error { return cli.Export(c, p, o) })
}

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

// runConfig prints the configuration in effect and where it came from;
// --defaults prints the documented default file, --init writes it at the
// configuration path unless a file is there.
func runConfig(e *env, args []string) int {
	fs := e.flags("config")
	defaults := fs.Bool("defaults", false, e.t.T("config.flag.defaults"))
	initFile := fs.Bool("init", false, e.t.T("config.flag.init"))
	pos, ok := e.parse(fs, args)
	if !ok {
		return 2
	}
	switch {
	case len(pos) > 0:
		fmt.Fprintln(e.err, e.t.T("config.extraArgs", common.Inert(strings.Join(pos, " "))))
		return 2
	case *defaults && *initFile:
		fmt.Fprintln(e.err, e.t.T("config.bothFlags"))
		return 2
	case *defaults:
		fmt.Fprint(e.out, config.DefaultFile())
		return 0
	case *initFile:
		if err := cli.ConfigInit(e.t, e.out, e.configPath()); err != nil {
			fmt.Fprintln(e.err, err)
			return 1
		}
		return 0
	}
	cfg, src, err := config.Load(e.configPath())
	if err != nil {
		fmt.Fprintln(e.err, cli.ExplainConfig(e.t, err))
		return 1
	}
	if err := cfg.Encode(e.out, src); err != nil {
		fmt.Fprintln(e.err, e.t.T("err.other", err))
		return 1
	}
	return 0
}
