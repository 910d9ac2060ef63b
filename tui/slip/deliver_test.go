package slip

import (
	"bytes"
	"context"
	"errors"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"frontdesk/config"
	"frontdesk/repair"
	"frontdesk/tui/i18n"
	"frontdesk/tui/slip/escpos/escpostest"
)

func escposTo(device, command string) config.Print {
	return config.Print{Kind: config.PrintESCPOS, Device: device, Command: command, Width: 32, CodePage: "gb18030", Cut: "partial"}
}

func claimStream() []byte {
	return ClaimESCPOS(notebook(), repair.DefaultConfig(), station, i18n.New("zh"), thermal, beijing)
}

// TestNetworkPrinterReceivesExactlyTheStream: a printer on port 9100,
// simulated on the loopback address, reads the slip and the tag byte for
// byte, and the connection is closed after them.
func TestNetworkPrinterReceivesExactlyTheStream(t *testing.T) {
	addr, got := escpostest.Printer(t)
	want := claimStream()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := Deliver(ctx, escposTo(addr, ""), want); err != nil {
		t.Fatal(err)
	}
	if b := <-got; !bytes.Equal(b, want) {
		t.Fatalf("the printer got %d bytes, want the %d of the stream", len(b), len(want))
	}
}

func TestDeviceFileAndCommandReceiveTheStream(t *testing.T) {
	want := claimStream()
	dev := filepath.Join(t.TempDir(), "lp0")
	os.WriteFile(dev, nil, 0o644)
	if err := Deliver(context.Background(), escposTo(dev, ""), want); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(dev); !bytes.Equal(b, want) {
		t.Errorf("device file got %d bytes, want %d", len(b), len(want))
	}
	out := filepath.Join(t.TempDir(), "raw")
	if err := Deliver(context.Background(), escposTo("", script(t, "raw.sh", `cat > "$1"`)+" "+out), want); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(out); !bytes.Equal(b, want) {
		t.Errorf("command got %d bytes, want %d", len(b), len(want))
	}
}

// TestPrinterOffIsRefusedAtOnce: nothing listens on the port (the printer
// is off): the connection is refused, and said so.
func TestPrinterOffIsRefusedAtOnce(t *testing.T) {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	addr := ln.Addr().String()
	ln.Close()
	err := Deliver(context.Background(), escposTo(addr, ""), claimStream())
	if !errors.Is(err, syscall.ECONNREFUSED) {
		t.Fatalf("Deliver = %v, want connection refused", err)
	}
	if err := Deliver(context.Background(), escposTo("/nonexistent/usb/lp0", ""), claimStream()); err == nil || !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("unplugged device: %v", err)
	}
}

// TestPrinterThatStopsReadingIsGivenUpAtTheDeadline: a printer out of
// paper accepts the connection and stops reading; a device file that no one
// takes (a FIFO without a reader) blocks its open. Both end at the deadline.
func TestPrinterThatStopsReadingIsGivenUpAtTheDeadline(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err == nil {
			time.Sleep(5 * time.Second) // never reads
			c.Close()
		}
	}()
	fifo := filepath.Join(t.TempDir(), "lp0")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	// More than any socket buffers hold: the write must wait for the reader.
	big := bytes.Repeat([]byte("x"), 64<<20)
	for name, p := range map[string]config.Print{"network": escposTo(ln.Addr().String(), ""), "device": escposTo(fifo, "")} {
		start := time.Now()
		ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
		err := Deliver(ctx, p, big)
		cancel()
		if !errors.Is(err, ErrNotTaken) || !strings.Contains(err.Error(), "out of paper") {
			t.Errorf("%s: Deliver = %v, want not taken", name, err)
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%s: gave up after %v", name, d)
		}
	}
}
