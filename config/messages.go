package config

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"frontdesk/internal/gateway"
	"frontdesk/notify"
)

// The [messages] table: what the station tells its customers by text
// message (C4, S11; O2, O3, I11, P5) and through which gateway, with one
// table per moment ([messages.ready] …): whether it sends, its text in zh
// and en. A moment's table may set only some of its keys; a table that is
// no moment ([messages.readyy]) is an unknown key like any other, so that
// a misspelling never leaves the default text in force without a word.

// messagesTable reads [messages] over m.
func messagesTable(t *table, m *notify.Config) {
	t.str("lang", &m.Lang)
	t.int("turn_ahead", &m.TurnAhead)
	g := &m.Gateway
	t.str("transport", &g.Transport)
	t.str("url", &g.URL)
	t.str("secret", &g.Secret)
	t.str("secret_file", &g.SecretFile)
	t.strings("command", &g.Command)
	t.duration("timeout", &g.Timeout)
	t.duration("retry_first", &m.Retry.First)
	t.duration("retry_max", &m.Retry.Max)
	t.int("retry_attempts", &m.Retry.Attempts)
	for _, mo := range notify.Moments {
		t.sub(string(mo), func(t *table) { momentTable(t, mo, m.Moments) })
	}
}

// momentTable reads one moment's table. Its templates are checked here,
// where their lines are known: a field the moment does not have is refused
// at the template's own line, with the fields it may use.
func momentTable(t *table, mo notify.Moment, moments map[notify.Moment]notify.Template) {
	tpl := moments[mo]
	t.bool("send", &tpl.Send)
	for _, l := range []struct {
		key  string
		text *string
	}{{"zh", &tpl.Zh}, {"en", &tpl.En}} {
		if t.str(l.key, l.text) {
			if err := notify.Check(mo, *l.text); err != nil {
				t.fail(l.key, templateError(mo, err))
			}
		}
	}
	moments[mo] = tpl
}

// templateError is what Check refused in a template of mo, for people.
func templateError(mo notify.Moment, err error) Error {
	var fe *notify.FieldError
	switch {
	case errors.As(err, &fe):
		may := fieldList(fe.May)
		return Error{Kind: KindTemplate, Value: "{" + fe.Field + "}", Want: may,
			Msg: fmt.Sprintf("the %s message has no {%s}: its text may use %s", mo, fe.Field, may)}
	case errors.Is(err, notify.ErrEmpty):
		return Error{Kind: KindEmpty, Msg: fmt.Sprintf("must not be empty (to send no %s message, write send = false)", mo)}
	case errors.Is(err, notify.ErrBrace):
		return Error{Kind: KindTemplate, Got: "brace", Msg: "a brace is not paired: a field is written {name}, a brace itself {{ or }}"}
	}
	return Error{Kind: KindTemplate, Msg: notifyText(err)}
}

// fieldList is fields as a template writes them: "{station} {hotline}".
func fieldList(fields []string) string { return "{" + strings.Join(fields, "} {") + "}" }

// notifyText is err's message without the "notify: " its package puts
// before it: the key already says where it is.
func notifyText(err error) string { return strings.TrimPrefix(err.Error(), "notify: ") }

// validateMessages checks what the table's keys mean together
// (notify.Config.Validate), each refusal said at the key it is about.
func (d *decoder) validateMessages(m notify.Config, fail func(Error) error) error {
	err := m.Validate()
	var me *notify.MomentError
	g := m.Gateway
	switch {
	case err == nil && g.Transport == notify.TransportWebhook && g.SecretFile != "":
		// Read now, as the owner will: a station starts with a secret it
		// can sign with, or not at all, and is told so at the key (named
		// from the file's folder, as Load will make it).
		if _, rerr := gateway.ReadSecret(named(d.path, g.SecretFile)); rerr != nil {
			return fail(Error{Key: "messages.secret_file", Kind: KindSecretFile, Value: g.SecretFile,
				Msg: strings.TrimPrefix(rerr.Error(), "gateway: ")})
		}
		return nil
	case err == nil:
		return nil
	case errors.Is(err, notify.ErrLang):
		return fail(Error{Key: "messages.lang", Kind: KindChoice, Value: m.Lang, Want: "zh, en",
			Msg: fmt.Sprintf("%q is not one of: zh, en (the language of the customers' texts)", m.Lang)})
	case errors.Is(err, notify.ErrTurnAhead):
		return fail(*rangeError("messages.turn_ahead", m.TurnAhead, 1, 20))
	case errors.As(err, &me): // a default template: the file's were checked where read
		e := templateError(me.Moment, me.Err)
		e.Key = "messages." + string(me.Moment) + "." + me.Lang
		return fail(e)
	case errors.Is(err, notify.ErrRetry):
		return fail(d.retryError(m.Retry))
	case errors.Is(err, notify.ErrTransport):
		return fail(Error{Key: "messages.transport", Kind: KindChoice, Value: g.Transport, Want: `"", webhook, command`,
			Msg: fmt.Sprintf("%q is not one of: \"\" (none), webhook, command", g.Transport)})
	case errors.Is(err, notify.ErrURL):
		return fail(Error{Key: "messages.url", Line: d.lineOf("messages.url", "messages.transport"), Kind: KindURL, Value: g.URL,
			Msg: fmt.Sprintf("%q is not a web address: write http:// or https:// and the gateway's host (\"https://sms.example.cn/frontdesk\")", g.URL)})
	case errors.Is(err, notify.ErrSecret):
		return fail(Error{Key: "messages.secret", Line: d.lineOf("messages.secret", "messages.secret_file", "messages.transport"), Kind: KindEmpty,
			Msg: "must not be empty: a webhook signs its requests with the secret (write secret_file, or secret)"})
	case errors.Is(err, notify.ErrCommand):
		return fail(Error{Key: "messages.command", Line: d.lineOf("messages.command", "messages.transport"), Kind: KindCommand,
			Value: strings.Join(g.Command, " "), Want: "{phone} {text}",
			Msg: "the command needs a program and the arguments {phone} and {text}, the message's phone and text"})
	case errors.Is(err, notify.ErrTimeout):
		return fail(Error{Key: "messages.timeout", Kind: KindVoice, Value: formatDuration(g.Timeout),
			Want: "1s-" + formatDuration(notify.MaxTimeout),
			Msg:  fmt.Sprintf("%s is out of range: 1s to %s for one attempt", formatDuration(g.Timeout), formatDuration(notify.MaxTimeout))})
	}
	return fail(Error{Key: "messages", Kind: KindInvalid, Msg: notifyText(err), Line: d.lines.first("messages")})
}

