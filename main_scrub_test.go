package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"frontdesk/client"
	"frontdesk/internal/planted"
	"frontdesk/owner"
	"frontdesk/queue"
	"frontdesk/tui/common"
	"frontdesk/tui/desk"
	"frontdesk/wire"
)

// TestDamagePlantedUnderTheOwnerReachesTheDesk: the owner of a demo
// database runs as its own process, with its scrub; a desk is its client,
// on its queue screen, as an engineer leaves it between customers. One
// phone digit of an order nobody asks for is changed on disk, as a failing
// disk does it, under the running owner. The scrub meets it, the owner
// wakes the desk, and the desk marks the damage and names the record
// without anybody opening that order.
func TestDamagePlantedUnderTheOwnerReachesTheDesk(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "station.db")
	t.Setenv("FRONTDESK_CONFIG", "")
	if code, _, e := frontdesk(t, "--db", db, "demo", "--orders", "300"); code != 0 {
		t.Fatal(e)
	}
	stopOwner(t, db)
	o := middleOrder(t, db)
	id, phone := strconv.FormatUint(o.ID, 10), o.Intake.Phone

	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	serve := exec.Command(self, "serve", "--db", db, "--scrub", "200ms")
	serve.Env = append(os.Environ(), "FRONTDESK_CONFIG=", "LANG=zh_CN.UTF-8")
	if err := serve.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { serve.Process.Kill(); serve.Wait() }()
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if _, err := owner.Running(wire.SocketPath(db)); err == nil {
			break
		} else if time.Now().After(deadline) {
			t.Fatalf("the owner did not answer: %v", err)
		}
	}
	abs, _ := filepath.Abs(db)
	cl, err := client.Open(client.Options{DB: abs, Config: queue.DefaultConfig(), Program: "desk"})
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	feed := cl.Watch(ctx)
	m := desk.New(common.New(cl, queue.DefaultConfig(), "zh", true, nil), feed, desk.Options{Counter: 3, Engineer: "张工"})
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	screen := func() string {
		m.Update(common.Load(cl)())
		return ansi.Strip(m.View().Content)
	}
	if v := screen(); strings.Contains(v, "数据库损坏") {
		t.Fatalf("damage named before any:\n%s", v)
	}

	planted.Digit(t, db, []byte(`"phone":"`+phone+`"`), len(`"phone":"138`))
	deadline := time.After(60 * time.Second)
	for {
		select {
		case <-feed:
		case <-deadline:
			t.Fatalf("the desk never named the damage:\n%s", screen())
		}
		v := screen()
		if !strings.Contains(strings.SplitN(v, "\n", 2)[0], "⚠ 数据库损坏") {
			continue
		}
		if want := "记录 " + id + " 校验不符"; !strings.Contains(v, want) {
			t.Fatalf("the header marks the damage, but %q is not named:\n%s", want, v)
		}
		if strings.Contains(v, phone) {
			t.Fatalf("the damaged phone is shown:\n%s", v)
		}
		t.Logf("the desk names it:\n%s", v)
		return
	}
}
