package main

// A command's help and what a wrong flag is told, in the user's language.
// Both are read off the command's own flag set at its parse (env.parse), so
// that one piece serves every command and neither can fall behind the
// flags defined.

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"charm.land/lipgloss/v2"

	"frontdesk/tui/common"
	"frontdesk/tui/i18n"
)

// helpWidth is the width the help is written for: a terminal's 80 columns.
// helpIndent is where a flag's description begins.
const (
	helpWidth  = 80
	helpIndent = 24
)

// describedDefaults are the flags whose default is not a value to print
// but a rule ("beside the database", "from LANG"): their catalogue key
// help.default.NAME says it.
var describedDefaults = map[string]bool{"config": true, "lang": true, "backups": true, "day": true, "out": true}

// argNames name the value a flag takes in its help (--db 路径); a flag not
// listed is named by the kind of its value (help.arg.int, …).
var argNames = map[string]string{
	"db": "help.arg.path", "config": "help.arg.path", "backups": "help.arg.dir", "out": "help.arg.dir",
	"day": "help.arg.date", "from": "help.arg.date", "to": "help.arg.date",
	"engineer": "help.arg.name", "reason": "help.arg.reason",
}

// argLiterals are values typed as they are, the same in both languages.
var argLiterals = map[string]string{"lang": "zh|en", "format": "csv|xlsx"}

// globalNames are the flags every command takes (env.flags), told apart in
// the help from the command's own.
func globalNames() map[string]bool {
	names := map[string]bool{}
	(&env{t: i18n.New("zh")}).flags("").VisitAll(func(f *flag.Flag) { names[f.Name] = true })
	return names
}

// help prints the help of the command whose flag set fs is: its usage line
// with what it requires, what it does, its own flags and then the global
// ones, each with its description and default.
func (e *env) help(w io.Writer, fs *flag.FlagSet) {
	t, name := e.t, fs.Name()
	fmt.Fprintln(w, t.T("help.usage", t.T("help."+name+".usage")))
	for _, l := range common.Wrap(t.T("help."+name), helpWidth) {
		fmt.Fprintln(w, l)
	}
	global := globalNames()
	var own, globals []*flag.Flag
	fs.VisitAll(func(f *flag.Flag) {
		if global[f.Name] {
			globals = append(globals, f)
		} else {
			own = append(own, f)
		}
	})
	for _, part := range []struct {
		head  string
		flags []*flag.Flag
	}{{"help.flags", own}, {"help.globals", globals}} {
		if len(part.flags) == 0 {
			continue
		}
		fmt.Fprintln(w)
		fmt.Fprintln(w, t.T(part.head))
		for _, f := range part.flags {
			e.helpFlag(w, f)
		}
	}
}

// helpFlag prints one flag: "  --name ARG", then its description and
// default.
func (e *env) helpFlag(w io.Writer, f *flag.Flag) {
	head := "--" + f.Name
	if arg := e.argName(f); arg != "" {
		head += " " + arg
	}
	text := f.Usage
	if d := e.defaultOf(f); d != "" {
		text += e.t.T("help.default", d)
	}
	columns(w, head, text)
}

// columns prints head indented and text wrapped beside it, from
// helpIndent on (below it when head is too wide to leave a space).
func columns(w io.Writer, head, text string) {
	head = "  " + head
	if lipgloss.Width(head) >= helpIndent-1 {
		fmt.Fprintln(w, head)
		head = ""
	}
	for _, l := range common.Wrap(text, helpWidth-helpIndent) {
		fmt.Fprintln(w, head+strings.Repeat(" ", helpIndent-lipgloss.Width(head))+l)
		head = ""
	}
}

// commandOrder is the order of the commands in frontdesk --help: the
// programs, the queue's commands, the orders', the file's, the figures'.
var commandOrder = []string{
	"desk", "display", "kiosk", "rate", "take", "call", "status", "close-day", "demo", "find",
	"backup", "restore", "recover", "check", "report", "export", "config", "print-test", "serve", "staff",
}

// topHelp prints frontdesk --help: every command with what it does and
// the flags it takes, then the global flags as each command's help has
// them, and the commands that print JSON, read off their flag sets.
func topHelp(w io.Writer, t i18n.Catalog) {
	e := &env{t: t}
	fmt.Fprintln(w, t.T("help.usage", t.T("help.top.usage")))
	fmt.Fprintln(w)
	fmt.Fprintln(w, t.T("help.top.commands"))
	for _, name := range commandOrder {
		usage := strings.TrimPrefix(t.T("help."+name+".usage"), "frontdesk ")
		usage = strings.TrimSuffix(strings.TrimSuffix(usage, " [选项]"), " [flags]")
		columns(w, usage, t.T("help.top."+name))
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, t.T("help.globals"))
	e.flags("").VisitAll(func(f *flag.Flag) { e.helpFlag(w, f) })
	sets := flagSets()
	var json []string
	for _, name := range commandOrder {
		if sets[name] != nil && sets[name].Lookup("json") != nil {
			json = append(json, name)
		}
	}
	columns(w, "--json", t.T("help.top.json", strings.Join(json, t.T("restore.sep"))))
	fmt.Fprintln(w)
	fmt.Fprintln(w, t.T("help.top.more"))
}

