package gatewaytest

import (
	"bufio"
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// post sends body to s as the station would, signed with secret, the key
// header key; the status it got.
func post(t *testing.T, s *Server, secret, key, body string) int {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, s.URL(), bytes.NewBufferString(body))
	if err != nil {
		t.Fatal(err)
	}
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Idempotency-Key", key)
	req.Header.Set("X-Frontdesk-Signature", "sha256="+hex.EncodeToString(mac.Sum(nil)))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

func text(key string) string {
	return `{"key":"` + key + `","moment":"ready","phone":"13812345678","text":"修好了","lang":"zh","order":"R1","request":"","ticket":"","created":"2026-12-07T08:30:05Z"}`
}

// Each key fails FailFirst times, is delivered once, then repeats; every
// delivery is one JSON line of the log, for another process to read.
func TestServerKeysAndLog(t *testing.T) {
	log := filepath.Join(t.TempDir(), "deliveries.jsonl")
	s, err := Start(Options{Secret: "k", FailFirst: 1, Log: log})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var got []int
	for _, key := range []string{"a/ready/0", "b/ready/0", "a/ready/0", "a/ready/0", "b/ready/0"} {
		got = append(got, post(t, s, "k", key, text(key)))
	}
	got = append(got,
		post(t, s, "wrong", "c/ready/0", text("c/ready/0")), // a bad signature
		post(t, s, "k", "d/ready/0", text("c/ready/0")),     // the header's key is not the body's
		post(t, s, "k", "c/ready/0", `{"key":`))             // no JSON
	want := []int{503, 503, 200, 200, 200, 401, 400, 400}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("statuses %v, want %v", got, want)
		}
	}
	if ds := s.Deliveries(); len(ds) != 2 || ds[0].Key != "a/ready/0" || ds[1].Key != "b/ready/0" || ds[0].Text != "修好了" {
		t.Errorf("deliveries %+v", ds)
	}
	if r := s.Repeats(); len(r) != 1 || r["a/ready/0"] != 1 {
		t.Errorf("repeats %v", r)
	}
	if s.Posts() != 8 || s.BadSignatures() != 1 {
		t.Errorf("%d posts, %d bad signatures", s.Posts(), s.BadSignatures())
	}
	f, err := os.Open(log)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var keys []string
	for sc := bufio.NewScanner(f); sc.Scan(); {
		var d Delivery
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil || d.At.IsZero() {
			t.Fatalf("log line %q: %v", sc.Text(), err)
		}
		keys = append(keys, d.Key)
	}
	if len(keys) != 2 || keys[0] != "a/ready/0" || keys[1] != "b/ready/0" {
		t.Errorf("logged %v", keys)
	}
}

// A hanging gateway still closes at once, delivering nothing.
func TestServerCloseWhileHanging(t *testing.T) {
	s, err := Start(Options{Secret: "k", Hang: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		req, _ := http.NewRequest(http.MethodPost, s.URL(), bytes.NewBufferString(text("a")))
		if resp, err := http.DefaultClient.Do(req); err == nil {
			resp.Body.Close()
		}
	}()
	for s.Posts() == 0 {
		time.Sleep(5 * time.Millisecond)
	}
	t0 := time.Now()
	s.Close()
	<-done
	if took := time.Since(t0); took > time.Second || len(s.Deliveries()) != 0 {
		t.Errorf("closed in %v, %d deliveries", took, len(s.Deliveries()))
	}
}

func TestServerLoopbackOnly(t *testing.T) {
	for _, addr := range []string{"0.0.0.0:0", ":0", "192.0.2.1:8025", "example.com:80"} {
		if s, err := Start(Options{Addr: addr, Secret: "k"}); err == nil {
			s.Close()
			t.Errorf("%s: listening off the loopback", addr)
		}
	}
}
