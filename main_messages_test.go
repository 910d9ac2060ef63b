package main

import (
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"frontdesk/internal/gateway/gatewaytest"
	"frontdesk/notify"
	"frontdesk/owner"
	"frontdesk/queue"
	"frontdesk/store"
	"frontdesk/store/storetest"
	"frontdesk/wire"
)

// C4 through the real programs: a station whose configuration names a
// webhook gateway has its owner send the outbox, and a day of ready
// orders reaches a gateway that fails each message's first two tries and
// is slow to answer exactly once per key, although the owner is killed
// (SIGKILL, no chance to tidy) 50 times while it sends and is started
// again each time by the next command, as a station's PC that loses power
// would start it. The outbox ends with every message sent.
func TestC4_OwnerSendsOncePerKeyThrough50Kills(t *testing.T) {
	gw, err := gatewaytest.Start(gatewaytest.Options{Secret: "s3cret", FailFirst: 2, Hang: 15 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer gw.Close()
	dir := t.TempDir()
	db := filepath.Join(dir, "station.db")
	conf := fmt.Sprintf("[messages]\ntransport = \"webhook\"\nurl = %q\nsecret = \"s3cret\"\ntimeout = \"2s\"\n"+
		"retry_first = \"20ms\"\nretry_max = \"100ms\"\nretry_attempts = 10\n", gw.URL())
	if err := os.WriteFile(filepath.Join(dir, "frontdesk.toml"), []byte(conf), 0o600); err != nil {
		t.Fatal(err)
	}
	const orders = 40
	readyOrders(t, db, gw.URL(), orders)

	for kill := 0; kill < 50; kill++ {
		if code, _, e := frontdesk(t, "--db", db, "status"); code != 0 { // starts the owner, and its sender
			t.Fatalf("status after %d kills: %s", kill, e)
		}
		time.Sleep(time.Duration(5+kill%7*9) * time.Millisecond)
		h, err := owner.Running(wire.SocketPath(db))
		if err != nil {
			t.Fatalf("no owner after %d kills: %v", kill, err)
		}
		if err := syscall.Kill(h.PID, syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		waitGone(t, h.PID)
	}
	if code, _, e := frontdesk(t, "--db", db, "status"); code != 0 {
		t.Fatal(e)
	}
	if err := gw.WaitOncePerKey(orders, 30*time.Second); err != nil {
		t.Fatal(err)
	}
	repeats := 0
	for _, n := range gw.Repeats() {
		repeats += n
	}
	t.Logf("%d deliveries, %d posts, %d repeats refused by key", orders, gw.Posts(), repeats)

	// The outbox agrees once the sender has recorded the last answers.
	var pending []notify.Message
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		stopOwner(t, db)
		st, err := store.Open(store.Options{Path: db, Queue: queue.DefaultConfig(), Timeout: 2 * time.Second})
		if err != nil {
			t.Fatal(err)
		}
		pending, _ = st.Outbox(store.OutboxPending, 0)
		toCall, _ := st.Outbox(store.OutboxToCall, 0)
		_, cerr := st.Check()
		st.Close()
		if cerr != nil {
			t.Fatalf("Check: %v", cerr)
		}
		if len(toCall) > 0 {
			t.Fatalf("%d messages failed for good", len(toCall))
		}
		if len(pending) == 0 {
			return
		}
		frontdesk(t, "--db", db, "status") // the owner again, to record what is left
	}
	t.Errorf("%d messages still pending", len(pending))
}

// readyOrders stores n ready orders, each with its ready message in the
// outbox, as the desk would.
func readyOrders(t *testing.T, db, url string, n int) {
	t.Helper()
	m := notify.Default()
	m.Gateway = notify.Gateway{Transport: notify.TransportWebhook, URL: url, Secret: "s3cret", Timeout: 2 * time.Second}
	st, err := store.Open(store.Options{Path: db, Queue: queue.DefaultConfig(), Timeout: 2 * time.Second, Messages: m})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	storetest.ReadyOrders(t, st, n)
	if ready, _ := st.Outbox(store.OutboxPending, 0); len(ready) != n {
		t.Fatalf("%d messages in the outbox, want %d", len(ready), n)
	}
}

// waitGone waits until the process pid has ended.
func waitGone(t *testing.T, pid int) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if syscall.Kill(pid, 0) != nil {
			return
		}
	}
	t.Fatalf("the owner %d did not end", pid)
}
