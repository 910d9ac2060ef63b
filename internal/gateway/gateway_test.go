package gateway_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"frontdesk/internal/gateway"
	"frontdesk/internal/gateway/gatewaytest"
	"frontdesk/notify"
)

// A secret_file is read once and trimmed: the gateway that knows the
// secret takes what the station signs with the file's.
func TestNewSecretFile(t *testing.T) {
	gw := start(t, gatewaytest.Options{Secret: "s3cret"})
	file := filepath.Join(t.TempDir(), "sms.secret")
	if err := os.WriteFile(file, []byte("  s3cret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tr, err := gateway.New(notify.Gateway{Transport: notify.TransportWebhook, URL: gw.URL(), SecretFile: file, Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	if err, _ := send(tr, ready()); err != nil || len(gw.Deliveries()) != 1 {
		t.Fatalf("err %v, %d deliveries", err, len(gw.Deliveries()))
	}
}

// A secret file that is missing or holds nothing stops the station at
// start, naming the file.
func TestNewSecretFileBad(t *testing.T) {
	dir := t.TempDir()
	blank := filepath.Join(dir, "blank")
	if err := os.WriteFile(blank, []byte(" \n\t\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, file := range []string{filepath.Join(dir, "missing"), blank, dir} {
		tr, err := gateway.New(notify.Gateway{Transport: notify.TransportWebhook, URL: "https://sms.example.cn/frontdesk", SecretFile: file, Timeout: 5 * time.Second})
		if err == nil || tr != nil || !strings.Contains(err.Error(), file) {
			t.Errorf("%s: %v, %v; want an error naming it", file, tr, err)
		}
	}
}

func TestNewNone(t *testing.T) {
	tr, err := gateway.New(notify.Gateway{})
	if tr != nil || err != nil {
		t.Fatalf("no transport: %v, %v", tr, err)
	}
	// What notify.CheckGateway refuses is refused here too.
	if _, err := gateway.New(notify.Gateway{Transport: notify.TransportCommand, Command: []string{"gammu"}, Timeout: time.Second}); !errors.Is(err, notify.ErrCommand) {
		t.Fatalf("a command without {phone} and {text}: %v", err)
	}
}

func TestPermanent(t *testing.T) {
	gw := start(t, gatewaytest.Options{Secret: "s3cret", Status: 400})
	err, _ := send(webhookTo(t, gw.URL(), "s3cret", 5*time.Second), ready())
	if !gateway.Permanent(fmt.Errorf("attempt 3: %w", err)) {
		t.Errorf("a wrapped refusal is not permanent: %v", err)
	}
	if gateway.Permanent(nil) || gateway.Permanent(errors.New("gateway: 400")) || gateway.Permanent(gateway.ErrTimedOut) {
		t.Error("permanent without a refusal")
	}
}
