package gateway_test

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"frontdesk/internal/gateway"
	"frontdesk/internal/gateway/gatewaytest"
)

// The exact bytes, headers and signature on the wire, checked by hand
// rather than by the test gateway (which shares nothing with the sender).
func TestWebhookWire(t *testing.T) {
	type seen struct {
		header http.Header
		body   []byte
	}
	got := make(chan seen, 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		got <- seen{r.Header.Clone(), b}
	}))
	defer srv.Close()
	m := ready()
	if err, _ := send(webhookTo(t, srv.URL+"/sms?token=x", "s3cret", 5*time.Second), m); err != nil {
		t.Fatal(err)
	}
	s := <-got
	want := `{"key":"R2026120700012/ready/3","moment":"ready","phone":"13812345678",` +
		`"text":"【东城服务站】张三您好,您送修的\"ThinkPad X1\"已修好。\n咨询电话010-12345678。",` +
		`"lang":"zh","order":"R2026120700012","request":"","ticket":"","created":"2026-12-07T08:30:05Z"}`
	if string(s.body) != want {
		t.Errorf("body\n%s\nwant\n%s", s.body, want)
	}
	mac := hmac.New(sha256.New, []byte("s3cret"))
	mac.Write(s.body)
	for h, v := range map[string]string{
		"Content-Type":          "application/json",
		"Idempotency-Key":       m.Key,
		"User-Agent":            "frontdesk",
		"X-Frontdesk-Signature": "sha256=" + hex.EncodeToString(mac.Sum(nil)),
	} {
		if s.header.Get(h) != v {
			t.Errorf("%s: %q, want %q", h, s.header.Get(h), v)
		}
	}
}

func TestWebhookDeliversOnce(t *testing.T) {
	gw := start(t, gatewaytest.Options{Secret: "s3cret"})
	tr := webhookTo(t, gw.URL(), "s3cret", 5*time.Second)
	m := ready()
	for i := range 2 {
		if err, _ := send(tr, m); err != nil {
			t.Fatalf("attempt %d: %v", i+1, err)
		}
	}
	ds := gw.Deliveries()
	if len(ds) != 1 {
		t.Fatalf("%d deliveries, want 1: %+v", len(ds), ds)
	}
	d := ds[0]
	if d.Key != m.Key || d.Phone != m.Phone || d.Text != m.Text || d.Moment != "ready" ||
		d.Order != m.Order || d.Created != "2026-12-07T08:30:05Z" || d.At.IsZero() {
		t.Errorf("delivered %+v", d)
	}
	if r := gw.Repeats(); r[m.Key] != 1 || len(r) != 1 {
		t.Errorf("repeats %v, want the second attempt as one", r)
	}
	if gw.BadSignatures() != 0 || gw.Posts() != 2 {
		t.Errorf("%d bad signatures, %d posts", gw.BadSignatures(), gw.Posts())
	}
}

// A wrong secret is refused 401, and will be every time: permanent.
func TestWebhookWrongSecret(t *testing.T) {
	gw := start(t, gatewaytest.Options{Secret: "s3cret"})
	err, _ := send(webhookTo(t, gw.URL(), "guessed", 5*time.Second), ready())
	if err == nil || !gateway.Permanent(err) || !strings.Contains(err.Error(), "401") {
		t.Fatalf("err %v (permanent %v), want a permanent 401", err, gateway.Permanent(err))
	}
	if gw.BadSignatures() != 1 || len(gw.Deliveries()) != 0 {
		t.Errorf("%d bad signatures, %d deliveries", gw.BadSignatures(), len(gw.Deliveries()))
	}
}

// A gateway down for one attempt: 503 is temporary, the next one goes.
func TestWebhookDownThenUp(t *testing.T) {
	gw := start(t, gatewaytest.Options{Secret: "s3cret", FailFirst: 1})
	tr := webhookTo(t, gw.URL(), "s3cret", 5*time.Second)
	err, _ := send(tr, ready())
	if err == nil || gateway.Permanent(err) || !strings.Contains(err.Error(), "503") {
		t.Fatalf("first attempt: %v, want a temporary 503", err)
	}
	if err, _ := send(tr, ready()); err != nil {
		t.Fatalf("second attempt: %v", err)
	}
	if n := len(gw.Deliveries()); n != 1 || gw.Posts() != 2 {
		t.Errorf("%d deliveries of %d posts, want 1 of 2", n, gw.Posts())
	}
}

