package gateway

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"

	"frontdesk/notify"
)

// webhook POSTs each message as JSON to the gateway's URL, signed with
// the shared secret so that the gateway sends only what the station wrote.
type webhook struct {
	url     string
	host    string // what the errors name: a URL's path or query may hold a token
	secret  []byte
	timeout time.Duration
	client  *http.Client
}

func newWebhook(rawURL string, secret []byte, timeout time.Duration) *webhook {
	host := rawURL
	if u, err := url.Parse(rawURL); err == nil {
		host = u.Host
	}
	return &webhook{
		url: rawURL, host: host, secret: secret, timeout: timeout,
		client: &http.Client{
			Timeout: timeout,
			// A redirect is never followed: the signed message, phone and
			// all, goes to the address the station configured and nowhere
			// else. The 3xx itself comes back and is refused below.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		},
	}
}

// payload is the JSON a webhook sends, its fields in this order.
type payload struct {
	Key     string `json:"key"`
	Moment  string `json:"moment"`
	Phone   string `json:"phone"`
	Text    string `json:"text"`
	Lang    string `json:"lang"`
	Order   string `json:"order"`
	Request string `json:"request"`
	Ticket  string `json:"ticket"`
	Created string `json:"created"` // RFC 3339, UTC
}

// body is the exact bytes a webhook POSTs for m, and signs.
func body(m notify.Message) ([]byte, error) {
	return json.Marshal(payload{
		Key: m.Key, Moment: string(m.Moment), Phone: m.Phone, Text: m.Text, Lang: m.Lang,
		Order: m.Order, Request: m.Request, Ticket: m.Ticket,
		Created: m.Created.UTC().Format(time.RFC3339),
	})
}

// signature is the X-Frontdesk-Signature of b under secret: "sha256="
// and the hex of HMAC-SHA256(secret, b).
func signature(secret, b []byte) string {
	mac := hmac.New(sha256.New, secret)
	mac.Write(b)
	return "sha256=" + hex.EncodeToString(mac.Sum(nil))
}

// Send POSTs m once. 2xx: sent. 408, 425, 429 and 5xx: the gateway is busy
// or down, temporary. A 3xx or any other 4xx: refused, permanent (a wrong
// secret, 401 or 403, will not fix itself either).
func (w *webhook) Send(ctx context.Context, m notify.Message) error {
	if err := checkKey(m.Key); err != nil {
		return err
	}
	b, err := body(m)
	if err != nil {
		return refused(fmt.Errorf("gateway: the message cannot be written as JSON: %w", err))
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, w.url, bytes.NewReader(b))
	if err != nil {
		return refused(fmt.Errorf("gateway: %w", err))
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Idempotency-Key", m.Key)
	req.Header.Set("X-Frontdesk-Signature", signature(w.secret, b))
	req.Header.Set("User-Agent", "frontdesk")
	resp, err := w.client.Do(req)
	if err != nil {
		return w.failed(ctx, err)
	}
	defer resp.Body.Close()
	// What the gateway says, at most maxOutput of it; an error while
	// reading leaves what came, and the status decides.
	said, _ := io.ReadAll(io.LimitReader(resp.Body, maxOutput))
	return w.answer(resp, said)
}

// answer is what the gateway's status means.
func (w *webhook) answer(resp *http.Response, said []byte) error {
	code := resp.StatusCode
	switch {
	case code >= 200 && code < 300:
		return nil
	case code >= 300 && code < 400:
		return refused(fmt.Errorf("gateway: the webhook's URL moved (%s to %q): correct the url, redirects are not followed",
			resp.Status, oneLine([]byte(resp.Header.Get("Location")), 200)))
	}
	err := fmt.Errorf("gateway: %s answered %s: %s", w.host, resp.Status, oneLine(said, 200))
	if code >= 400 && code < 500 && code != http.StatusRequestTimeout &&
		code != http.StatusTooEarly && code != http.StatusTooManyRequests {
		return refused(err)
	}
	return err
}

// failed is the error of a request that got no answer: temporary, as the
// network or the gateway may be back by the next attempt.
func (w *webhook) failed(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		// The sender stopped the attempt (the station is closing): not
		// the gateway's timeout, whatever the error says.
		return fmt.Errorf("gateway: the attempt was stopped: %w", context.Cause(ctx))
	}
	var uerr *url.Error
	if errors.As(err, &uerr) {
		if uerr.Timeout() {
			return fmt.Errorf("%w after %v: %s did not answer", ErrTimedOut, w.timeout, w.host)
		}
		// The url.Error's own text repeats the whole URL; the host will do.
		err = uerr.Err
	}
	return fmt.Errorf("gateway: POST to %s: %w", w.host, err)
}

// checkKey refuses a message that cannot carry its idempotency key in a
// header: without one a gateway cannot tell a repeat from a new text.
func checkKey(key string) error {
	if key == "" {
		return refused(errors.New("gateway: the message has no idempotency key"))
	}
	for i := 0; i < len(key); i++ {
		if key[i] < 0x20 || key[i] > 0x7e {
			return refused(fmt.Errorf("gateway: the idempotency key %q is not printable ASCII", key))
		}
	}
	return nil
}
