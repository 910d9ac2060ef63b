package owner

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"frontdesk/internal/gateway"
	"frontdesk/internal/gateway/gatewaytest"
	"frontdesk/notify"
	"frontdesk/queue"
	"frontdesk/store"
	"frontdesk/store/storetest"
)

// C4: the owner's sender delivers every message of the day to a real
// HTTP gateway on the loopback address exactly once per key, signed, when
// the gateway fails the first two tries of each: the retries back off and
// then go, and the outbox records each as sent.
func TestC4_SenderDeliversEachKeyOnceThroughFailures(t *testing.T) {
	gw, err := gatewaytest.Start(gatewaytest.Options{Secret: "s3cret", FailFirst: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer gw.Close()
	m := notify.Default()
	m.Gateway = notify.Gateway{Transport: notify.TransportWebhook, URL: gw.URL(), Secret: "s3cret", Timeout: 2 * time.Second}
	m.Retry = notify.Retry{First: 20 * time.Millisecond, Max: 80 * time.Millisecond, Attempts: 5}
	st, err := store.Open(store.Options{Path: filepath.Join(t.TempDir(), "s.db"), Queue: queue.DefaultConfig(), Timeout: 2 * time.Second,
		Messages: m, Station: notify.Station{Name: "同创维修站", Phone: "010-62345678"}})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	tr, err := gateway.New(m.Gateway)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	runSender(ctx, st, tr)

	const orders = 8
	storetest.ReadyOrders(t, st, orders)
	if err := gw.WaitOncePerKey(orders, 10*time.Second); err != nil {
		t.Fatal(err)
	}
	if p := gw.Posts(); p < 3*orders {
		t.Errorf("%d posts: the gateway's two failures of each were not retried", p)
	}
	for range 100 {
		if pending, _ := st.Outbox(store.OutboxPending, 0); len(pending) == 0 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	recent, _ := st.Outbox(store.OutboxRecent, 0)
	for _, msg := range recent {
		if msg.State != notify.Sent || len(msg.Attempts) != 3 {
			t.Errorf("%s: %s after %d attempts", msg.Key, msg.State, len(msg.Attempts))
		}
	}
	if _, err := st.Check(); err != nil {
		t.Errorf("Check: %v", err)
	}
}
