package owner

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"net"
	"reflect"
	"sync"
	"sync/atomic"
	"time"

	"frontdesk/store"
	"frontdesk/wire"
)

// writeTimeout is how long the owner waits for a client to take one frame.
// A client that takes longer is hung or gone: its connection is closed
// (it reconnects if it can), so that it holds up nobody else — the
// goroutines that answer it give up with it.
const writeTimeout = 10 * time.Second

// conn is one client's connection: requests are read on one goroutine and
// each runs on its own; their answers and the feed are written by another,
// the only one that writes.
type conn struct {
	o   *Owner
	nc  net.Conn
	ctx context.Context
	end context.CancelFunc

	out     chan wire.Response
	feed    chan struct{} // a new rev is in rev
	rev     atomic.Uint64
	watched atomic.Bool

	mu      sync.Mutex
	streams map[uint64]context.CancelFunc
	running sync.WaitGroup
}

func (o *Owner) newConn(nc net.Conn) *conn {
	ctx, end := context.WithCancel(o.ctx)
	return &conn{
		o: o, nc: nc, ctx: ctx, end: end,
		out: make(chan wire.Response, 16), feed: make(chan struct{}, 1),
		streams: map[uint64]context.CancelFunc{},
	}
}

// serve runs the connection until the client goes, or the owner does.
func (c *conn) serve() {
	go c.write()
	go func() {
		<-c.ctx.Done()
		c.nc.Close() // ends read
	}()
	c.read()
	c.end()
	c.running.Wait()
	c.o.leave(c)
}

func (c *conn) read() {
	sc := bufio.NewScanner(c.nc)
	sc.Buffer(make([]byte, 0, 64<<10), wire.MaxFrame)
	for sc.Scan() {
		var req wire.Request
		if err := json.Unmarshal(sc.Bytes(), &req); err != nil {
			c.answer(req.ID, nil, errors.Join(wire.ErrBadRequest, err))
			continue
		}
		if req.Cancel {
			c.mu.Lock()
			if stop := c.streams[req.ID]; stop != nil {
				stop()
			}
			c.mu.Unlock()
			continue
		}
		c.running.Add(1)
		go func() {
			defer c.running.Done()
			c.handle(req)
		}()
	}
}

// write is the connection's only writer: answers as they come, and the
// newest rev whenever the feed has moved.
func (c *conn) write() {
	defer c.end()
	var frame []byte
	for {
		var r wire.Response
		select {
		case <-c.ctx.Done():
			return
		case r = <-c.out:
		case <-c.feed:
			r = wire.Response{Feed: c.rev.Load()}
		}
		_ = c.nc.SetWriteDeadline(time.Now().Add(writeTimeout))
		var err error
		if frame, err = r.AppendFrame(frame[:0]); err != nil {
			return
		}
		if _, err := c.nc.Write(frame); err != nil {
			return
		}
		if r.Raw != nil {
			// A page's records follow its frame as they are, never
			// re-encoded (wire.Response.Records).
			if _, err := (*net.Buffers)(&r.Raw).WriteTo(c.nc); err != nil {
				return
			}
		}
	}
}

// send queues a frame for the writer; it fails once the connection is done.
func (c *conn) send(r wire.Response) error {
	select {
	case c.out <- r:
		return nil
	case <-c.ctx.Done():
		return wire.ErrLinkLost
	}
}

func (c *conn) answer(id uint64, res json.RawMessage, err error) {
	_ = c.send(wire.Response{ID: id, Res: res, Err: wire.EncodeError(err)})
}

func (c *conn) handle(req wire.Request) {
	switch req.Op {
	case wire.OpHello:
		h := c.o.hello
		h.Rev, _ = c.o.st.Rev()
		h.Programs = c.o.named(c, req.Args)
		data, err := json.Marshal([]any{h})
		c.answer(req.ID, data, err)
		return
	case wire.OpWatch:
		c.watch()
		c.answer(req.ID, json.RawMessage("[]"), nil)
		return
	}
	op, ok := c.o.ops[req.Op]
	if !ok {
		c.answer(req.ID, nil, wire.ErrBadRequest)
		return
	}
	if op.stream {
		c.stream(req, op)
		return
	}
	if req.Op == opSnapshot && (len(req.Args) == 0 || string(req.Args) == "[]") {
		res, err := c.o.snapshot()
		c.answer(req.ID, res, err)
		return
	}
	in, err := args(op.fn, req.Args, 0)
	if err != nil {
		c.answer(req.ID, nil, err)
		return
	}
	res, err := results(op.fn.Call(in))
	if err == nil && req.Op == opOpenDesk {
		c.o.seated(c, in[2].String())
	}
	c.answer(req.ID, res, err)
}

// stream runs a period reader, each page its own frame; a cancel from the
// client, or its going, stops the reader at its next page.
func (c *conn) stream(req wire.Request, op op) {
	ctx, stop := context.WithCancel(c.ctx)
	defer stop()
	c.mu.Lock()
	c.streams[req.ID] = stop
	c.mu.Unlock()
	defer func() {
		c.mu.Lock()
		delete(c.streams, req.ID)
		c.mu.Unlock()
	}()
	in, err := args(op.fn, req.Args, 1)
	if err != nil {
		c.answer(req.ID, nil, err)
		return
	}
	in = append(in, reflect.ValueOf(func(page store.Records) error {
		if ctx.Err() != nil {
			return errStopped
		}
		select {
		case c.out <- wire.Response{ID: req.ID, Records: wire.Lengths(page), Raw: page}:
			return nil
		case <-ctx.Done():
			return errStopped
		}
	}))
	res, err := results(op.fn.Call(in))
	if errors.Is(err, errStopped) {
		err = nil // the client asked to stop, or went: it wants no answer
	}
	c.answer(req.ID, res, err)
}

var errStopped = errors.New("the client stopped reading")

// watch sends the connection the rev of every commit from now on: the
// store's feed for it is coalescing (the newest rev when the client is
// behind), and so is the slot between it and the writer.
func (c *conn) watch() {
	if c.watched.Swap(true) {
		return
	}
	feed := c.o.st.Watch(c.ctx)
	go func() {
		for rev := range feed {
			c.rev.Store(rev)
			select {
			case c.feed <- struct{}{}:
			default:
			}
		}
	}()
}
