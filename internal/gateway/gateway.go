// Package gateway is the way a text message leaves the station (C4): the
// transports that hand one notify.Message to the station's SMS gateway —
// a signed HTTP POST of JSON (webhook) or a program run with the phone and
// the text as its arguments (command) — and what their errors mean to the
// sender: try again later, or give up and call the customer by hand.
//
// Each attempt is bounded by the gateway's timeout, and every message
// carries its idempotency key, so that an attempt whose answer was lost
// can be made again without the customer getting the text twice (from a
// gateway that keeps its keys). Package gatewaytest is a gateway for
// tests.
package gateway

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"frontdesk/notify"
)

// Transport hands one message to the gateway. nil: the gateway took it.
type Transport interface {
	Send(ctx context.Context, m notify.Message) error
}

// ErrTimedOut is in the error of an attempt that the gateway's timeout
// ended: the gateway hung, or the program ran too long.
var ErrTimedOut = errors.New("gateway: timed out")

// New builds the transport of g (g already passed notify.CheckGateway,
// which is asked again here, cheaply). A webhook's secret_file is read
// here, once, and trimmed: an unreadable or empty one is an error naming
// the file, so that a station starts with a gateway it can sign for or not
// at all. TransportNone → nil, nil: the messages wait to be called by hand.
func New(g notify.Gateway) (Transport, error) {
	if err := notify.CheckGateway(g); err != nil {
		return nil, err
	}
	switch g.Transport {
	case notify.TransportWebhook:
		secret, err := secretOf(g)
		if err != nil {
			return nil, err
		}
		return newWebhook(g.URL, secret, g.Timeout), nil
	case notify.TransportCommand:
		return newCommand(g.Command, g.Timeout), nil
	}
	return nil, nil
}

// maxSecret is more than any secret needs: a secret_file that names a log
// or a device by mistake is refused rather than read whole.
const maxSecret = 64 << 10

// secretOf is the webhook's secret: the file's, trimmed, when the
// configuration names one (the file is the deliberate choice: it keeps
// the secret out of a file that is shown), else the inline one.
func secretOf(g notify.Gateway) ([]byte, error) {
	if g.SecretFile == "" {
		return []byte(g.Secret), nil
	}
	return ReadSecret(g.SecretFile)
}

// ReadSecret reads a webhook's secret file, trimmed: the configuration
// asks it too, so that a station is told at the key before anything runs.
func ReadSecret(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("gateway: cannot read the secret file: %w", err)
	}
	defer f.Close()
	raw, err := io.ReadAll(io.LimitReader(f, maxSecret+1))
	switch {
	case err != nil:
		return nil, fmt.Errorf("gateway: cannot read the secret file %s: %w", path, err)
	case len(raw) > maxSecret:
		return nil, fmt.Errorf("gateway: the secret file %s is over %d bytes: not a secret", path, maxSecret)
	}
	secret := strings.TrimSpace(string(raw))
	if secret == "" {
		return nil, fmt.Errorf("gateway: the secret file %s is empty", path)
	}
	return []byte(secret), nil
}

// refusal is an error that will come again however often the message is
// tried: the gateway refused it, or it cannot be handed over at all.
type refusal struct{ err error }

func (r *refusal) Error() string { return r.err.Error() }
func (r *refusal) Unwrap() error { return r.err }

// refused marks err as permanent.
func refused(err error) error { return &refusal{err} }

// Permanent reports whether err (from Send) will fail again however often
// it is tried: the sender fails the message at once (notify.FailRefused)
// rather than spend its retries on it. Everything else — the network, a
// timeout, a busy gateway, a program that failed — may go later.
func Permanent(err error) bool {
	var r *refusal
	return errors.As(err, &r)
}
