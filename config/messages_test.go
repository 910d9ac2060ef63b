package config

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"frontdesk/notify"
)

// TestC4_TheMessagesTableByDefault: a station without [messages] has
// notify's defaults, sending nothing (no gateway); the documented file
// writes every moment's table with the fields its text may use.
func TestC4_TheMessagesTableByDefault(t *testing.T) {
	if m := Default().Messages; !reflect.DeepEqual(m, notify.Default()) || m.On() {
		t.Errorf("default %+v", m)
	}
	file := DefaultFile()
	for _, mo := range notify.Moments {
		if !strings.Contains(file, "\n["+"messages."+string(mo)+"]\n") {
			t.Errorf("the default file has no [messages.%s]", mo)
		}
	}
	for _, want := range []string{"[messages]\n", "transport = \"\"\n", "It may use {station} {hotline} {name} {order} {device}.\n", "{{ or }}"} {
		if !strings.Contains(file, want) {
			t.Errorf("the default file lacks %q", want)
		}
	}
}

// aMessagesFile sets every key of [messages] and some of three moments'.
const aMessagesFile = `[station]
name = "同创电脑维修站"

[messages]
lang = "en"
turn_ahead = 5
transport = "webhook"
url = "https://sms.example.cn/frontdesk"
secret_file = "sms.secret"
command = ["gammu-smsd-inject", "TEXT", "{phone}", "-text", "{text}"]
timeout = "15s"
retry_first = "1m"
retry_max = "1h"
retry_attempts = 6

[messages.ready]
zh = "【{station}】{name}您好,您的{device}修好了,请带取机凭条来取。"

[messages.turn]
send = false

[messages.thanks]
send = true
en = """
Thank you, {name}! {{order {order}}}"""
`

