package notify

import (
	"errors"
	"testing"
	"time"
)

// TestC4_ConfigValidate: the defaults pass, with or without a gateway;
// each setting out of bounds is refused with its own error.
func TestC4_ConfigValidate(t *testing.T) {
	if err := Default().Validate(); err != nil {
		t.Fatalf("the default: %v", err)
	}
	if err := on().Validate(); err != nil {
		t.Fatalf("a webhook: %v", err)
	}
	command := func(c *Config) {
		c.Gateway = Gateway{Transport: TransportCommand, Command: []string{"gammu-smsd-inject", "TEXT", "{phone}", "-text", "{text}"}, Timeout: 10 * time.Second}
	}
	c := Default()
	command(&c)
	if err := c.Validate(); err != nil {
		t.Fatalf("a command: %v", err)
	}
	cases := []struct {
		name   string
		change func(*Config)
		want   error
	}{
		{"lang fr", func(c *Config) { c.Lang = "fr" }, ErrLang},
		{"lang empty", func(c *Config) { c.Lang = "" }, ErrLang},
		{"turn_ahead 0", func(c *Config) { c.TurnAhead = 0 }, ErrTurnAhead},
		{"turn_ahead 21", func(c *Config) { c.TurnAhead = 21 }, ErrTurnAhead},
		{"unknown moment", func(c *Config) { c.Moments["readyy"] = c.Moments[Ready] }, ErrMoment},
		{"template with an unknown field", func(c *Config) {
			c.Moments[Ready] = Template{Send: true, Zh: c.Moments[Ready].Zh, En: "Your {device} costs {fee}"}
		}, ErrUnknownField},
		{"retry without a first wait", func(c *Config) { c.Retry.First = 0 }, ErrRetry},
		{"retry max below first", func(c *Config) { c.Retry.Max = time.Second }, ErrRetry},
		{"retry 0 attempts", func(c *Config) { c.Retry.Attempts = 0 }, ErrRetry},
		{"transport sms", func(c *Config) { c.Gateway.Transport = "sms" }, ErrTransport},
		{"webhook ftp", func(c *Config) { c.Gateway.URL = "ftp://x" }, ErrURL},
		{"webhook without a scheme", func(c *Config) { c.Gateway.URL = "gateway.example" }, ErrURL},
		{"webhook without a secret", func(c *Config) { c.Gateway.Secret = "" }, ErrSecret},
		{"timeout 0", func(c *Config) { c.Gateway.Timeout = 0 }, ErrTimeout},
		{"timeout 5 min", func(c *Config) { c.Gateway.Timeout = 5 * time.Minute }, ErrTimeout},
		{"command without {text}", func(c *Config) { command(c); c.Gateway.Command = []string{"send-sms", "{phone}", "TEXT"} }, ErrCommand},
		{"command without a program", func(c *Config) { command(c); c.Gateway.Command = []string{" ", "{phone}", "{text}"} }, ErrCommand},
		{"no command", func(c *Config) { command(c); c.Gateway.Command = nil }, ErrCommand},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := on()
			tc.change(&c)
			if err := c.Validate(); !errors.Is(err, tc.want) {
				t.Errorf("%v, want %v", err, tc.want)
			}
		})
	}
	c = on()
	c.Moments[Ready] = Template{Send: true, Zh: c.Moments[Ready].Zh, En: "Your {device} costs {fee}"}
	var me *MomentError
	var fe *FieldError
	if err := c.Validate(); !errors.As(err, &me) || me.Moment != Ready || me.Lang != "en" || !errors.As(err, &fe) || fe.Field != "fee" {
		t.Errorf("the template's moment and language: %#v", err)
	} else if got := err.Error(); got[:9] != "ready.en:" {
		t.Errorf("message %q", got)
	}
}

// TestC4_WhatIsSent: a moment sends when it is on; English is English,
// anything else Chinese.
func TestC4_WhatIsSent(t *testing.T) {
	c := Default()
	c.Moments[Thanks] = Template{Zh: "谢谢", En: "Thanks"}
	if !c.Sends(Ready) || c.Sends(Thanks) || c.Sends("readyy") {
		t.Error("Sends")
	}
	if tpl := c.Moments[Thanks]; tpl.Text("en") != "Thanks" || tpl.Text("zh") != "谢谢" || tpl.Text("fr") != "谢谢" {
		t.Error("Text")
	}
}
