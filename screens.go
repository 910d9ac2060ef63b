package main

// The full-screen programs: the desk, the queue display, the kiosk and the
// rating pad, each a Bubble Tea program on the store and its change feed.

import (
	"context"
	"fmt"
	"path/filepath"

	tea "charm.land/bubbletea/v2"

	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/desk"
	"frontdesk/tui/display"
	"frontdesk/tui/kiosk"
	"frontdesk/tui/rate"
	"frontdesk/tui/voice"
)

// program runs a full-screen program on the store, with the change feed.
func (e *env) program(st store.Station, build func(c common.Common, feed <-chan uint64) tea.Model) int {
	defer st.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	c := common.New(st, e.cfg.Queue, string(e.t.Lang), true, nil)
	c.Repair, c.Onsite, c.Station, c.Print, c.ConfigFile = e.cfg.Repair, e.cfg.Onsite, e.cfg.Station, e.cfg.Print, e.src.Path
	c.Files = e.cfg.Files
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
		return e.stopped()
	}
	if !e.load() {
		return 1
	}
	if *counter != 0 {
		if _, err := e.cfg.Queue.Counter(*counter); err != nil {
			return e.fail(e.cfg.Queue, err)
		}
	}
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
		m := desk.New(c, feed, desk.Options{
			DB: abs, PrefsFile: prefs, Counter: *counter, Engineer: *engineer,
			DailyBackup: func() (string, error) { return st.DailyBackup(*backups, *keep) },
		})
		return &m
	})
}

func runDisplay(e *env, args []string) int {
	return e.screen("display", args, func(c common.Common, feed <-chan uint64, a *voice.Announcer) tea.Model {
		return display.New(c, feed).WithVoice(a, e.cfg.Voice.Repeat)
	})
}

func runKiosk(e *env, args []string) int {
	return e.screen("kiosk", args, func(c common.Common, feed <-chan uint64, a *voice.Announcer) tea.Model {
		return kiosk.New(c, feed).WithVoice(a)
	})
}

// runRate is the rating pad of a counter, facing its customer: the counter
// is required and must be one of the configuration's, as the pad asks
// about that counter's services only.
func runRate(e *env, args []string) int {
	fs := e.flags("rate")
	counter := fs.Int("counter", 0, e.t.T("cli.flag.counter"))
	if _, ok := e.parse(fs, args); !ok {
		return e.stopped()
	}
	if !e.load() {
		return 1
	}
	if *counter == 0 {
		fmt.Fprintln(e.err, e.t.T("rate.needCounter", counterNumbers(e.cfg.Queue)))
		return 2
	}
	if _, err := e.cfg.Queue.Counter(*counter); err != nil {
		return e.fail(e.cfg.Queue, err)
	}
	st, code := e.open()
	if st == nil {
		return code
	}
	return e.program(st, func(c common.Common, feed <-chan uint64) tea.Model {
		c.SetTheme(e.cfg.Display.Theme) // a customer's screen, as the display and the kiosk
		return rate.New(c, feed, rate.Options{Counter: *counter})
	})
}

// screen runs a customer's screen with its voice: the configuration's,
// silent with --mute. The announcer outlives the program by nothing: it is
// closed, its speech command killed, as the program returns.
func (e *env) screen(name string, args []string, build func(common.Common, <-chan uint64, *voice.Announcer) tea.Model) int {
	fs := e.flags(name)
	mute := fs.Bool("mute", false, e.t.T("cli.flag.mute"))
	if _, ok := e.parse(fs, args); !ok {
		return e.stopped()
	}
	st, code := e.open()
	if st == nil {
		return code
	}
	v := e.cfg.Voice
	v.Mute = v.Mute || *mute
	a := voice.Start(v, string(e.t.Lang))
	defer a.Close()
	return e.program(st, func(c common.Common, feed <-chan uint64) tea.Model {
		c.SetTheme(e.cfg.Display.Theme)
		return build(c, feed, a)
	})
}
