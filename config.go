package main

// The config command: the configuration in effect, the documented default
// file, and writing it.

import (
	"fmt"
	"strings"

	"frontdesk/config"
	"frontdesk/tui/cli"
	"frontdesk/tui/common"
)

// runConfig prints the configuration in effect and where it came from;
// --defaults prints the documented default file, --init writes it at the
// configuration path unless a file is there.
func runConfig(e *env, args []string) int {
	fs := e.flags("config")
	defaults := fs.Bool("defaults", false, e.t.T("config.flag.defaults"))
	initFile := fs.Bool("init", false, e.t.T("config.flag.init"))
	pos, ok := e.parse(fs, args)
	if !ok {
		return e.stopped()
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
