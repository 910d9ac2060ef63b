// Package gatewaytest is a station's SMS gateway for tests: an HTTP
// server on the loopback that takes the webhook's POSTs as a gateway
// keeping its idempotency keys would — it checks each signature, delivers
// a key's first accepted POST once and answers every later one 200
// without delivering it again — and counts what it saw, so that a test
// can prove that no text went twice and none went unsigned. Go tests use
// it directly; scripts/smsgate runs it for the shell end-to-end scripts,
// which read its deliveries from the Log file.
package gatewaytest

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"
)

// Options is how the gateway behaves.
type Options struct {
	// Addr is where it listens: a loopback address, "127.0.0.1:0" (any
	// free port) when empty.
	Addr string
	// Secret is what the requests must be signed with.
	Secret string
	// FailFirst answers 503 to the first FailFirst signed POSTs of each
	// key: a gateway that is down for a while.
	FailFirst int
	// Hang is how long it waits before answering a POST. It takes the
	// message after the wait even when the client gave up meanwhile, as a
	// real gateway whose answer was lost would: the next attempt is a
	// repeat.
	Hang time.Duration
	// Status, when set, answers every signed POST with it and delivers
	// nothing.
	Status int
	// Log, when set, is a file each delivery is appended to as one JSON
	// line, so that another process can read them.
	Log string
}

// Delivery is one text the gateway took.
type Delivery struct {
	Key     string    `json:"key"`
	Moment  string    `json:"moment"`
	Phone   string    `json:"phone"`
	Text    string    `json:"text"`
	Lang    string    `json:"lang"`
	Order   string    `json:"order,omitempty"`
	Request string    `json:"request,omitempty"`
	Ticket  string    `json:"ticket,omitempty"`
	Created string    `json:"created"` // as the station sent it
	At      time.Time `json:"at"`      // when the gateway took it
}

// Server is a running test gateway.
type Server struct {
	opts     Options
	url      string
	srv      *http.Server
	closing  chan struct{}
	closeOne sync.Once

	mu         sync.Mutex
	closed     bool
	log        *os.File
	posts      int
	bad        int
	tries      map[string]int // POSTs of each key that were signed
	deliveries []Delivery
	delivered  map[string]bool
	repeats    map[string]int
}

// Start runs a gateway with o until Close.
func Start(o Options) (*Server, error) {
	if o.Addr == "" {
		o.Addr = "127.0.0.1:0"
	}
	if err := loopback(o.Addr); err != nil {
		return nil, err
	}
	s := &Server{opts: o, closing: make(chan struct{}), tries: map[string]int{},
		delivered: map[string]bool{}, repeats: map[string]int{}}
	if o.Log != "" {
		f, err := os.OpenFile(o.Log, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
		if err != nil {
			return nil, fmt.Errorf("gatewaytest: %w", err)
		}
		s.log = f
	}
	ln, err := net.Listen("tcp", o.Addr)
	if err != nil {
		s.closeLog()
		return nil, fmt.Errorf("gatewaytest: %w", err)
	}
	s.url = "http://" + ln.Addr().String() + "/sms"
	s.srv = &http.Server{Handler: http.HandlerFunc(s.serve), ReadHeaderTimeout: 5 * time.Second}
	// Serve's error after Close is only that it was closed.
	go func() { _ = s.srv.Serve(ln) }()
	return s, nil
}

// loopback refuses an address off this machine: the gateway prints
// customers' phones, and is no gateway for a network.
func loopback(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("gatewaytest: %w", err)
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return fmt.Errorf("gatewaytest: %s is not a loopback address", addr)
	}
	return nil
}

// URL is where to POST: the webhook's url.
func (s *Server) URL() string { return s.url }

// Close stops the gateway; a POST still hanging is answered 503 and
// delivers nothing.
func (s *Server) Close() {
	s.closeOne.Do(func() {
		close(s.closing)
		s.srv.Close()
		s.mu.Lock()
		defer s.mu.Unlock()
		s.closed = true
		s.closeLog()
	})
}

func (s *Server) closeLog() {
	if s.log != nil {
		s.log.Close()
		s.log = nil
	}
}

// Deliveries is every text delivered, in the order taken.
func (s *Server) Deliveries() []Delivery {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Delivery(nil), s.deliveries...)
}