// retryError says which of the retries' keys is wrong.
func (d *decoder) retryError(r notify.Retry) Error {
	switch {
	case r.First <= 0:
		return Error{Key: "messages.retry_first", Kind: KindInvalid, Value: formatDuration(r.First),
			Msg: "must be longer than 0s: a message that did not go is tried again after this"}
	case r.Max < r.First:
		return Error{Key: "messages.retry_max", Line: d.lineOf("messages.retry_max", "messages.retry_first"), Kind: KindInvalid,
			Value: formatDuration(r.Max),
			Msg:   fmt.Sprintf("%s is shorter than retry_first (%s): the longest wait cannot be shorter than the first", formatDuration(r.Max), formatDuration(r.First))}
	}
	return *rangeError("messages.retry_attempts", r.Attempts, 1, 100)
}

// lineOf is the line of the first of keys the file writes; 0 when none
// (then the error is placed at its table's line).
func (d *decoder) lineOf(keys ...string) int {
	for _, k := range keys {
		if l, ok := d.lines[k]; ok {
			return l
		}
	}
	return 0
}

// writeMessages documents the [messages] table and a table per moment,
// with the fields each moment's text may use.
func writeMessages(w *writer, k func(table string) func(key, value string, doc ...string), m notify.Config) {
	w.table("messages", "短信通知 — text messages to the customers (C4, S11): what is sent and how.",
		"Below, a table per moment: send (false: not sent, the desk's calls remain)",
		"and its text in zh and en, which may use the fields listed there, written",
		"{name} (a brace itself: {{ or }}), at most "+strconv.Itoa(notify.MaxText)+" characters. A moment's table",
		"may set only some of its keys.")
	mk := k("messages")
	g := m.Gateway
	mk("lang", quote(m.Lang), "The customers' texts: \"zh\" or \"en\".")
	mk("turn_ahead", strconv.Itoa(m.TurnAhead),
		"The turn message goes out when this many tickets are ahead (1 to 20), to",
		"the phone the customer left at the kiosk.")
	mk("transport", quote(g.Transport),
		"How a message leaves: \"\" (none: nothing is sent, the desk lists the",
		"messages to call by hand), \"webhook\" (a signed HTTP POST of JSON) or",
		"\"command\" (a program run with the phone and the text).")
	mk("url", quote(g.URL), "webhook: the gateway's address, http:// or https:// (\"https://sms.example.cn/frontdesk\").")
	mk("secret_file", quote(g.SecretFile),
		"webhook: the file that holds the secret every request is signed with",
		"(HMAC-SHA256 of the body in X-Frontdesk-Signature), so that this file can be",
		"shown without it; a relative path is taken from this file's folder.")
	mk("secret", quote(g.Secret), "webhook: or the secret itself (secret_file wins when both are set).")
	mk("command", quoteList(g.Command),
		"command: the program and its arguments, {phone} and {text} replaced by the",
		"message's, run without a shell: [\"gammu-smsd-inject\", \"TEXT\", \"{phone}\", \"-text\", \"{text}\"].")
	mk("timeout", quote(formatDuration(g.Timeout)), "One attempt is given up after this (1s to 2m): a gateway that hangs.")
	mk("retry_first", quote(formatDuration(m.Retry.First)),
		"A message that did not go is tried again after retry_first, each next time",
		"after twice the wait before, at most retry_max; after retry_attempts tries",
		"it has failed for good, and the desk lists it to call the customer.")
	mk("retry_max", quote(formatDuration(m.Retry.Max)))
	mk("retry_attempts", strconv.Itoa(m.Retry.Attempts))
	for _, mo := range notify.Moments {
		tpl := m.Moments[mo]
		name := "messages." + string(mo)
		w.table(name, momentDocs[mo])
		tk := k(name)
		tk("send", strconv.FormatBool(tpl.Send))
		tk("zh", quote(tpl.Zh), "It may use "+fieldList(notify.Fields(mo))+".")
		tk("en", quote(tpl.En))
	}
}

// momentDocs says when each moment's message goes out.
var momentDocs = map[notify.Moment]string{
	notify.Turn:        "排队提醒 — the turn coming up in the queue; no news 15 minutes later",
	notify.Ready:       "取机通知 — ready for pickup, with the claim slip to bring (O3)",
	notify.Delay:       "延误通知 — the promised time cannot be kept, with the delay call's reason (O2)",
	notify.Estimate:    "报价确认 — an out-of-warranty estimate to approve: the parts and the fee (I11)",
	notify.VisitBefore: "上门前短信 — an on-site visit booked or moved: who comes, when (S11)",
	notify.VisitAfter:  "上门后短信 — the engineer has left: thanks and the hotline (S11)",
	notify.Thanks:      "回访感谢 — after a return visit that reached the customer (P5)",
}
