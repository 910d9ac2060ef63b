package client

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"syscall"
	"time"

	"frontdesk/store"
	"frontdesk/wire"
)

// lockedWait is how long a client whose owner found the file held waits
// for the one that holds it to answer: several programs that found no
// owner at once each start one, and all but one find the file taken.
const lockedWait = 2 * time.Second

// start starts an owner, detached in a session of its own so that it
// outlives this program, and waits until an owner answers: its own, or
// another that won the file first. The owner reports on a pipe while it
// starts (wire.Report): a migration, ready, or the error it could not
// start with, which is returned as the owner had it (a damaged file is
// ErrNotDatabase here too).
func (c *Client) start() (net.Conn, *bufio.Reader, wire.Hello, error) {
	r, w, err := os.Pipe()
	if err != nil {
		return nil, nil, wire.Hello{}, err
	}
	defer r.Close()
	cmd := c.opts.Start()
	cmd.Stdin, cmd.Stdout = nil, w // standard error is the caller's choice: nil is /dev/null
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	err = cmd.Start()
	w.Close()
	if err != nil {
		return nil, nil, wire.Hello{}, fmt.Errorf("starting the owner of the database: %w", err)
	}
	go func() { _ = cmd.Wait() }() // reaped whenever it ends

	reports := make(chan wire.Report)
	go func() {
		defer close(reports)
		sc := bufio.NewScanner(r)
		for sc.Scan() {
			var rep wire.Report
			if json.Unmarshal(sc.Bytes(), &rep) == nil {
				reports <- rep
			}
		}
	}()
	var failed error // the owner's own error, once it said it
	var giveUp <-chan time.Time
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case rep, ok := <-reports:
			switch {
			case !ok:
				reports = nil // it answers on its socket from now on, or it is gone
				if giveUp == nil {
					giveUp = time.After(5 * time.Second)
				}
			case rep.Migrating != nil && len(rep.Migrating) == 2 && c.opts.Migrating != nil:
				c.opts.Migrating(rep.Migrating[0], rep.Migrating[1])
			case rep.Err != nil:
				failed = rep.Err.Err()
				if !errors.Is(failed, store.ErrLocked) {
					return nil, nil, wire.Hello{}, failed
				}
				giveUp = time.After(lockedWait) // another owner has it: wait for it to answer
			}
		case <-tick.C:
			if nc, br, h, err := c.dial(c.opts.Program); err == nil {
				return nc, br, h, nil
			}
		case <-giveUp:
			if failed == nil {
				failed = fmt.Errorf("%w: the owner of %s did not answer on %s", wire.ErrReconnecting, c.opts.DB, c.opts.Socket)
			}
			return nil, nil, wire.Hello{}, failed
		}
	}
}
