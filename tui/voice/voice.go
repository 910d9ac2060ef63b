// Package voice speaks the station's announcements — the display's calls,
// the kiosk's tickets — through a speech program, one after the other.
//
// An Announcer owns one worker goroutine fed by a channel: Say only puts
// the text in the channel and never waits, so a Bubble Tea Update may call
// it; the worker runs the speech command once per repetition, each run to
// its end before the next, so announcements never overlap and keep their
// order. Close stops the worker and kills the command it runs (its whole
// process group), so no child is left when the program quits.
//
// The command reads the text on its standard input (as the print command
// does): "espeak-ng -v cmn" by default, or any program named in the
// configuration's [voice] table, which finds the language, volume and speed
// in FRONTDESK_VOICE_LANG, FRONTDESK_VOICE_VOLUME and FRONTDESK_VOICE_SPEED.
package voice

import (
	"context"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"

	"frontdesk/config"
)

// queueLen is how many announcements may wait: far more than a hall's
// burst of calls; Say reports false beyond it rather than block.
const queueLen = 256

// DefaultProgram is the speech program used when the configuration names
// none.
const DefaultProgram = "espeak-ng"

// Kind is what an Event tells.
type Kind int

// The kinds of Event.
const (
	Started Kind = iota // an announcement begins: the moment for the chime
	Missing             // the speech program is not installed: silent from now on
	Failed              // the speech program failed on an announcement
)

// Event is what the worker tells its screen.
type Event struct {
	Kind Kind
	Text string // the announcement (Started, Failed) or the program (Missing)
}

type item struct {
	text  string
	times int
}

// Announcer speaks announcements in order. A nil *Announcer is silent.
type Announcer struct {
	argv   []string // the command; nil: silent (muted, or not installed)
	env    []string
	in     chan item
	events chan Event
	cancel context.CancelFunc
	done   chan struct{}
}

// Start resolves the speech command of v for lang ("zh" or "en") and starts
// the worker. Muted, it speaks nothing; when the program is not installed,
// its first Event is Missing and it speaks nothing either.
func Start(v config.Voice, lang string) *Announcer {
	ctx, cancel := context.WithCancel(context.Background())
	a := &Announcer{
		in:     make(chan item, queueLen),
		events: make(chan Event, 16),
		cancel: cancel,
		done:   make(chan struct{}),
		env: append(os.Environ(),
			"FRONTDESK_VOICE_LANG="+lang,
			"FRONTDESK_VOICE_VOLUME="+strconv.Itoa(v.Volume),
			"FRONTDESK_VOICE_SPEED="+strconv.Itoa(v.Speed)),
	}
	if !v.Mute {
		argv := Command(v, lang)
		if path, err := exec.LookPath(argv[0]); err == nil {
			a.argv = append([]string{path}, argv[1:]...)
		} else {
			a.events <- Event{Kind: Missing, Text: argv[0]}
		}
	}
	go a.work(ctx)
	return a
}

// Command is the speech command of v for lang, split at white space: the
// configured one, else espeak-ng with the language's voice, the volume (-a)
// and the speed (-s), reading its standard input.
func Command(v config.Voice, lang string) []string {
	if argv := strings.Fields(v.Command); len(argv) > 0 {
		return argv
	}
	voice := "cmn"
	if lang == "en" {
		voice = "en"
	}
	return []string{DefaultProgram, "-v", voice, "-a", strconv.Itoa(v.Volume), "-s", strconv.Itoa(v.Speed), "--stdin"}
}

// Speaking reports whether announcements are heard: not muted, and the
// program is there. The display rings its bell at the call when not.
func (a *Announcer) Speaking() bool { return a != nil && a.argv != nil }

// Events is what the worker tells: Missing once at the start, Started
// before each announcement. Events nobody reads in time are dropped.
func (a *Announcer) Events() <-chan Event {
	if a == nil {
		return nil
	}
	return a.events
}

// Say queues text to be spoken times times, after everything queued
// before. It never waits: false when the queue is full or a is nil or
// silent.
func (a *Announcer) Say(text string, times int) bool {
	if !a.Speaking() || times < 1 || strings.TrimSpace(text) == "" {
		return false
	}
	select {
	case a.in <- item{text, times}:
		return true
	default:
		return false
	}
}

// Close stops the worker: what is being spoken is cut off (its process
// group killed) and what waits is dropped. It returns when the worker and
// its command are gone.
func (a *Announcer) Close() {
	if a == nil {
		return
	}
	a.cancel()
	<-a.done
}

func (a *Announcer) work(ctx context.Context) {
	defer close(a.done)
	for {
		select {
		case <-ctx.Done():
			return
		case it := <-a.in:
			a.tell(Event{Kind: Started, Text: it.text})
			for range it.times {
				if ctx.Err() != nil {
					return
				}
				if err := a.run(ctx, it.text); err != nil && ctx.Err() == nil {
					a.tell(Event{Kind: Failed, Text: it.text})
					break
				}
			}
		}
	}
}

func (a *Announcer) tell(e Event) {
	select {
	case a.events <- e:
	default:
	}
}

// run speaks text once, to the end of the command.
func (a *Announcer) run(ctx context.Context, text string) error {
	cmd := exec.CommandContext(ctx, a.argv[0], a.argv[1:]...)
	cmd.Stdin = strings.NewReader(text)
	cmd.Env = a.env
	ownGroup(cmd)
	// Once killed, do not wait long for children holding the pipes open.
	cmd.WaitDelay = time.Second
	return cmd.Run()
}
