package client

import (
	"bufio"
	"encoding/json"
	"net"
	"sync"
	"time"

	"frontdesk/wire"
)

// link is one connection to the owner: requests are written under wmu,
// answers read by one goroutine and handed to whoever waits for them.
type link struct {
	c     *Client
	nc    net.Conn
	r     *bufio.Reader
	hello wire.Hello

	wmu sync.Mutex
	enc *json.Encoder

	mu      sync.Mutex
	pending map[uint64]chan wire.Response
	done    chan struct{} // closed when the reader ends
}

func (c *Client) newLink(nc net.Conn, r *bufio.Reader, h wire.Hello) *link {
	return &link{c: c, nc: nc, r: r, hello: h, enc: json.NewEncoder(nc),
		pending: map[uint64]chan wire.Response{}, done: make(chan struct{})}
}

// read hands every answer to its request and every rev to the watchers,
// until the connection ends.
func (l *link) read() {
	defer func() {
		close(l.done)
		l.nc.Close()
		l.c.down(l)
	}()
	sc := bufio.NewScanner(l.r)
	sc.Buffer(make([]byte, 0, 64<<10), wire.MaxFrame)
	for sc.Scan() {
		r, err := wire.ParseFrame(sc.Bytes())
		if err != nil {
			return // not the owner's frame: the link is not to be trusted
		}
		if r.ID == 0 {
			if r.Feed != 0 {
				l.c.publish(r.Feed)
			}
			continue
		}
		l.mu.Lock()
		ch := l.pending[r.ID]
		delete(l.pending, r.ID)
		l.mu.Unlock()
		if ch != nil {
			ch <- r // buffered: the reader never waits
		}
	}
}

// send writes one request.
func (l *link) send(req wire.Request) error {
	l.wmu.Lock()
	defer l.wmu.Unlock()
	_ = l.nc.SetWriteDeadline(time.Now().Add(5 * time.Second))
	return l.enc.Encode(req)
}

// roundTrip sends req and waits for its answer, within timeout (zero: as
// long as it takes, while the link is up).
func (l *link) roundTrip(req wire.Request, timeout time.Duration) (wire.Response, error) {
	ch := make(chan wire.Response, 1)
	l.mu.Lock()
	select {
	case <-l.done:
		l.mu.Unlock()
		return wire.Response{}, wire.ErrReconnecting
	default:
	}
	l.pending[req.ID] = ch
	l.mu.Unlock()
	forget := func() {
		l.mu.Lock()
		delete(l.pending, req.ID)
		l.mu.Unlock()
	}
	if err := l.send(req); err != nil {
		forget()
		l.nc.Close() // a half-written frame leaves the link unusable
		return wire.Response{}, wire.ErrLinkLost
	}
	var expire <-chan time.Time
	if timeout > 0 {
		t := time.NewTimer(timeout)
		defer t.Stop()
		expire = t.C
	}
	select {
	case r := <-ch:
		return r, nil
	case <-l.done:
		select {
		case r := <-ch:
			return r, nil
		default:
			return wire.Response{}, wire.ErrLinkLost
		}
	case <-expire:
		forget()
		return wire.Response{}, wire.ErrTimeout
	}
}

func (l *link) close() { l.nc.Close() }
