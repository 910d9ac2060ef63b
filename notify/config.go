package notify

import (
	"errors"
	"fmt"
	"time"
)

// Config is what a station sends and how (the configuration file's
// [messages] table).
type Config struct {
	// Lang is the language the customers' texts are in: "zh" (default) or
	// "en".
	Lang string
	// TurnAhead is how many tickets ahead of a customer the turn message
	// goes out: with 3, when the third-last before theirs is called.
	TurnAhead int
	// Moments is, per moment, whether it sends and its templates.
	Moments map[Moment]Template
	// Gateway is how a message leaves the station; a station with none
	// writes its messages into the outbox and sends none, and the desk
	// lists them to call by hand.
	Gateway Gateway
	// Retry is how often and how long a message that did not go is tried
	// again.
	Retry Retry
}

// Template is one moment's setting: whether it sends, and its text in
// each language.
type Template struct {
	Send   bool
	Zh, En string
}

// Text is the template in lang, zh when lang is anything else.
func (t Template) Text(lang string) string {
	if lang == "en" {
		return t.En
	}
	return t.Zh
}

// The transports of a gateway.
const (
	TransportNone    = ""
	TransportWebhook = "webhook" // an HTTP POST of JSON, signed (package gateway)
	TransportCommand = "command" // a program run with the phone and text as arguments
)

// Gateway is the station's way out for text messages.
type Gateway struct {
	Transport string
	// URL is the webhook's address, http or https.
	URL string
	// Secret signs every request (HMAC-SHA256 of the body, in the header
	// X-Frontdesk-Signature); SecretFile names a file that holds it, so that
	// the configuration file can be shown without it.
	Secret, SecretFile string
	// Command is the program and its arguments, "{phone}" and "{text}"
	// replaced by the message's (never through a shell).
	Command []string
	// Timeout bounds one attempt: a gateway that hangs is an attempt failed.
	Timeout time.Duration
}

// Retry is the backoff of a message that did not go: the first retry
// after First, each next one after twice the wait before, at most Max, and
// after Attempts attempts it has failed for good.
type Retry struct {
	First, Max time.Duration
	Attempts   int
}

// Default is what a station sends until its file says otherwise: every
// moment, in Chinese, through no gateway (so listed to call by hand).
func Default() Config {
	return Config{
		Lang:      "zh",
		TurnAhead: 3,
		Moments:   DefaultTemplates(),
		Gateway:   Gateway{Timeout: 10 * time.Second},
		Retry:     Retry{First: 30 * time.Second, Max: 30 * time.Minute, Attempts: 10},
	}
}

// DefaultTemplates is every moment's text as the station gets it. The
// visit's two are S11's words (onsite.BeforeVisit, onsite.AfterVisit);
// the others are ours, the seeds naming only what each says.
func DefaultTemplates() map[Moment]Template {
	return map[Moment]Template{
		Turn: {Send: true,
			Zh: "【{station}】您的排队号{number}前面还有{ahead}位,请回到服务大厅留意叫号。",
			En: "[{station}] Ticket {number}: {ahead} ahead of you. Please come back to the hall and watch for your number."},
		Ready: {Send: true,
			Zh: "【{station}】{name}您好,您送修的{device}(维修单{order})已修好,请携带取机凭条到服务站取机。咨询电话{hotline}。",
			En: "[{station}] Dear {name}, your {device} (order {order}) is ready. Please bring your claim slip to pick it up. Questions: {hotline}."},
		Delay: {Send: true,
			Zh: "【{station}】{name}您好,非常抱歉,您的{device}(维修单{order})无法在原定的{promised}前修好,原因:{reason}。我们会尽快处理并及时告知进展,咨询电话{hotline}。",
			En: "[{station}] Dear {name}, we are sorry: your {device} (order {order}) will not be ready by {promised}. Reason: {reason}. We will keep you informed. Questions: {hotline}."},
		Estimate: {Send: true,
			Zh: "【{station}】{name}您好,您的{device}(维修单{order})检测完毕,维修需{items},费用合计{fee}元。请致电{hotline}告知是否维修。",
			En: "[{station}] Dear {name}, your {device} (order {order}) has been checked: it needs {items}, {fee} yuan in all. Please call {hotline} to say whether to repair it."},
		VisitBefore: {Send: true,
			Zh: "您好,我是{brand}服务工程师{engineer},将于{time}上门为您服务(服务单{request}),如需联系请拨打{phone}。",
			En: "Hello, I am {engineer}, {brand} service engineer. I will visit you at {time} (request {request}). To reach us, call {phone}."},
		VisitAfter: {Send: true,
			Zh: "感谢您使用{brand}上门服务(服务单{request})!今后如有用机问题,请拨打我们的服务热线{hotline}。",
			En: "Thank you for using {brand} on-site service (request {request})! For any later problem, call our hotline {hotline}."},
		Thanks: {Send: true,
			Zh: "【{station}】{name}您好,感谢您接受回访(维修单{order}),您的意见我们已记录。如有问题请拨打{hotline}。",
			En: "[{station}] Dear {name}, thank you for taking our call about order {order}; your words are noted. Questions: {hotline}."},
	}
}

var (
	ErrLang      = errors.New("notify: the language is zh or en")
	ErrTurnAhead = errors.New("notify: turn_ahead is 1 to 20")
	ErrRetry     = errors.New("notify: the retries need a first wait, a longest wait and 1 to 100 attempts")
	ErrMoment    = errors.New("notify: no such moment")
)

// MomentError is a moment's template that Check refused, in language Lang.
type MomentError struct {
	Moment Moment
	Lang   string
	Err    error
}

func (e *MomentError) Error() string { return fmt.Sprintf("%s.%s: %v", e.Moment, e.Lang, e.Err) }
func (e *MomentError) Unwrap() error { return e.Err }

// Validate checks the whole configuration: every moment known and its
// templates in both languages good (a moment that sends needs them), the
// gateway's settings (CheckGateway) and the retries.
func (c Config) Validate() error {
	if c.Lang != "zh" && c.Lang != "en" {
		return fmt.Errorf("%w: %q", ErrLang, c.Lang)
	}
	if c.TurnAhead < 1 || c.TurnAhead > 20 {
		return fmt.Errorf("%w: %d", ErrTurnAhead, c.TurnAhead)
	}
	for m, t := range c.Moments {
		if !m.Valid() {
			return fmt.Errorf("%w: %q", ErrMoment, m)
		}
		for _, lang := range []string{"zh", "en"} {
			if err := Check(m, t.Text(lang)); err != nil {
				return &MomentError{Moment: m, Lang: lang, Err: err}
			}
		}
	}
	if c.Retry.First <= 0 || c.Retry.Max < c.Retry.First || c.Retry.Attempts < 1 || c.Retry.Attempts > 100 {
		return ErrRetry
	}
	return CheckGateway(c.Gateway)
}

// Sends says whether the station sends m.
func (c Config) Sends(m Moment) bool { return c.Moments[m].Send }
