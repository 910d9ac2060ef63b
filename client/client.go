// Package client is a program's side of the owner of the database
// (package owner, `frontdesk serve`): a store.Station whose every method is
// a request over the owner's unix socket (package wire), so that the
// screens and commands cannot tell it from the store itself.
//
// Open finds the owner, or starts one (detached, as tmux starts its
// server) and waits for it. When the link breaks — the owner was killed,
// say — a request that was sent fails with wire.ErrLinkLost (not known
// whether it was saved), one made while the link is down fails at once
// with wire.ErrReconnecting (nothing was sent), and the client makes the
// link again by itself, starting a new owner if none answers; the change
// feed says so on both edges, so every screen reads again what it shows.
package client

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os/exec"
	"reflect"
	"sync"
	"sync/atomic"
	"time"

	"frontdesk/queue"
	"frontdesk/wire"
)

// Options configure a client.
type Options struct {
	DB     string       // the database's path, absolute
	Socket string       // wire.SocketPath(DB) when empty
	Config queue.Config // what Config returns: the program's own
	// Start makes the command that starts an owner for DB (`frontdesk
	// serve --report`); nil: never start one.
	Start func() *exec.Cmd
	// Timeout is how long a request waits for its answer (DefaultTimeout
	// when zero); backups, restores and compaction wait as long as they
	// take.
	Timeout time.Duration
	// Migrating is told when a started owner brings the file to a newer
	// schema before it answers, which can take a minute.
	Migrating func(from, to int)
	// Program is the command this client is ("desk", "display"…), which
	// the owner lists to the other programs (Programs); empty: none.
	Program string
	// Local, when set, is the way into the owner from inside its process
	// (an SSH session's, owner.Session), used instead of the socket:
	// Socket and Start are not.
	Local Local
}

// DefaultTimeout is a request's timeout when Options.Timeout is zero.
const DefaultTimeout = 15 * time.Second

// ErrClosed is a request after Close.
var ErrClosed = errors.New("client: closed")

// Client is a program's link to the owner. Its methods are safe for
// concurrent use.
type Client struct {
	opts Options
	next atomic.Uint64

	mu       sync.Mutex
	link     *link // nil while down
	closed   bool
	watchers map[*watcher]bool
	rev      uint64 // the newest rev heard of
	owner    wire.Hello
	seat     []any // the arguments of the last OpenDesk, to open it again on a new link
}

// Open connects to the owner of opts.DB, starting one when none answers.
func Open(opts Options) (*Client, error) {
	if opts.Socket == "" {
		opts.Socket = wire.SocketPath(opts.DB)
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	c := &Client{opts: opts, watchers: map[*watcher]bool{}}
	if opts.Local != nil {
		return c, nil
	}
	l, err := c.connect()
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	c.up(l)
	c.mu.Unlock()
	return c, nil
}

// Owner is who answered the last time the link was made.
func (c *Client) Owner() wire.Hello {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.owner
}

// dial makes a connection to a running owner and greets it.
func (c *Client) dial(program string) (net.Conn, *bufio.Reader, wire.Hello, error) {
	nc, err := net.DialTimeout("unix", c.opts.Socket, time.Second)
	if err != nil {
		return nil, nil, wire.Hello{}, err
	}
	h, r, err := wire.GreetReader(nc, program, 2*time.Second)
	if err != nil {
		nc.Close()
		return nil, nil, h, err
	}
	return nc, r, h, nil
}

// connect makes a link: to the running owner, or to one it starts.
func (c *Client) connect() (*link, error) {
	nc, r, h, err := c.dial(c.opts.Program)
	if err != nil && c.opts.Start != nil {
		nc, r, h, err = c.start()
	}
	if err != nil {
		return nil, err
	}
	return c.newLink(nc, r, h), nil
}

// up makes l the client's link (c.mu held): it watches on it when anybody
// watches, and tells the watchers, who read again.
func (c *Client) up(l *link) {
	c.link, c.owner = l, l.hello
	c.rev = max(c.rev, l.hello.Rev)
	go l.read()
	if len(c.watchers) > 0 {
		c.watchOn(l)
	}
	if seat := c.seat; seat != nil {
		go func() { _ = c.do("OpenDesk", seat) }() // refused: another desk has it, as the snapshot shows
	}
	c.publishLocked(c.rev)
}

// down is called by a link's reader when it ends: the watchers are told
// (they read again, and show that the link is being made again), and the
// link is made again in the background.
func (c *Client) down(l *link) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.link != l {
		return
	}
	c.link = nil
	c.publishLocked(c.rev)
	if !c.closed {
		go c.reconnect()
	}
}

