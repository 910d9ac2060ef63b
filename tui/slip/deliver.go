// Handing an ESC/POS stream to the printer: a device file, a network
// printer's port 9100, or a command.

package slip

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"

	"frontdesk/config"
)

// ErrNotTaken is the error of a printer that did not take the whole stream
// before the deadline: off, unplugged, or out of paper (a printer without
// paper stops reading, and the write waits).
var ErrNotTaken = errors.New("the printer did not take the slip in time (off or out of paper?)")

// Deliver sends an ESC/POS stream to the printer of p: to p.Device when set
// — a device file's absolute path, else a network printer's host:port —
// else on the standard input of p.Command. It gives up when ctx is done
// (the desk gives it SendTimeout), saying so.
func Deliver(ctx context.Context, p config.Print, data []byte) error {
	switch {
	case p.Device != "" && filepath.IsAbs(p.Device):
		return toDevice(ctx, p.Device, data)
	case p.Device != "":
		return toNetwork(ctx, p.Device, data)
	}
	return run(ctx, p.Command, bytes.NewReader(data))
}

// toNetwork writes data to a printer's raw TCP port, all of it before the
// deadline: a printer out of paper accepts the connection but stops reading.
func toNetwork(ctx context.Context, addr string, data []byte) error {
	var dialer net.Dialer
	conn, err := dialer.DialContext(ctx, "tcp", addr)
	if err != nil {
		return fmt.Errorf("print: printer %s: %w", addr, err)
	}
	defer conn.Close()
	if dl, ok := ctx.Deadline(); ok {
		conn.SetDeadline(dl)
	}
	// The context may be cancelled before its deadline: unblock the write.
	stop := context.AfterFunc(ctx, func() { conn.Close() })
	defer stop()
	if _, err := conn.Write(data); err != nil {
		if ctx.Err() != nil || errors.Is(err, os.ErrDeadlineExceeded) {
			return fmt.Errorf("print: printer %s: %w", addr, ErrNotTaken)
		}
		return fmt.Errorf("print: printer %s: %w", addr, err)
	}
	return nil
}

// toDevice writes data to a printer's device file (/dev/usb/lp0). A device
// file has no deadlines: the open and the write run on a goroutine, given up
// at the deadline (the goroutine ends when the kernel gives up the write, or
// the printer comes back).
func toDevice(ctx context.Context, path string, data []byte) error {
	done := make(chan error, 1)
	go func() {
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			done <- err
			return
		}
		_, err = f.Write(data)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		done <- err
	}()
	select {
	case err := <-done:
		if err != nil {
			return fmt.Errorf("print: printer %s: %w", path, err)
		}
		return nil
	case <-ctx.Done():
		return fmt.Errorf("print: printer %s: %w", path, ErrNotTaken)
	}
}