// A gateway that hangs is an attempt failed at the timeout, not a sender
// stuck: temporary, saying it timed out and after how long.
func TestWebhookHangs(t *testing.T) {
	gw := start(t, gatewaytest.Options{Secret: "s3cret", Hang: 3 * time.Second})
	err, took := send(webhookTo(t, gw.URL(), "s3cret", time.Second), ready())
	if !errors.Is(err, gateway.ErrTimedOut) || gateway.Permanent(err) || !strings.Contains(err.Error(), "timed out after 1s") {
		t.Fatalf("err %v, want a temporary timeout after 1s", err)
	}
	if took > 1500*time.Millisecond {
		t.Errorf("the attempt took %v with a 1s timeout", took)
	}
}

func TestWebhookStatuses(t *testing.T) {
	for code, permanent := range map[int]bool{
		400: true, 403: true, 404: true, 422: true,
		408: false, 425: false, 429: false, 500: false, 502: false, 503: false,
	} {
		gw := start(t, gatewaytest.Options{Secret: "s3cret", Status: code})
		err, _ := send(webhookTo(t, gw.URL(), "s3cret", 5*time.Second), ready())
		if err == nil || gateway.Permanent(err) != permanent || !strings.Contains(err.Error(), http.StatusText(code)) {
			t.Errorf("%d: err %v (permanent %v), want permanent %v", code, err, gateway.Permanent(err), permanent)
		}
	}
}

// What the gateway said comes into the error on one line, at most 200
// bytes of it, cut between characters.
func TestWebhookSaysWhy(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusBadRequest)
		io.WriteString(w, "phone\r\ninvalid:\t\x1b[31m"+strings.Repeat("号", 300))
	}))
	defer srv.Close()
	err, _ := send(webhookTo(t, srv.URL, "s3cret", 5*time.Second), ready())
	if err == nil || !gateway.Permanent(err) {
		t.Fatalf("err %v, want permanent", err)
	}
	msg := err.Error()
	if !strings.Contains(msg, "400 Bad Request: phone invalid: [31m号号") || strings.ContainsAny(msg, "\r\n\t\x1b") {
		t.Errorf("err %q", msg)
	}
	if said := msg[strings.Index(msg, "phone"):]; len(said) > 200 || !strings.HasSuffix(said, "号") {
		t.Errorf("%d bytes of the body kept: %q", len(said), said)
	}
}

// A redirect is not followed, the signed text not sent elsewhere: the URL
// is wrong, permanently.
func TestWebhookRedirect(t *testing.T) {
	gw := start(t, gatewaytest.Options{Secret: "s3cret"})
	srv := httptest.NewServer(http.RedirectHandler(gw.URL(), http.StatusTemporaryRedirect))
	defer srv.Close()
	err, _ := send(webhookTo(t, srv.URL, "s3cret", 5*time.Second), ready())
	if err == nil || !gateway.Permanent(err) || !strings.Contains(err.Error(), "moved") {
		t.Fatalf("err %v, want permanent: moved", err)
	}
	if gw.Posts() != 0 {
		t.Errorf("the redirect was followed: %d posts", gw.Posts())
	}
}

// Nobody listening is the network's failure: temporary.
func TestWebhookRefused(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	err, _ = send(webhookTo(t, "http://"+addr+"/sms?token=x", "s3cret", 5*time.Second), ready())
	if err == nil || gateway.Permanent(err) || strings.Contains(err.Error(), "token") {
		t.Fatalf("err %v, want temporary, without the URL's query", err)
	}
}

// A message without a key would be a new text to the gateway on every
// attempt: refused before it goes.
func TestWebhookNoKey(t *testing.T) {
	gw := start(t, gatewaytest.Options{Secret: "s3cret"})
	m := ready()
	m.Key = ""
	if err, _ := send(webhookTo(t, gw.URL(), "s3cret", 5*time.Second), m); !gateway.Permanent(err) || gw.Posts() != 0 {
		t.Fatalf("err %v, %d posts", err, gw.Posts())
	}
}
