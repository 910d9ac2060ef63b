package owner

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"frontdesk/internal/gateway"
	"frontdesk/internal/gateway/gatewaytest"
	"frontdesk/notify"
	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/store"
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
	for i := range orders {
		o, err := st.SaveIntake("安娜", 1, repair.Order{Intake: repair.Intake{
			Name: fmt.Sprintf("张%d", i), Phone: fmt.Sprintf("1380013%04d", i), Serial: fmt.Sprintf("SN%04d", i),
			Kind: repair.Consumer, Device: "notebook", Brand: "联想", Model: "X1", Fault: "不开机", Reproduced: repair.ReproducedYes}})
		if err != nil {
			t.Fatal(err)
		}
		_, err = st.UpdateOrder("安娜", 1, o.ID, func(o repair.Order, now time.Time) (repair.Order, error) {
			for _, to := range []repair.State{repair.StateDiagnosing, repair.StateRepairing} {
				if o, err = repair.Move(o, to, "安娜", now, ""); err != nil {
					return o, err
				}
			}
			o, _ = repair.SetResult(o, repair.Result{Cause: "内存松动", Work: "重装内存", Parts: "无", Advice: "除尘"}, "安娜", now)
			return repair.Move(o, repair.StateReady, "安娜", now, "")
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	deadline := time.Now().Add(10 * time.Second)
	for len(gw.Deliveries()) < orders && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	seen := map[string]int{}
	for _, d := range gw.Deliveries() {
		seen[d.Key]++
	}
	if len(seen) != orders || len(gw.Deliveries()) != orders {
		t.Fatalf("%d deliveries of %d keys, want %d each once", len(gw.Deliveries()), len(seen), orders)
	}
	if gw.BadSignatures() != 0 {
		t.Errorf("%d bad signatures", gw.BadSignatures())
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