// TestC4_AFullMessagesTableReadsBack: every key is read over the
// defaults, a moment's keys the file leaves out keep theirs, the secret
// file is taken from the file's folder; the configuration in effect says
// which keys the file set and reads back to itself.
func TestC4_AFullMessagesTableReadsBack(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	if err := os.WriteFile(path, []byte(aMessagesFile), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "sms.secret"), []byte("s3cret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	c, src, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	want := notify.Default()
	want.Lang, want.TurnAhead = "en", 5
	want.Gateway = notify.Gateway{Transport: "webhook", URL: "https://sms.example.cn/frontdesk", SecretFile: filepath.Join(dir, "sms.secret"),
		Command: []string{"gammu-smsd-inject", "TEXT", "{phone}", "-text", "{text}"}, Timeout: 15 * time.Second}
	want.Retry = notify.Retry{First: time.Minute, Max: time.Hour, Attempts: 6}
	d := notify.DefaultTemplates()
	want.Moments[notify.Ready] = notify.Template{Send: true, Zh: "【{station}】{name}您好,您的{device}修好了,请带取机凭条来取。", En: d[notify.Ready].En}
	want.Moments[notify.Turn] = notify.Template{Send: false, Zh: d[notify.Turn].Zh, En: d[notify.Turn].En}
	want.Moments[notify.Thanks] = notify.Template{Send: true, Zh: d[notify.Thanks].Zh, En: "Thank you, {name}! {{order {order}}}"}
	if !reflect.DeepEqual(c.Messages, want) {
		t.Errorf("messages:\n got %+v\nwant %+v", c.Messages, want)
	}
	if !c.Messages.On() || c.Messages.Sends(notify.Turn) {
		t.Error("the gateway or the turn's send")
	}

	var b bytes.Buffer
	if err := c.Encode(&b, src); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, line := range []string{
		`lang = "en"  # from the file`, `transport = "webhook"  # from the file`, `secret = ""  # default`,
		"[messages.turn]  # from the file", "send = false  # from the file", "[messages.delay]  # default",
		`en = "Thank you, {name}! {{order {order}}}"  # from the file`,
	} {
		if !strings.Contains(out, line+"\n") {
			t.Errorf("the configuration in effect lacks %q", line)
		}
	}
	same(t, parse(t, out), c)

	// A command, the other transport, with its secret-less defaults.
	cmd := parse(t, "[messages]\ntransport = \"command\"\ncommand = [\"/usr/bin/gammu-smsd-inject\", \"TEXT\", \"{phone}\", \"-text\", \"{text}\"]\n")
	if g := cmd.Messages.Gateway; g.Transport != notify.TransportCommand || len(g.Command) != 5 || g.Timeout != 10*time.Second {
		t.Errorf("command gateway %+v", g)
	}
}

// TestC4_TheMessagesTableRefuses: every mistake in [messages] is an
// *Error at its line and key, in words a station manager can act on, and
// nothing starts.
func TestC4_TheMessagesTableRefuses(t *testing.T) {
	const hook = "[messages]\ntransport = \"webhook\"\nurl = \"https://sms.example.cn/frontdesk\"\nsecret = \"s\"\n"
	long := strings.Repeat("长", notify.MaxText+1)
	for _, c := range []struct {
		name, text, key string
		kind            Kind
		line            int
		msg             string
	}{
		{"unknown key", "[messages]\nlang = \"zh\"\ntransprt = \"webhook\"\n", "messages.transprt", KindUnknownKey, 3, "did you mean messages.transport"},
		{"unknown moment", "[messages]\nlang = \"zh\"\n\n[messages.readyy]\nsend = false\n", "messages.readyy", KindUnknownKey, 4, "did you mean messages.ready"},
		{"a moment of another name", "\n[messages.sms]\nsend = true\n", "messages.sms", KindUnknownKey, 2, "unknown key"},
		{"unknown key of a moment", "[messages.ready]\nsend = true\ntext = \"x\"\n", "messages.ready.text", KindUnknownKey, 3, "unknown key"},
		{"a field the moment lacks", "[messages.ready]\nsend = true\nzh = \"您的{device}已修好,费用{fee}元\"\n", "messages.ready.zh", KindTemplate, 3,
			"the ready message has no {fee}: its text may use {station} {hotline} {name} {order} {device}"},
		{"a field in a multi-line text", "[messages.thanks]\nzh = \"谢谢{name}\"\nen = \"\"\"\nThank you, {name}.\nYour engineer was {engineer}.\"\"\"\n", "messages.thanks.en", KindTemplate, 3, "no {engineer}"},
		{"an unpaired brace", "[messages.delay]\nen = \"Sorry {name, order {order}\"\n", "messages.delay.en", KindTemplate, 2, "a brace is not paired"},
		{"an empty text", "[messages.estimate]\n\nzh = \" \"\n", "messages.estimate.zh", KindEmpty, 3, "write send = false"},
		{"a text too long", "[messages.turn]\nzh = \"" + long + "\"\n", "messages.turn.zh", KindTemplate, 2, "too long"},
		{"send a word", "[messages.ready]\nsend = \"yes\"\n", "messages.ready.send", KindType, 2, "boolean"},
		{"a moment not a table", "[messages]\nready = \"yes\"\n", "messages.ready", KindType, 2, "table"},
		{"lang fr", "[messages]\n\nlang = \"fr\"\n", "messages.lang", KindChoice, 3, `"fr" is not one of: zh, en`},
		{"turn_ahead 0", "[messages]\nturn_ahead = 0\n", "messages.turn_ahead", KindVoice, 2, "0 is out of range: 1 to 20"},
		{"turn_ahead 21", "[messages]\nturn_ahead = 21\n", "messages.turn_ahead", KindVoice, 2, "1 to 20"},
		{"transport sms", "[messages]\ntransport = \"sms\"\n", "messages.transport", KindChoice, 2, `"sms" is not one of`},
		{"url ftp", "[messages]\ntransport = \"webhook\"\nsecret = \"s\"\nurl = \"ftp://x\"\n", "messages.url", KindURL, 4, `"ftp://x" is not a web address`},
		{"url without a scheme", "[messages]\ntransport = \"webhook\"\nurl = \"gateway.example\"\nsecret = \"s\"\n", "messages.url", KindURL, 3, "https://"},
		{"webhook without a url", "[messages]\n\ntransport = \"webhook\"\nsecret = \"s\"\n", "messages.url", KindURL, 3, `"" is not a web address`},
		{"webhook without a secret", "[messages]\ntransport = \"webhook\"\nurl = \"https://sms.example.cn/frontdesk\"\n", "messages.secret", KindEmpty, 2, "write secret_file, or secret"},
		{"an empty secret", "[messages]\ntransport = \"webhook\"\nurl = \"https://sms.example.cn/frontdesk\"\nsecret = \"\"\n", "messages.secret", KindEmpty, 4, "signs its requests"},
		{"command without {text}", "[messages]\ntransport = \"command\"\ncommand = [\"send-sms\", \"{phone}\", \"TEXT\"]\n", "messages.command", KindCommand, 3, "{phone} and {text}"},
		{"command without a command", "[messages]\ntransport = \"command\"\n", "messages.command", KindCommand, 2, "a program"},
		{"command a string", "[messages]\ncommand = \"gammu {phone} {text}\"\n", "messages.command", KindType, 2, "strings"},
		{"timeout a sentence", "[messages]\ntimeout = \"ten seconds\"\n", "messages.timeout", KindDuration, 2, `"ten seconds" is not a duration`},
		{"timeout 0s", hook + "timeout = \"0s\"\n", "messages.timeout", KindVoice, 5, "0s is out of range: 1s to 2m"},
		{"timeout 5m", hook + "\ntimeout = \"5m\"\n", "messages.timeout", KindVoice, 6, "5m is out of range"},
		{"retry_first 0s", "[messages]\nretry_first = \"0s\"\n", "messages.retry_first", KindInvalid, 2, "longer than 0s"},
		{"retry_max under retry_first", "[messages]\nretry_max = \"10s\"\n", "messages.retry_max", KindInvalid, 2, "10s is shorter than retry_first (30s)"},
		{"retry_first over the default max", "[messages]\nretry_first = \"1h\"\n", "messages.retry_max", KindInvalid, 2, "30m is shorter than retry_first (1h)"},
		{"retry_attempts 0", "[messages]\nretry_attempts = 0\n", "messages.retry_attempts", KindVoice, 2, "1 to 100"},
		{"retry a number", "[messages]\nretry_first = 30\n", "messages.retry_first", KindType, 2, "duration"},
	} {
		t.Run(c.name, func(t *testing.T) {
			cfg, _, err := Parse("station.toml", c.text)
			var e *Error
			switch {
			case !errors.As(err, &e):
				t.Fatalf("%v, want an *Error", err)
			case e.Path != "station.toml" || e.Line != c.line || e.Key != c.key || e.Kind != c.kind || !strings.Contains(e.Msg, c.msg):
				t.Errorf("got %+v\nwant line %d key %q kind %s msg %q", *e, c.line, c.key, c.kind, c.msg)
			}
			if !reflect.DeepEqual(cfg, Config{}) {
				t.Error("a configuration came back with the error")
			}
		})
	}
	// The field refused and those the moment may use, for the words of
	// the desk's language.
	_, _, err := Parse("station.toml", "[messages.ready]\nzh = \"{fee}\"\n")
	if e := err.(*Error); e.Value != "{fee}" || e.Want != "{station} {hotline} {name} {order} {device}" {
		t.Errorf("value %q want %q", e.Value, e.Want)
	}
}

// TestC4_ASecretFileThatCannotSignIsRefused: a webhook's secret file is
// read when the configuration is, from the file's folder: one that is
// missing or empty is refused at its line, before anything starts, and
// not when the transport is not a webhook.
func TestC4_ASecretFileThatCannotSignIsRefused(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	if err := os.WriteFile(filepath.Join(dir, "empty.secret"), []byte(" \n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ transport, file, says string }{
		{"webhook", "none.secret", "cannot read"},
		{"webhook", "empty.secret", "is empty"},
		{"", "none.secret", ""},
	} {
		text := fmt.Sprintf("[messages]\ntransport = %q\nurl = \"https://sms.example.cn/x\"\nsecret_file = %q\n", c.transport, c.file)
		if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		_, _, err := Load(path)
		var ce *Error
		switch {
		case c.says == "" && err != nil:
			t.Errorf("%s, no transport: %v", c.file, err)
		case c.says == "":
		case !errors.As(err, &ce) || ce.Kind != KindSecretFile || ce.Line != 4 || ce.Key != "messages.secret_file" ||
			ce.Value != c.file || !strings.Contains(ce.Msg, c.says):
			t.Errorf("%s: %#v, want a secret-file error at line 4 saying %q", c.file, err, c.says)
		}
	}
}
