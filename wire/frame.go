// Package wire is the protocol between the owner of the database
// (`frontdesk serve`, package owner) and its clients (package client): a
// unix socket beside the database, and on it newline-delimited JSON frames.
//
// A client sends requests; each names a method of store.Station and its
// arguments as a JSON array, in order:
//
//	{"id":7,"op":"CallNext","args":[3,"张工"]}
//
// The owner answers each with its results as a JSON array (the error left
// out) or the error in its wire form (Error):
//
//	{"id":7,"res":[{"id":41,"number":"A012",…}]}
//	{"id":8,"err":{"code":"queue.ErrNoneWaiting"}}
//
// Requests on one connection run concurrently, and answers come in the
// order they are ready. A period reader (TicketsOfDays, OrdersReceived…)
// answers with its pages first, then its end. A page is a frame with the
// length of each of its records, followed by the records themselves, as
// the database holds them (JSON each, but not checked on the way: a
// damaged record reaches the client as it is, and is named there when it
// is decoded):
//
//	{"id":9,"records":[412,398,…]}
//	{…412 bytes…}{…398 bytes…}…   (the records, end to end)
//	{"id":9,"res":[]}
//
// and is stopped early by {"id":9,"cancel":true}. A client that sends
// {"id":1,"op":"Watch"} is sent the rev of every commit from then on, the
// newest only when it is behind: {"feed":1234}.
//
// The first request of every connection is Hello: the owner answers with
// who it is (Hello), which a second owner names when it refuses to start.
package wire

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"time"
)

// Request is a frame from a client.
type Request struct {
	ID     uint64          `json:"id"`
	Op     string          `json:"op,omitempty"`
	Args   json.RawMessage `json:"args,omitempty"`
	Cancel bool            `json:"cancel,omitempty"`
}

// Response is a frame from the owner: an answer (Res or Err), a page of a
// period reader (Page), or, with ID 0, the change feed (Feed).
type Response struct {
	ID      uint64          `json:"id,omitempty"`
	Res     json.RawMessage `json:"res,omitempty"`
	Records []int           `json:"records,omitempty"` // a page: the length of each record that follows
	Err     *Error          `json:"err,omitempty"`
	Feed    uint64          `json:"feed,omitempty"`

	Raw [][]byte `json:"-"` // the owner's: the records that follow the frame
}

// Lengths are the lengths of a page's records, for Response.Records.
func Lengths(records [][]byte) []int {
	n := make([]int, len(records))
	for i, r := range records {
		n[i] = len(r)
	}
	return n
}

// ReadRecords reads the records that follow a page's frame, of the
// lengths it gave. Lengths that add up to more than MaxFrame are not a
// frontdesk owner's: ErrBadRequest.
func ReadRecords(r io.Reader, lengths []int) ([][]byte, error) {
	total := 0
	for _, n := range lengths {
		if n < 0 || n > MaxFrame-total {
			return nil, fmt.Errorf("%w: a page of more than %d bytes", ErrBadRequest, MaxFrame)
		}
		total += n
	}
	buf := make([]byte, total)
	if _, err := io.ReadFull(r, buf); err != nil {
		return nil, err
	}
	out := make([][]byte, len(lengths))
	for i, n := range lengths {
		out[i], buf = buf[:n:n], buf[n:]
	}
	return out, nil
}

// The operations that are not methods with plain arguments and results.
const (
	OpHello = "Hello"
	OpWatch = "Watch"
)

// Hello is the owner's answer to OpHello.
type Hello struct {
	PID     int       `json:"pid"`
	Started time.Time `json:"started"`
	DB      string    `json:"db"`      // the database's absolute path
	Version int       `json:"version"` // of the protocol: Version
	Rev     uint64    `json:"rev"`     // the rev when it answered
	// Programs are the other programs connected when it answered, by
	// command ("desk", "display"…), each as often as it runs.
	Programs []string `json:"programs,omitempty"`
}

// Version is the protocol's version; an owner and a client of different
// versions refuse each other in Hello (a station updates both at once).
// 3: a search's answer counts the orders not listed (More is a number).
const Version = 3

// MaxFrame is the longest frame either side reads: far above any request
// or page (a page is at most store.PageSize orders).
const MaxFrame = 64 << 20

// Report is a line an owner started by a client writes on its standard
// output while it starts (`frontdesk serve --report`), for the client that
// waits for it: a migration under way, then ready or the error it could
// not start with. Then it lets go of its standard output.
type Report struct {
	Migrating []int  `json:"migrating,omitempty"` // from, to
	Ready     bool   `json:"ready,omitempty"`
	Err       *Error `json:"err,omitempty"`
}

// AppendFrame appends r as the line json.Encoder writes for it, without
// checking and compacting Res again as the encoder does for a
// json.RawMessage: Res is json.Marshal's own output (the owner's results),
// and a snapshot of the day's tickets, to every screen after every commit,
// is most of what the owner writes.
func (r Response) AppendFrame(b []byte) ([]byte, error) {
	b = append(b, '{')
	sep := func(name string) {
		if len(b) > 1 {
			b = append(b, ',')
		}
		b = append(b, '"')
		b = append(b, name...)
		b = append(b, '"', ':')
	}
	if r.ID != 0 {
		sep("id")
		b = strconv.AppendUint(b, r.ID, 10)
	}
	if len(r.Res) > 0 {
		sep("res")
		b = append(b, r.Res...)
	}
	for _, part := range []struct {
		name string
		v    any
		set  bool
	}{{"records", r.Records, len(r.Records) > 0}, {"err", r.Err, r.Err != nil}} {
		if !part.set {
			continue
		}
		data, err := json.Marshal(part.v)
		if err != nil {
			return b, err
		}
		sep(part.name)
		b = append(b, data...)
	}
	if r.Feed != 0 {
		sep("feed")
		b = strconv.AppendUint(b, r.Feed, 10)
	}
	return append(b, '}', '\n'), nil
}

// ParseFrame reads one of the owner's lines. An answer with results only
// — {"id":N,"res":…}, what AppendFrame writes for most — is split by hand,
// its results left to be checked as they are decoded (the client's
// decodeResults): a snapshot is then scanned once by its client, not three
// times. Every other frame is decoded whole. The line's bytes may be
// reused after it returns.
func ParseFrame(line []byte) (Response, error) {
	const id, res = `{"id":`, `,"res":`
	if rest, ok := bytes.CutPrefix(line, []byte(id)); ok {
		n := 0
		for n < len(rest) && n < 20 && rest[n] >= '0' && rest[n] <= '9' {
			n++
		}
		if body, ok := bytes.CutPrefix(rest[n:], []byte(res)); ok && n > 0 && len(body) > 1 && body[len(body)-1] == '}' {
			if v, err := strconv.ParseUint(string(rest[:n]), 10, 64); err == nil {
				return Response{ID: v, Res: bytes.Clone(body[:len(body)-1])}, nil
			}
		}
	}
	var r Response
	err := json.Unmarshal(line, &r)
	return r, err
}