// argName names the value f takes; "" for a switch.
func (e *env) argName(f *flag.Flag) string {
	if lit, ok := argLiterals[f.Name]; ok {
		return lit
	}
	if key, ok := argNames[f.Name]; ok {
		return e.t.T(key)
	}
	switch valueOf(f).(type) {
	case bool:
		return ""
	case int:
		return "N"
	case time.Duration:
		return e.t.T("help.arg.duration")
	}
	return e.t.T("help.arg.value")
}

// defaultOf is f's default as the help says it: described, or its value
// unless that is the zero of its kind (a switch off, nothing, 0).
func (e *env) defaultOf(f *flag.Flag) string {
	if describedDefaults[f.Name] {
		return e.t.T("help.default." + f.Name)
	}
	switch v := valueOf(f).(type) {
	case bool:
		if !v {
			return ""
		}
	case string:
		if v == "" {
			return ""
		}
	case int:
		if v == 0 {
			return ""
		}
	case time.Duration:
		if v == 0 {
			return ""
		}
	}
	return f.DefValue
}

// valueOf is the value of f as its kind (bool, int, string, duration):
// every flag of the flag package is a flag.Getter.
func valueOf(f *flag.Flag) any {
	v := f.Value
	if c, ok := v.(told); ok {
		v = c.Value
	}
	if g, ok := v.(flag.Getter); ok {
		return g.Get()
	}
	return nil
}

// told is a flag's value that remembers a value it refused, so that the
// user can be told which flag, which value and what it takes.
type told struct {
	flag.Value
	name string
	bad  *refused
}

// refused is the value a flag refused.
type refused struct {
	flag  string
	value string
	kind  any // the flag's value before, of the kind it takes
}

func (v told) Set(s string) error {
	kind := valueOf(&flag.Flag{Value: v.Value})
	if err := v.Value.Set(s); err != nil {
		*v.bad = refused{flag: v.name, value: s, kind: kind}
		return err
	}
	return nil
}

// IsBoolFlag is the wrapped value's: the flag package parses a switch
// without a value only when it says so.
func (v told) IsBoolFlag() bool {
	b, ok := v.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// telling makes every flag of fs remember a value it refuses, in bad.
func telling(fs *flag.FlagSet, bad *refused) {
	fs.VisitAll(func(f *flag.Flag) {
		if _, ok := f.Value.(told); !ok {
			f.Value = told{Value: f.Value, name: f.Name, bad: bad}
		}
	})
}

// flagError says what was wrong with the flags, in the user's language:
// err is the flag package's, bad the value a flag refused if one did.
func (e *env) flagError(err error, bad refused) string {
	return e.t.T("cli.badFlags", e.flagWrong(err, bad))
}

// flagWrong is what was wrong, the flag's name and the value typed in it.
func (e *env) flagWrong(err error, bad refused) string {
	t := e.t
	if bad.flag != "" {
		value := common.Inert(bad.value)
		switch bad.kind.(type) {
		case int:
			return t.T("help.err.int", bad.flag, value)
		case bool:
			return t.T("help.err.bool", bad.flag, value)
		case time.Duration:
			return t.T("help.err.duration", bad.flag, value)
		}
		return t.T("help.err.value", bad.flag, value)
	}
	msg := err.Error()
	for _, c := range []struct{ prefix, key string }{
		{"flag provided but not defined: -", "help.err.unknown"},
		{"flag needs an argument: -", "help.err.needsValue"},
		{"bad flag syntax: ", "help.err.syntax"},
	} {
		if rest, ok := strings.CutPrefix(msg, c.prefix); ok {
			return t.T(c.key, common.Inert(rest))
		}
	}
	return common.Inert(msg) // the flag package has no other error
}

// flagStop ends a parse that failed: the help when it was asked for (on
// stdout, exit 0), else what was wrong and where to see the flags (on
// stderr, exit 2; see stopped).
func (e *env) flagStop(fs *flag.FlagSet, err error, bad refused) {
	if errors.Is(err, flag.ErrHelp) {
		e.helped = true
		e.help(e.out, fs)
		return
	}
	fmt.Fprintln(e.err, e.flagError(err, bad))
	fmt.Fprintln(e.err, e.t.T("help.see", fs.Name()))
}
