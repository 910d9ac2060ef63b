// A network printer simulated on the loopback address.

package escpostest

import (
	"io"
	"net"
	"testing"
)

// Printer listens on 127.0.0.1 like a printer's port 9100: it takes one
// connection and hands what it read, once the sender closed, to the channel.
func Printer(t *testing.T) (addr string, got <-chan []byte) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	ch := make(chan []byte, 1)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			ch <- nil
			return
		}
		b, _ := io.ReadAll(c) // until the sender closes
		c.Close()
		ch <- b
	}()
	return ln.Addr().String(), ch
}
