package main

// `frontdesk serve`: the owner of the database (package owner), and how
// every other program reaches it (package client), starting it when none
// runs.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"frontdesk/client"
	"frontdesk/internal/gateway"
	"frontdesk/owner"
	"frontdesk/store"
	"frontdesk/tui/slip"
	"frontdesk/wire"
)

// ownerIdleEnv sets how long an owner started by a program waits without
// clients before it ends (a duration, "0" for never).
const ownerIdleEnv = "FRONTDESK_OWNER_IDLE"

// startedIdle is that wait when ownerIdleEnv is not set: a station's
// programs come and go all day; an owner nobody uses for this long goes.
const startedIdle = 10 * time.Minute

func runServe(e *env, args []string) int {
	fs := e.flags("serve")
	idle := fs.Duration("idle", 0, e.t.T("cli.flag.idle"))
	scrub := fs.Duration("scrub", owner.DefaultScrubRest, e.t.T("cli.flag.scrub"))
	report := fs.Bool("report", false, e.t.T("cli.flag.report"))
	if _, ok := e.parse(fs, args); !ok {
		return e.stopped()
	}
	// A client that started this owner and stopped reading its report
	// must not kill it with SIGPIPE.
	signal.Ignore(syscall.SIGPIPE)
	rep := reporter{on: *report}
	if !e.load() {
		rep.send(wire.Report{Err: wire.EncodeError(errors.New(e.t.T("config.notStarted")))})
		return 1
	}
	if h, err := owner.Running(wire.SocketPath(e.db)); err == nil {
		if *report {
			rep.send(wire.Report{Ready: true}) // the client is served by the running one
			return 0
		}
		fmt.Fprintln(e.err, e.t.T("serve.running", h.DB, h.PID, h.Started.Local().Format("2006-01-02 15:04:05")))
		return 1
	}
	opts := e.storeOptions()
	opts.Migrating = func(from, to int) {
		fmt.Fprintln(e.err, e.t.T("db.migrating", e.db, from, to))
		rep.send(wire.Report{Migrating: []int{from, to}})
	}
	st, err := store.Open(opts)
	if err != nil {
		rep.send(wire.Report{Err: wire.EncodeError(err)})
		return e.fail(e.cfg.Queue, err)
	}
	defer st.Close()
	ln, err := owner.Listen(st, owner.Options{})
	if err != nil {
		rep.send(wire.Report{Err: wire.EncodeError(err)})
		return e.fail(e.cfg.Queue, err)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	tr, err := gateway.New(e.cfg.Messages.Gateway)
	if err != nil {
		ln.Close()
		rep.send(wire.Report{Err: wire.EncodeError(err)})
		fmt.Fprintln(e.err, e.t.T("serve.gateway", err))
		return 1
	}
	served := owner.Options{Idle: *idle, ScrubRest: *scrub, Transport: tr}
	if e.cfg.SSH.Addr() != "" {
		served.Idle = 0 // the station's other PCs connect to it at any time: it stays
	}
	o := owner.New(st, served)
	srv, sshLn, err := e.startSSH(ctx, st, o)
	if err != nil {
		ln.Close()
		rep.send(wire.Report{Err: wire.EncodeError(err)})
		return e.fail(e.cfg.Queue, err)
	}
	rep.send(wire.Report{Ready: true})
	if *report {
		detach()
	} else {
		fmt.Fprintln(e.err, e.t.T("serve.listening", st.Path(), wire.SocketPath(e.db)))
		if srv != nil {
			fmt.Fprintln(e.err, e.t.T("serve.ssh", sshLn.Addr(), hostKeyFingerprint(st.Path())))
		}
		if w := slip.PlaceholderWarning(e.t, e.cfg.Station, e.src.Path, true); w != "" {
			fmt.Fprintln(e.err, w)
		}
	}
	if err := o.Serve(ctx, ln); err != nil {
		return e.fail(e.cfg.Queue, err)
	}
	return 0
}

// reporter writes an owner's start-up reports for the client that started
// it (serve --report), one JSON line each.
type reporter struct{ on bool }

func (r reporter) send(rep wire.Report) {
	if r.on {
		_ = json.NewEncoder(os.Stdout).Encode(rep)
	}
}

// detach lets go of the standard output and error a starting client
// reads: the owner outlives it, and writes nothing after it is ready.
func detach() {
	null, err := os.OpenFile(os.DevNull, os.O_RDWR, 0)
	if err != nil {
		return
	}
	for _, fd := range []int{0, 1, 2} {
		_ = syscall.Dup3(int(null.Fd()), fd, 0)
	}
	null.Close()
}

// open loads the configuration and connects to the owner of the database,
// starting one when none runs, or prints why not and returns the exit
// code. An upgrade of the file by the owner it started is announced on
// stderr, as it may take a while.
func (e *env) open() (store.Station, int) {
	if !e.load() {
		return nil, 1
	}
	if e.station != nil {
		return e.station, 0
	}
	db, err := filepath.Abs(e.db)
	if err != nil {
		return nil, e.fail(e.cfg.Queue, err)
	}
	c, err := client.Open(client.Options{
		DB: db, Config: e.cfg.Queue, Start: e.ownerCommand(db), Program: e.name,
		Migrating: func(from, to int) { fmt.Fprintln(e.err, e.t.T("db.migrating", e.db, from, to)) },
	})
	if err != nil {
		return nil, e.fail(e.cfg.Queue, err)
	}
	return c, 0
}

// ownerCommand starts this same program as the owner of db, with this
// command's configuration.
func (e *env) ownerCommand(db string) func() *exec.Cmd {
	return func() *exec.Cmd {
		exe, err := os.Executable()
		if err != nil {
			exe = os.Args[0]
		}
		idle := startedIdle.String()
		if v := os.Getenv(ownerIdleEnv); v != "" {
			idle = v
		}
		args := []string{"serve", "--report", "--db", db, "--idle", idle, "--timeout", e.timeout.String()}
		if e.config != "" {
			cfg, _ := filepath.Abs(e.config)
			args = append(args, "--config", cfg)
		}
		return exec.Command(exe, args...)
	}
}

// openHere opens the store in this process, for the commands that must
// hold the file themselves (the demo, on its own clock).
func (e *env) openHere(now func() time.Time) (*store.Store, int) {
	if !e.load() {
		return nil, 1
	}
	opts := e.storeOptions()
	opts.Now = now
	st, err := store.Open(opts)
	if err != nil {
		return nil, e.fail(e.cfg.Queue, err)
	}
	return st, 0
}
