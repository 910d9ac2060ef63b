package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/term"

	"frontdesk/tui/cli"
)

// runStaff is `frontdesk staff add|list|remove|pin`: the station's members
// and the SSH keys they are known by (issue 17). Locally, the change is
// logged as made by the computer's user: a member's own session says who
// they are once the station serves SSH.
func runStaff(e *env, args []string) int {
	var role, key string
	var counter int
	return e.checkedScript("staff", args, func(fs *flag.FlagSet) {
		fs.StringVar(&role, "role", "", e.t.T("cli.flag.role"))
		fs.StringVar(&key, "key", "", e.t.T("cli.flag.key"))
		fs.IntVar(&counter, "counter", 0, e.t.T("cli.flag.staffCounter"))
	}, func(pos []string) error {
		usage := &cli.ExitError{Code: 2, Msg: e.t.T("cli.staff.usage")}
		switch {
		case len(pos) == 0:
			return usage
		case pos[0] == "list" && len(pos) == 1:
		case pos[0] == "remove" && len(pos) == 2:
		case pos[0] == "pin" && len(pos) == 2:
		case pos[0] == "add" && len(pos) == 2:
			if role == "" || key == "" {
				return &cli.ExitError{Code: 2, Msg: e.t.T("cli.staff.addNeeds")}
			}
		default:
			return usage
		}
		return nil
	}, func(c cli.Env, pos []string) error {
		switch pos[0] {
		case "add":
			return cli.StaffAdd(c, localUser(), pos[1], role, key, counter)
		case "remove":
			return cli.StaffRemove(c, localUser(), pos[1])
		case "pin":
			return cli.StaffPIN(c, localUser(), pos[1], func(again bool) (string, error) { return readPIN(e, again) })
		}
		return cli.StaffList(c)
	})
}

// localUser is who a change made at this computer is logged as: its user,
// "local root" say, or by the user id when the environment names nobody.
func localUser() string {
	if u := os.Getenv("USER"); u != "" {
		return "local " + u
	}
	return "local uid " + strconv.Itoa(os.Getuid())
}

// maxPINLine is the longest line read for a PIN from a pipe: a PIN and its
// line end, with room to refuse a longer one rather than cut it.
const maxPINLine = 64

// readPIN reads a supervisor's PIN (the second time to confirm it, again):
// from the terminal without echo, asked on stderr; from stdin's first line
// when it is not a terminal (a script, a test), and only once: io.EOF
// for the confirmation.
func readPIN(e *env, again bool) (string, error) {
	fd := os.Stdin.Fd()
	if !term.IsTerminal(fd) {
		if again {
			return "", io.EOF // a pipe gives the PIN once
		}
		line, err := bufio.NewReader(io.LimitReader(os.Stdin, maxPINLine)).ReadString('\n')
		if err != nil && (err != io.EOF || line == "") {
			return "", err
		}
		return strings.TrimRight(line, "\r\n"), nil
	}
	prompt := "cli.staff.pinAsk"
	if again {
		prompt = "cli.staff.pinAgain"
	}
	fmt.Fprint(e.err, e.t.T(prompt))
	raw, err := term.ReadPassword(fd)
	fmt.Fprintln(e.err)
	return string(raw), err
}
