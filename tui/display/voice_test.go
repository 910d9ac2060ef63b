//go:build unix

package display

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"frontdesk/config"
	"frontdesk/queue"
	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/voice"
)

// fakeSpeaker writes a speech command to dir that records each text it is
// asked to say with the times it started and ended (the clock in
// nanoseconds), and takes a while to say it.
func fakeSpeaker(t *testing.T, dir string) (command, log string) {
	t.Helper()
	log = filepath.Join(dir, "said.log")
	command = filepath.Join(dir, "say")
	script := "#!/bin/sh\nstart=$(date +%s%N)\ntext=$(cat)\nsleep 0.1\nprintf '%s %s %s\\n' \"$start\" \"$(date +%s%N)\" \"$text\" >> " + log + "\n"
	if err := os.WriteFile(command, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return command, log
}

type said struct {
	start, end int64
	text       string
}

func readSaid(t *testing.T, log string) []said {
	t.Helper()
	data, err := os.ReadFile(log)
	if err != nil {
		return nil
	}
	var out []said
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		f := strings.SplitN(line, " ", 3)
		if len(f) != 3 {
			t.Fatalf("log line %q", line)
		}
		s, _ := strconv.ParseInt(f[0], 10, 64)
		e, _ := strconv.ParseInt(f[1], 10, 64)
		out = append(out, said{s, e, f[2]})
	}
	return out
}

// TestBurstOfCallsIsSpokenInOrderTwiceWithoutOverlapNorDelayingTheScreen:
// five calls within one second, each arriving as the change feed's read,
// are spoken oldest first, each twice, one run after the other; every
// Update returns at once and the screen shows the newest call as it comes.
func TestBurstOfCallsIsSpokenInOrderTwiceWithoutOverlapNorDelayingTheScreen(t *testing.T) {
	command, log := fakeSpeaker(t, t.TempDir())
	a := voice.Start(config.Voice{Command: command, Repeat: 2, Volume: 100, Speed: 150}, "zh")
	defer a.Close()
	m := newModel("zh", 80, 24).WithVoice(a, 2)

	snap := store.Snapshot{Rev: 1, Day: "2026-03-14"}
	m, _ = update(t, m, common.SnapshotMsg{Snap: snap})
	numbers := []string{"A001", "A002", "B001", "A003", "C001"}
	var slowest time.Duration
	for i, n := range numbers {
		time.Sleep(150 * time.Millisecond)
		snap.Rev++
		snap.Tickets = append(snap.Tickets, ticket(n, queue.Called, i+1))
		snap.Calls = append([]store.Call{{Number: n, Type: n[:1], Counter: i + 1, At: fixed.Add(time.Duration(i) * time.Second)}}, snap.Calls...)
		start := time.Now()
		m, _ = update(t, m, common.SnapshotMsg{Snap: snap})
		slowest = max(slowest, time.Since(start))
		if !strings.Contains(plain(m), "请排队号为"+n+"号") {
			t.Fatalf("after the call of %s the screen shows:\n%s", n, plain(m))
		}
	}
	// A frame at 60 Hz is 16 ms; this is a check that Update does not run
	// the speech command, with room for a loaded machine, not a benchmark.
	if slowest > 50*time.Millisecond {
		t.Errorf("the slowest Update took %v: it waits on the voice", slowest)
	}

	deadline := time.Now().Add(20 * time.Second)
	var got []said
	for time.Now().Before(deadline) {
		if got = readSaid(t, log); len(got) >= 2*len(numbers) {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if len(got) != 2*len(numbers) {
		t.Fatalf("spoken %d times, want %d: %v", len(got), 2*len(numbers), got)
	}
	spoken := []string{"A零零一", "A零零二", "B零零一", "A零零三", "C零零一"}
	counters := []string{"一", "二", "三", "四", "五"}
	for i, s := range got {
		want := fmt.Sprintf("请排队号为%s号的用户到%s号接待台来", spoken[i/2], counters[i/2])
		if !strings.HasPrefix(s.text, want) {
			t.Errorf("announcement %d is %q, want %q…", i, s.text, want)
		}
		if i > 0 && s.start < got[i-1].end {
			t.Errorf("announcement %d started %v before %d ended", i, time.Duration(got[i-1].end-s.start), i-1)
		}
	}
}

// TestNoSpeechProgramIsSaidOnceAndCallsStillRing: without the program the
// last line says so, in the user's language, and a call rings the bell as
// without a voice.
func TestNoSpeechProgramIsSaidOnceAndCallsStillRing(t *testing.T) {
	for lang, want := range map[string]string{"zh": "未找到语音程序", "en": "No speech program"} {
		a := voice.Start(config.Voice{Command: "no-such-speaker-here", Repeat: 2}, lang)
		m := newModel(lang, 80, 24).WithVoice(a, 2)
		var heard []voiceMsg
		for _, msg := range messages(m.Init()) {
			if v, ok := msg.(voiceMsg); ok {
				heard = append(heard, v)
			}
		}
		if len(heard) != 1 || heard[0].Kind != voice.Missing {
			t.Fatalf("%s: the voice said %+v, want one Missing", lang, heard)
		}
		m, _ = update(t, m, heard[0])
		if !strings.Contains(plain(m), want) {
			t.Errorf("%s: the screen does not say the program is missing:\n%s", lang, plain(m))
		}
		m, _ = update(t, m, common.SnapshotMsg{Snap: store.Snapshot{Rev: 1}})
		snap := snapshot()
		_, cmd := update(t, m, common.SnapshotMsg{Snap: snap})
		if n := bells(cmd); n == 0 {
			t.Errorf("%s: a call without a voice rang no bell", lang)
		}
		a.Close()
	}
}