// Repeats is, per key, how many POSTs came after its delivery (answered
// 200, not delivered again).
func (s *Server) Repeats() map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string]int, len(s.repeats))
	for k, n := range s.repeats {
		out[k] = n
	}
	return out
}

// Posts is how many POSTs came, whatever was answered.
func (s *Server) Posts() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.posts
}

// BadSignatures is how many POSTs were refused 401 for their signature.
func (s *Server) BadSignatures() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.bad
}

// maxBody is more than any text's JSON.
const maxBody = 64 << 10

// serve answers one request, in the order a careful gateway checks:
// the signature over the exact bytes, then the body, then the key.
func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "POST only", http.StatusMethodNotAllowed)
		return
	}
	s.count(func() { s.posts++ })
	raw, err := io.ReadAll(io.LimitReader(r.Body, maxBody+1))
	if err != nil || len(raw) > maxBody {
		http.Error(w, "the body is unreadable or too large", http.StatusBadRequest)
		return
	}
	if !s.hang() {
		http.Error(w, "closing", http.StatusServiceUnavailable)
		return
	}
	if !signed([]byte(s.opts.Secret), raw, r.Header.Get("X-Frontdesk-Signature")) {
		s.count(func() { s.bad++ })
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	if s.opts.Status != 0 {
		http.Error(w, "told to answer so", s.opts.Status)
		return
	}
	d, err := delivery(r, raw)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	code, err := s.take(d)
	if err != nil {
		http.Error(w, err.Error(), code)
		return
	}
	w.WriteHeader(code)
	fmt.Fprintln(w, `{"ok":true}`)
}

func (s *Server) count(f func()) {
	s.mu.Lock()
	defer s.mu.Unlock()
	f()
}

// hang waits Hang, or until Close: false then.
func (s *Server) hang() bool {
	if s.opts.Hang <= 0 {
		return true
	}
	t := time.NewTimer(s.opts.Hang)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-s.closing:
		return false
	}
}

// signed says whether sig is "sha256=" and the hex HMAC-SHA256 of body
// under secret, compared in constant time as a gateway should.
func signed(secret, body []byte, sig string) bool {
	got, err := hex.DecodeString(strings.TrimPrefix(sig, "sha256="))
	if err != nil || !strings.HasPrefix(sig, "sha256=") {
		return false
	}
	mac := hmac.New(sha256.New, secret)
	mac.Write(body)
	return hmac.Equal(got, mac.Sum(nil))
}

// delivery is the text r brings: JSON, its key the same as the header's.
func delivery(r *http.Request, raw []byte) (Delivery, error) {
	if ct := r.Header.Get("Content-Type"); ct != "application/json" {
		return Delivery{}, fmt.Errorf("the content type is %q, not application/json", ct)
	}
	var d Delivery
	if err := json.Unmarshal(raw, &d); err != nil {
		return Delivery{}, fmt.Errorf("the body is not JSON: %v", err)
	}
	switch key := r.Header.Get("Idempotency-Key"); {
	case key == "":
		return Delivery{}, errors.New("no Idempotency-Key")
	case key != d.Key:
		return Delivery{}, fmt.Errorf("the Idempotency-Key %q is not the body's key %q", key, d.Key)
	case d.Phone == "" || d.Text == "":
		return Delivery{}, errors.New("no phone or no text")
	}
	return d, nil
}

// take is the answer to a signed, well-formed POST of d: 503 while the
// key is to fail, 200 and a repeat once it was delivered, else 200 and d
// delivered (logged first, so that a delivery the log lacks is none).
func (s *Server) take(d Delivery) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return http.StatusServiceUnavailable, errors.New("closing")
	}
	s.tries[d.Key]++
	switch {
	case s.tries[d.Key] <= s.opts.FailFirst:
		return http.StatusServiceUnavailable, errors.New("down for a while (FailFirst)")
	case s.delivered[d.Key]:
		s.repeats[d.Key]++
		return http.StatusOK, nil
	}
	d.At = time.Now().UTC()
	if s.log != nil {
		line, err := json.Marshal(d)
		if err == nil {
			_, err = s.log.Write(append(line, '\n'))
		}
		if err != nil {
			return http.StatusInternalServerError, fmt.Errorf("the log: %v", err)
		}
	}
	s.deliveries = append(s.deliveries, d)
	s.delivered[d.Key] = true
	return http.StatusOK, nil
}