// reconnect tries again and again, quickly at first, until the link is up
// or the client closed.
func (c *Client) reconnect() {
	wait := 20 * time.Millisecond
	for {
		c.mu.Lock()
		closed := c.closed
		c.mu.Unlock()
		if closed {
			return
		}
		if l, err := c.connect(); err == nil {
			c.mu.Lock()
			if c.closed {
				c.mu.Unlock()
				l.close()
				return
			}
			c.up(l)
			c.mu.Unlock()
			return
		}
		time.Sleep(wait)
		wait = min(2*wait, 500*time.Millisecond)
	}
}

// current is the link to send on, or why there is none.
func (c *Client) current() (*link, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	switch {
	case c.closed:
		return nil, ErrClosed
	case c.link == nil:
		return nil, wire.ErrReconnecting
	}
	return c.link, nil
}

// do runs one request: args are the method's arguments, outs point to its
// results (its error apart), filled only when it succeeds.
func (c *Client) do(op string, args []any, outs ...any) error {
	return c.doWithin(c.opts.Timeout, op, args, outs...)
}

// doWithin is do with its own timeout; zero waits as long as it takes.
func (c *Client) doWithin(timeout time.Duration, op string, args []any, outs ...any) error {
	if c.opts.Local != nil {
		return c.callLocal(op, args, outs)
	}
	l, err := c.current()
	if err != nil {
		return err
	}
	raw, err := json.Marshal(args)
	if err != nil {
		return err
	}
	r, err := l.roundTrip(wire.Request{ID: c.next.Add(1), Op: op, Args: raw}, timeout)
	if err != nil {
		return err
	}
	if r.Err != nil {
		return r.Err.Err()
	}
	return decodeResults(r.Res, outs)
}

// decodeResults fills outs from an answer's results, a JSON array read
// once as it is decoded (the frame was not checked: wire.ParseFrame).
func decodeResults(res json.RawMessage, outs []any) error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: "+format, append([]any{wire.ErrBadRequest}, args...)...)
	}
	dec := json.NewDecoder(bytes.NewReader(res))
	if t, err := dec.Token(); err != nil || t != json.Delim('[') {
		return bad("results are not an array: %v", err)
	}
	// Each is decoded into a value of its own, put in its place only when
	// all are read: the caller's are filled only when the answer is whole.
	got := make([]reflect.Value, 0, len(outs))
	n := 0
	for ; dec.More(); n++ {
		var v reflect.Value
		if n < len(outs) {
			v = reflect.New(reflect.TypeOf(outs[n]).Elem())
		} else {
			v = reflect.ValueOf(new(json.RawMessage))
		}
		if err := dec.Decode(v.Interface()); err != nil {
			return bad("result %d: %v", n+1, err)
		}
		got = append(got, v)
	}
	if t, err := dec.Token(); err != nil || t != json.Delim(']') {
		return bad("results do not end: %v", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return bad("more after the results")
	}
	if n != len(outs) {
		return bad("%d results, want %d", n, len(outs))
	}
	for i, out := range outs {
		reflect.ValueOf(out).Elem().Set(got[i].Elem())
	}
	return nil
}

// Close ends the link; the owner goes on for its other clients.
func (c *Client) Close() error {
	if c.opts.Local != nil {
		return c.opts.Local.Close()
	}
	c.mu.Lock()
	c.closed = true
	l := c.link
	c.link = nil
	for w := range c.watchers {
		w.stop()
	}
	c.watchers = nil
	c.mu.Unlock()
	if l != nil {
		l.close()
	}
	return nil
}
