// Package owner is `frontdesk serve`: the one process that opens the
// database, for its life, and runs every transaction of every program at
// the station — the desks, the display, the kiosk and each one-shot
// command are its clients (package client) over a unix socket beside the
// database (package wire). After each commit the store publishes the new
// rev in this process, and the owner passes it to every client that
// watches. Long reads run in the store's pages, each its own short
// transaction, so a client waits behind one for a page at most. Whatever
// else needs one runner at the station lives here.
//
// It is started by the first program that finds none (detached, as tmux
// starts its server), or as a service; with no clients for Options.Idle it
// ends. A second owner on the same file is refused before it opens it: it
// asks the socket who answers, and names the running one.
package owner

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sync"
	"syscall"
	"time"

	"frontdesk/internal/gateway"
	"frontdesk/store"
	"frontdesk/wire"
)

// Options configure an owner.
type Options struct {
	// Socket is where it listens; wire.SocketPath of the database when empty.
	Socket string
	// Idle ends the owner after this long without a client; zero: never.
	Idle time.Duration
	// ScrubRest is how long the scrub of the database rests between its
	// passes (store.Scrub, at ScrubPace); zero: no scrub.
	ScrubRest time.Duration
	ScrubPace store.ScrubPace
	// Transport is the text-message gateway the outbox is sent through
	// (C4); nil: the messages wait, to be called by hand.
	Transport gateway.Transport
}

// Owner serves one store to its clients.
type Owner struct {
	st     store.Served
	opts   Options
	ops    map[string]op
	direct map[string]reflect.Value // the same methods as they are, for Sessions
	hello  wire.Hello
	ctx    context.Context
	cancel context.CancelFunc

	mu       sync.Mutex
	clients  int
	programs map[*conn]string          // the connections that named their program
	desks    map[string]map[*conn]bool // a desk's token: the connections it opened its counter on
	idle     *time.Timer
	conns    sync.WaitGroup
	snaps    snapshots
}

// Running asks the socket of the database at db who answers: the owner's
// hello when one runs, an error otherwise.
func Running(socket string) (wire.Hello, error) {
	nc, err := net.DialTimeout("unix", socket, time.Second)
	if err != nil {
		return wire.Hello{}, err
	}
	defer nc.Close()
	return wire.Greet(nc, 2*time.Second)
}

// AlreadyRunning is the error of a second owner: it names the first.
type AlreadyRunning struct{ Hello wire.Hello }

func (e *AlreadyRunning) Error() string {
	return fmt.Sprintf("frontdesk serve is already running for %s: process %d, since %s",
		e.Hello.DB, e.Hello.PID, e.Hello.Started.Local().Format("2006-01-02 15:04:05"))
}

// Listen makes the owner's socket for st, created 0600: only the station's
// own user may talk to the owner — whatever the station group ([station]
// group), which is for reading the customers' data: the socket is no data
// to read but a way in, every transaction of the store open to whoever
// may connect. A socket left by an owner that was
// killed is taken over — the caller has the file's lock by now (it opened
// the store), so no owner can be behind it.
func Listen(st store.Served, opts Options) (net.Listener, error) {
	path := opts.Socket
	if path == "" {
		path = wire.SocketPath(st.Path())
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, err
	}
	if h, err := Running(path); err == nil {
		return nil, &AlreadyRunning{Hello: h}
	}
	if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	old := syscall.Umask(0o177)
	ln, err := net.Listen("unix", path)
	syscall.Umask(old)
	if err != nil {
		return nil, err
	}
	ln.(*net.UnixListener).SetUnlinkOnClose(true)
	return ln, nil
}

// Serve answers the clients that connect on ln until ctx is done or the
// owner has been idle for opts.Idle; it closes ln, and leaves the store
// open for the caller to close.
func Serve(ctx context.Context, st store.Served, ln net.Listener, opts Options) error {
	return New(st, opts).Serve(ctx, ln)
}

// New makes the owner of st, to Serve; Session opens SSH sessions' ways
// into it before and while it serves.
func New(st store.Served, opts Options) *Owner {
	abs, _ := filepath.Abs(st.Path())
	o := &Owner{st: st, opts: opts, ops: ops(st), direct: direct(st),
		hello: wire.Hello{PID: os.Getpid(), Started: time.Now(), DB: abs, Version: wire.Version}}
	o.ctx, o.cancel = context.WithCancel(context.Background())
	// No desk is linked yet: the counters the desks of an owner before
	// had open are free, until those desks open them again. It is done
	// here, not in Serve, so that a session opened before Serve runs (an
	// SSH desk is one) cannot have its counter freed under it.
	_ = st.LeaveDesk("") // a file that cannot be written refuses every desk anyway
	return o
}

// Serve answers the clients that connect on ln, and those of Dial, until
// ctx is done or the owner has been idle for its Options.Idle; it closes
// ln, and leaves the store open for the caller to close.
func (o *Owner) Serve(ctx context.Context, ln net.Listener) error {
	defer o.cancel()
	stop := context.AfterFunc(ctx, o.cancel)
	defer stop()
	go func() {
		<-o.ctx.Done()
		ln.Close()
	}()
	o.armIdle() // idle from the start, until the first client
	if sc, ok := o.st.(scrubber); ok && o.opts.ScrubRest > 0 {
		go scrub(o.ctx, sc, o.opts)
	}
	if ob, ok := o.st.(outbox); ok {
		runSender(o.ctx, ob, o.opts.Transport)
	}
	for {
		nc, err := ln.Accept()
		if err != nil {
			ended := o.ctx.Err() != nil // asked to end, or idle: ln was closed for it
			o.cancel()
			o.conns.Wait()
			if ended {
				return nil
			}
			return err
		}
		o.accept(nc)
	}
}

// accept serves one connection, counted as a client.
func (o *Owner) accept(nc net.Conn) {
	o.joined()
	o.conns.Add(1)
	go func() {
		defer o.conns.Done()
		defer o.left()
		o.newConn(nc).serve()
	}()
}

// joined and left count the clients, and end the owner when the last has
// been gone for opts.Idle.
func (o *Owner) joined() {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.clients++
	if o.idle != nil {
		o.idle.Stop()
		o.idle = nil
	}
}

func (o *Owner) left() {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.clients > 0 {
		o.clients--
	}
	o.armIdleLocked()
}

// armIdle ends the owner after opts.Idle unless a client comes first.
func (o *Owner) armIdle() {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.armIdleLocked()
}

func (o *Owner) armIdleLocked() {
	if o.clients > 0 || o.opts.Idle <= 0 {
		return
	}
	if o.idle != nil {
		o.idle.Stop()
	}
	o.idle = time.AfterFunc(o.opts.Idle, func() {
		o.mu.Lock()
		idle := o.clients == 0
		o.mu.Unlock()
		if idle {
			o.cancel()
		}
	})
}

// named records the program a connection's Hello named (args: [name], or
// none) and returns the programs of the other connections, sorted. A
// connection is forgotten when it ends (leave).
func (o *Owner) named(c *conn, args json.RawMessage) []string {
	var name []string
	_ = json.Unmarshal(args, &name) // none, or not ours: a connection that names nothing
	o.mu.Lock()
	defer o.mu.Unlock()
	if len(name) == 1 && name[0] != "" {
		if o.programs == nil {
			o.programs = map[*conn]string{}
		}
		o.programs[c] = name[0]
	}
	var others []string
	for other, p := range o.programs {
		if other != c {
			others = append(others, p)
		}
	}
	slices.Sort(others)
	return others
}
