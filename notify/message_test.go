package notify

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// TestC4_Mobile: a mainland mobile number, however written, takes texts; a
// landline, a 400 number or a number of the wrong shape does not.
func TestC4_Mobile(t *testing.T) {
	for phone, want := range map[string]bool{
		"13800138000": true, "+86 138 0013 8000": true, "0086-13800138000": true, "199-1234-5678": true,
		"010-62345678": false, "400-000-0000": false, "12345678901": false, "1380013800": false,
		"138001380001": false, "": false, "0755 8888 6666": false,
	} {
		if Mobile(phone) != want {
			t.Errorf("Mobile(%q) = %v, want %v", phone, !want, want)
		}
	}
}

// pending is a ready message waiting to go.
func pending() Message {
	return Message{Key: "R2612070001/ready/5", Moment: Ready, Order: "R2612070001", Phone: "13800138000",
		Lang: "zh", Text: "已修好", Created: now, State: Pending, Next: now}
}

// TestC4_AnAttemptThatWent: sent, and only the phone's mask is kept.
func TestC4_AnAttemptThatWent(t *testing.T) {
	m := pending()
	got, err := m.Attempted(now, 800*time.Millisecond, Outcome{}, Default().Retry)
	if err != nil {
		t.Fatal(err)
	}
	if got.State != Sent || got.Phone != "138********" || !got.Next.IsZero() || len(got.Attempts) != 1 ||
		got.Attempts[0] != (Attempt{At: now, Took: 800 * time.Millisecond, OK: true}) || !got.Done() || got.ToCall() {
		t.Errorf("sent: %+v", got)
	}
	if m.State != Pending || m.Phone != "13800138000" || m.Attempts != nil {
		t.Errorf("the message attempted changed: %+v", m)
	}
	if _, err := got.Attempted(now, 0, Outcome{}, Default().Retry); !errors.Is(err, ErrNotPending) {
		t.Errorf("an attempt on a sent message: %v", err)
	}
}

// TestC4_RetriesBackOffThenFail: a gateway that is down is tried again
// after First, twice as long each time up to Max, the phone whole while it
// waits; after Attempts the message has failed for good, to call by hand.
func TestC4_RetriesBackOffThenFail(t *testing.T) {
	r := Retry{First: 30 * time.Second, Max: 2 * time.Minute, Attempts: 5}
	m, at := pending(), now
	down := Outcome{Err: errors.New("dial tcp: connection refused\nretry")}
	for i, wait := range []time.Duration{30 * time.Second, time.Minute, 2 * time.Minute, 2 * time.Minute} {
		var err error
		if m, err = m.Attempted(at, time.Second, down, r); err != nil {
			t.Fatal(err)
		}
		if m.State != Pending || !m.Next.Equal(at.Add(wait)) || len(m.Attempts) != i+1 || m.Phone != "13800138000" {
			t.Fatalf("attempt %d: %s next %v (want +%v) phone %q", i+1, m.State, m.Next.Sub(at), wait, m.Phone)
		}
		if m.Attempts[i].Error != "dial tcp: connection refused retry" {
			t.Errorf("the gateway's words on one line: %q", m.Attempts[i].Error)
		}
		at = m.Next
	}
	m, _ = m.Attempted(at, time.Second, down, r)
	if m.State != Failed || !strings.HasPrefix(m.Failure, FailAttempts+": ") || m.Phone != "138********" || !m.ToCall() {
		t.Errorf("after %d attempts: %+v", r.Attempts, m)
	}
	for n, want := range map[int]time.Duration{0: 30 * time.Second, 1: 30 * time.Second, 2: time.Minute, 3: 2 * time.Minute, 50: 2 * time.Minute} {
		if got := r.Wait(n); got != want {
			t.Errorf("Wait(%d) = %v, want %v", n, got, want)
		}
	}
	if got := Default().Retry.Wait(10); got != 30*time.Minute {
		t.Errorf("the default's longest wait %v", got)
	}
}

// TestC4_ARefusalIsFinal: what the gateway refuses it would refuse again.
func TestC4_ARefusalIsFinal(t *testing.T) {
	m, err := pending().Attempted(now, time.Second, Outcome{Err: errors.New("403 invalid signature"), Permanent: true}, Default().Retry)
	if err != nil {
		t.Fatal(err)
	}
	if m.State != Failed || m.Failure != FailRefused+": 403 invalid signature" || m.Phone != "138********" || len(m.Attempts) != 1 {
		t.Errorf("refused: %+v", m)
	}
}

// TestC4_HandledByCall: only a failed message is called by hand, and the
// call notes what the customer was told.
func TestC4_HandledByCall(t *testing.T) {
	if _, err := pending().HandledByCall("王前台", "已电话通知", now); !errors.Is(err, ErrNotFailed) {
		t.Errorf("a pending message handled: %v", err)
	}
	failed := pending().Fail(FailNoGateway)
	if failed.State != Failed || failed.Phone != "138********" {
		t.Fatalf("failed: %+v", failed)
	}
	for _, note := range []string{"", "  ", "a\x1b[2Jb"} {
		if _, err := failed.HandledByCall("王前台", note, now); !errors.Is(err, ErrNote) {
			t.Errorf("note %q: %v", note, err)
		}
	}
	h, err := failed.HandledByCall("王前台", " 已电话通知,明天来取 ", now)
	if err != nil {
		t.Fatal(err)
	}
	if h.State != Handled || h.HandledBy != "王前台" || !h.HandledAt.Equal(now) || h.HandledNote != "已电话通知,明天来取" || h.ToCall() || !h.Done() {
		t.Errorf("handled: %+v", h)
	}
	if _, err := h.HandledByCall("王前台", "again", now); !errors.Is(err, ErrNotFailed) {
		t.Errorf("handled twice: %v", err)
	}
}

// TestC4_AnExpiredTurnIsNotCalled: a turn told too late is no news, so
// the desk does not call it; another moment that failed is called.
func TestC4_AnExpiredTurnIsNotCalled(t *testing.T) {
	turn := Message{Moment: Turn, Ticket: "2026-12-07 A012", Phone: "13800138000", State: Pending, Expires: now.Add(TurnLife)}
	if turn.ToCall() {
		t.Error("a pending turn to call")
	}
	if expired := turn.Fail(FailExpired); expired.ToCall() || expired.State != Failed {
		t.Errorf("an expired turn: %+v", expired)
	}
	if !pending().Fail(FailExpired).ToCall() {
		t.Error("a failed ready message is not to call")
	}
}
