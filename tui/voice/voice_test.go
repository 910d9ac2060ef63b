package voice

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"frontdesk/config"
	"frontdesk/tui/i18n"
)

func TestCallTextSpeaksTheTicketDigitByDigitAndTheCounterAsANumber(t *testing.T) {
	for _, c := range []struct {
		lang, number string
		counter      int
		want         string
	}{
		{"zh", "A012", 3, "请排队号为A零一二号的用户到三号接待台来,我们将为您服务,谢谢!"},
		{"zh", "B100", 12, "请排队号为B一零零号的用户到十二号接待台来,我们将为您服务,谢谢!"},
		{"en", "A012", 3, "Would customer number A zero one two please come to counter 3. We will serve you. Thank you!"},
	} {
		if got := CallText(i18n.New(c.lang), c.number, c.counter); got != c.want {
			t.Errorf("%s %s %d: %q, want %q", c.lang, c.number, c.counter, got, c.want)
		}
	}
}

func TestTicketTextSaysTheNumberAndHowManyAreAhead(t *testing.T) {
	zh, en := i18n.New("zh"), i18n.New("en")
	for _, c := range []struct{ got, want string }{
		{TicketText(zh, "A005", 3), "您已领取A零零五号,前方还有三人等候"},
		{TicketText(zh, "A005", 0), "您已领取A零零五号,前方无人等候,请留意叫号"},
		{TicketText(en, "A005", 3), "You have number A zero zero five. 3 people are ahead of you."},
		{ChoicesText(zh, []string{"送修", "取机"}), "请选择服务项目,按对应的数字键取号。按一,送修。按二,取机。按零,查询维修进度。"},
	} {
		if c.got != c.want {
			t.Errorf("%q, want %q", c.got, c.want)
		}
	}
}

func TestDefaultCommandIsEspeakWithTheLanguagesVoiceReadingStdin(t *testing.T) {
	v := config.Default().Voice
	if got := Command(v, "zh"); !slices.Equal(got, []string{"espeak-ng", "-v", "cmn", "-a", "100", "-s", "175", "--stdin"}) {
		t.Errorf("zh: %q", got)
	}
	v.Volume, v.Speed = 80, 120
	if got := Command(v, "en"); !slices.Equal(got, []string{"espeak-ng", "-v", "en", "-a", "80", "-s", "120", "--stdin"}) {
		t.Errorf("en: %q", got)
	}
	v.Command = "  announcer  --port /dev/ttyUSB0 "
	if got := Command(v, "zh"); !slices.Equal(got, []string{"announcer", "--port", "/dev/ttyUSB0"}) {
		t.Errorf("configured: %q", got)
	}
}

func TestMissingProgramIsToldOnceAndNothingIsQueued(t *testing.T) {
	a := Start(config.Voice{Command: filepath.Join(t.TempDir(), "no-such-speaker"), Repeat: 2}, "zh")
	defer a.Close()
	if a.Speaking() {
		t.Fatal("speaking without a program")
	}
	e := <-a.Events()
	if e.Kind != Missing || !strings.HasSuffix(e.Text, "no-such-speaker") {
		t.Fatalf("first event %+v, want Missing", e)
	}
	if a.Say("请A012号", 2) {
		t.Error("Say queued an announcement nobody can speak")
	}
	select {
	case e := <-a.Events():
		t.Fatalf("a second event %+v", e)
	case <-time.After(100 * time.Millisecond):
	}
}

func TestMuteSpeaksNothingAndTellsNothing(t *testing.T) {
	a := Start(config.Voice{Command: "/bin/true", Repeat: 1, Mute: true}, "zh")
	defer a.Close()
	if a.Speaking() || a.Say("x", 1) {
		t.Fatal("muted, yet speaking")
	}
	select {
	case e := <-a.Events():
		t.Fatalf("muted, yet an event %+v", e)
	case <-time.After(50 * time.Millisecond):
	}
}
