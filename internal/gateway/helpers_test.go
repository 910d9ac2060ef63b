package gateway_test

import (
	"context"
	"testing"
	"time"

	"frontdesk/internal/gateway"
	"frontdesk/internal/gateway/gatewaytest"
	"frontdesk/notify"
)

// ready is a message as the outbox hands it over: Chinese, a newline and
// a quote in its text, created in the station's zone.
func ready() notify.Message {
	return notify.Message{
		Key: "R2026120700012/ready/3", Moment: notify.Ready, Order: "R2026120700012",
		Phone: "13812345678", Lang: "zh",
		Text:    "【东城服务站】张三您好,您送修的\"ThinkPad X1\"已修好。\n咨询电话010-12345678。",
		Created: time.Date(2026, 12, 7, 16, 30, 5, 0, time.FixedZone("CST", 8*3600)),
		State:   notify.Pending,
	}
}

// start is a test gateway for t, closed when t ends.
func start(t *testing.T, o gatewaytest.Options) *gatewaytest.Server {
	t.Helper()
	s, err := gatewaytest.Start(o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	return s
}

// webhookTo is the transport of a webhook to url signed with secret.
func webhookTo(t *testing.T, url, secret string, timeout time.Duration) gateway.Transport {
	t.Helper()
	tr, err := gateway.New(notify.Gateway{Transport: notify.TransportWebhook, URL: url, Secret: secret, Timeout: timeout})
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

// send is one attempt at m, timed.
func send(tr gateway.Transport, m notify.Message) (error, time.Duration) {
	t0 := time.Now()
	err := tr.Send(context.Background(), m)
	return err, time.Since(t0)
}
