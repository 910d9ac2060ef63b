package main

// The one-shot commands on the queue and the orders, for scripts, ticket
// buttons and caller keypads, and what every one-shot command is run by.

import (
	"flag"
	"fmt"
	"strconv"
	"strings"
	"time"

	"frontdesk/queue"
	"frontdesk/store"
	"frontdesk/tui/cli"
)

// script runs a one-shot command: parse its flags, open the store, run it.
func (e *env) script(name string, args []string, setup func(fs *flag.FlagSet), run func(c cli.Env, pos []string) error) int {
	return e.checkedScript(name, args, setup, nil, run)
}

// checkedScript is script with check run on what was typed once the
// configuration is loaded and before the store is opened: a command typed
// wrongly touches no file, the database's included.
func (e *env) checkedScript(name string, args []string, setup func(fs *flag.FlagSet),
	check func(pos []string) error, run func(c cli.Env, pos []string) error,
) int {
	pos, c, code := e.scriptStart(name, args, setup)
	if code != 0 || e.helped { // ended: wrong flags, or the help asked for
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
// the exit code to end with when it cannot go on (0 with e.helped: the
// help was asked for and given).
func (e *env) scriptStart(name string, args []string, setup func(fs *flag.FlagSet)) (pos []string, c cli.Env, code int) {
	fs := e.flags(name)
	asJSON := fs.Bool("json", false, e.t.T("cli.flag.json"))
	if setup != nil {
		setup(fs)
	}
	pos, ok := e.parse(fs, args)
	if !ok {
		return nil, c, e.stopped()
	}
	if !e.load() {
		return nil, c, 1
	}
	return pos, cli.Env{Text: e.t, Out: e.out, JSON: *asJSON, Onsite: e.cfg.Onsite, Files: e.cfg.Files}, 0
}

func runTake(e *env, args []string) int {
	var priority bool
	return e.checkedScript("take", args, func(fs *flag.FlagSet) {
		fs.BoolVar(&priority, "priority", false, e.t.T("cli.flag.priority"))
	}, func(pos []string) error {
		switch {
		case len(pos) == 0:
			return &cli.ExitError{Code: 2, Msg: e.t.T("cli.take.needType", typeCodes(e.cfg.Queue))}
		case len(pos) > 1:
			return fmt.Errorf("%w: %s", queue.ErrUnknownType, strings.Join(pos, " "))
		}
		return nil
	}, func(c cli.Env, pos []string) error {
		return cli.Take(c, strings.ToUpper(pos[0]), priority)
	})
}

func runCall(e *env, args []string) int {
	var counter int
	return e.checkedScript("call", args, func(fs *flag.FlagSet) {
		fs.IntVar(&counter, "counter", 0, e.t.T("cli.flag.counter"))
	}, func([]string) error {
		if counter == 0 {
			return &cli.ExitError{Code: 2, Msg: e.t.T("cli.call.needCounter", counterNumbers(e.cfg.Queue))}
		}
		return nil
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
	_, c, code := e.scriptStart("demo", args, func(fs *flag.FlagSet) {
		fs.IntVar(&orders, "orders", 0, e.t.T("cli.flag.orders"))
	})
	if code != 0 || e.helped { // ended: wrong flags, or the help asked for
		return code
	}
	// The demo plays a morning on a clock of its own: it holds the file
	// itself, which it can while no owner runs.
	var played cli.Clock
	st, code := e.openHere(func() time.Time { return played.Or(time.Now()) })
	if st == nil {
		return code
	}
	defer st.Close()
	c.Store = st
	if err := cli.Demo(c, time.Now(), orders, played.Set); err != nil {
		return e.fail(e.cfg.Queue, err)
	}
	return 0
}

// runFind searches the repair orders (O6): the words of the query may be
// given apart, "frontdesk find Li Lei".
func runFind(e *env, args []string) int {
	var limit int
	return e.script("find", args, func(fs *flag.FlagSet) {
		fs.IntVar(&limit, "limit", store.DefaultSearchLimit, e.t.T("cli.flag.limit"))
	}, func(c cli.Env, pos []string) error { return cli.Find(c, strings.Join(pos, " "), limit) })
}

// typeCodes lists the service types of cfg: "A B C D".
func typeCodes(cfg queue.Config) string {
	codes := make([]string, len(cfg.Types))
	for i, t := range cfg.Types {
		codes[i] = t.Code
	}
	return strings.Join(codes, " ")
}

// counterNumbers lists the counters of cfg: "1 2 3 4".
func counterNumbers(cfg queue.Config) string {
	ns := make([]string, len(cfg.Counters))
	for i, k := range cfg.Counters {
		ns[i] = strconv.Itoa(k.Number)
	}
	return strings.Join(ns, " ")
}
