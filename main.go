// Command frontdesk runs the carry-in repair counter of a computer service
// station: the desk (default), the queue display, the customer kiosk, the
// counters' rating pads, and commands for scripts and caller keypads. See README.md.
package main

// The table of commands and the dispatch to them. flags.go parses the command
// line, env.go loads the configuration and opens the store; the commands are
// grouped by kind: screens.go (the full-screen programs), scripts.go (one-shot
// commands on the queue and the orders), reports.go, dbfile.go (backup,
// restore, check) and config.go.

import (
	"fmt"
	"io"
	"os"

	"frontdesk/tui/common"
	"frontdesk/tui/i18n"
)

// commands are the subcommands by name. Every command parses its flags
// (env.parse) before it does anything else: valueFlags asks each one for its
// flags that way, stopping it at its parse.
var commands = map[string]func(e *env, args []string) int{
	"desk":       runDesk,
	"display":    runDisplay,
	"kiosk":      runKiosk,
	"rate":       runRate,
	"take":       runTake,
	"call":       runCall,
	"status":     runStatus,
	"demo":       runDemo,
	"find":       runFind,
	"close-day":  runCloseDay,
	"backup":     runBackup,
	"restore":    runRestore,
	"recover":    runRecover,
	"check":      runCheck,
	"config":     runConfig,
	"report":     runReport,
	"export":     runExport,
	"print-test": runPrintTest,
	"serve":      runServe,
	"staff":      runStaff,
}

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

func run(args []string, stdout, stderr io.Writer) int {
	name, rest := splitCommand(args)
	t := i18n.New(string(langOf(args)))
	if name == "help" || name == "-h" || name == "--help" {
		topHelp(stdout, t)
		return 0
	}
	cmd, ok := commands[name]
	if !ok {
		fmt.Fprintln(stderr, t.T("cli.unknownCommand", common.Inert(name)))
		topHelp(stderr, t)
		return 2
	}
	return cmd(&env{name: name, t: t, out: stdout, err: stderr}, rest)
}
