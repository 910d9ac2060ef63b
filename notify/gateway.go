package notify

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
)

var (
	ErrTransport = errors.New("notify: the transport is webhook or command")
	ErrURL       = errors.New("notify: the webhook's url is not an http or https address")
	ErrSecret    = errors.New("notify: a webhook needs a secret (or secret_file) to sign its requests")
	ErrCommand   = errors.New("notify: the command needs a program and the arguments {phone} and {text}")
	ErrTimeout   = errors.New("notify: the gateway's timeout is 1 second to 2 minutes")
)

// MaxTimeout is the longest an attempt may be allowed: the sender holds
// no transaction meanwhile, but a message behind a hung gateway waits.
const MaxTimeout = 2 * time.Minute

// CheckGateway says whether g can be used: a webhook's URL is http(s) with
// a host and it has a secret; a command names a program and passes both
// {phone} and {text}; the timeout is within bounds. No transport is good:
// the messages wait to be called by hand.
func CheckGateway(g Gateway) error {
	switch g.Transport {
	case TransportNone:
		return nil
	case TransportWebhook:
		u, err := url.Parse(g.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fmt.Errorf("%w: %q", ErrURL, g.URL)
		}
		if g.Secret == "" && g.SecretFile == "" {
			return ErrSecret
		}
	case TransportCommand:
		joined := strings.Join(g.Command, "\x00")
		if len(g.Command) == 0 || strings.TrimSpace(g.Command[0]) == "" ||
			!strings.Contains(joined, "{phone}") || !strings.Contains(joined, "{text}") {
			return ErrCommand
		}
	default:
		return fmt.Errorf("%w: %q", ErrTransport, g.Transport)
	}
	if g.Timeout < time.Second || g.Timeout > MaxTimeout {
		return fmt.Errorf("%w: %v", ErrTimeout, g.Timeout)
	}
	return nil
}
