// Command smsgate is a station's SMS gateway for the end-to-end scripts:
// package gatewaytest on the loopback, checking each webhook's signature
// and delivering each idempotency key once. It prints its URL on stdout
// (the webhook's url) and serves until killed; each delivery is appended
// to the log as one JSON line, for the script to read.
//
//	go build -o smsgate ./scripts/smsgate
//	./smsgate --addr 127.0.0.1:8025 --secret S --log deliveries.jsonl [--fail-first N]
package main

import (
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"frontdesk/internal/gateway/gatewaytest"
)

func main() {
	var o gatewaytest.Options
	flag.StringVar(&o.Addr, "addr", "127.0.0.1:0", "the loopback address to listen on")
	flag.StringVar(&o.Secret, "secret", "", "the secret the requests are signed with (required)")
	flag.StringVar(&o.Log, "log", "", "the file each delivery is appended to, one JSON line each")
	flag.IntVar(&o.FailFirst, "fail-first", 0, "answer 503 to the first N POSTs of each key")
	flag.DurationVar(&o.Hang, "hang", 0, "wait this long before answering each POST")
	flag.IntVar(&o.Status, "status", 0, "answer every signed POST with this status, delivering nothing")
	flag.Parse()
	if o.Secret == "" || flag.NArg() != 0 {
		fmt.Fprintln(os.Stderr, "usage: smsgate --secret S [--addr 127.0.0.1:PORT] [--log FILE] [--fail-first N] [--hang D] [--status N]")
		os.Exit(2)
	}
	if o.Hang < 0 || o.Hang > time.Hour {
		fmt.Fprintln(os.Stderr, "smsgate: --hang is 0 to 1h")
		os.Exit(2)
	}
	// The signals are caught before the URL is printed: a script that kills
	// the gateway as soon as it has read the URL still has it closed.
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt, syscall.SIGTERM)
	s, err := gatewaytest.Start(o)
	if err != nil {
		fmt.Fprintln(os.Stderr, "smsgate:", err)
		os.Exit(1)
	}
	fmt.Println(s.URL())
	<-stop
	s.Close()
}
