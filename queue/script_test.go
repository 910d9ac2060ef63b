package queue

import (
	"reflect"
	"testing"
	"time"
)

func TestQ6_LongWaitThresholdAndApology(t *testing.T) {
	sec := func(m, s int) time.Time { return at(m).Add(time.Duration(s) * time.Second) }
	tests := []struct {
		name    string
		tweak   func(*Config)
		steps   func(d *day)
		now     time.Time
		long    bool
		scripts []Script // at counter 1, when A001 is there
	}{
		{name: "14:59 waiting", now: sec(14, 59), long: false},
		{name: "15:00 waiting: highlighted", now: at(15), long: true},
		{name: "threshold configured", tweak: func(c *Config) { c.LongWait = mins(5) }, now: at(5), long: true},
		{name: "threshold off", tweak: func(c *Config) { c.LongWait = 0 }, now: at(600), long: false},
		{
			name: "the wait ends at the first call", steps: func(d *day) { d.do("A001", call(1, 10)) },
			now: at(60), long: false, scripts: []Script{ScriptCall},
		},
		{name: "served after a short wait: greeting", steps: func(d *day) {
			d.do("A001", call(1, 10))
			d.do("A001", start(1, 11))
		}, now: at(60), long: false, scripts: []Script{ScriptGreet}},
		{name: "served after a long wait: apology", steps: func(d *day) {
			d.do("A001", call(1, 16))
			d.do("A001", recall(1, 18))
			d.do("A001", start(1, 19))
		}, now: at(19), long: true, scripts: []Script{ScriptSorryWait}},
		{
			name: "a customer who gave up stops waiting", steps: func(d *day) { d.do("A001", closeTicket("left", 10)) },
			now: at(60), long: false,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDay(t, tt.tweak)
			d.arrive(arrival{"A", 0, false})
			if tt.steps != nil {
				tt.steps(d)
			}
			tk := d.get("A001")
			if got := tk.LongWait(d.cfg, tt.now); got != tt.long {
				t.Errorf("LongWait = %v after waiting %v, want %v", got, tk.Waited(tt.now), tt.long)
			}
			var cur *Ticket
			if tk.Current(1) {
				cur = tk
			}
			if got := ScriptsFor(d.cfg, cur, d.tickets, tt.now); !reflect.DeepEqual(got, tt.scripts) {
				t.Errorf("scripts = %v, want %v", got, tt.scripts)
			}
		})
	}
}

func TestQ7_PleaseWaitWhenCustomerArrivesWhileBusy(t *testing.T) {
	// A001 is called to counter 1 at minute 1 and served from minute 2.
	tests := []struct {
		name   string
		others []arrival
		steps  func(d *day)
		served bool // A001 started; otherwise only called
		want   []Script
	}{
		{name: "nobody else", served: true, want: []Script{ScriptGreet}},
		{
			name: "a customer arrives while serving", others: []arrival{{"A", 5, false}}, served: true,
			want: []Script{ScriptGreet, ScriptPleaseWait},
		},
		{
			name: "one of the counter's other types", others: []arrival{{"C", 5, false}}, served: true,
			want: []Script{ScriptGreet, ScriptPleaseWait},
		},
		{
			name: "already waiting before the service began", others: []arrival{{"A", 1, false}}, served: true,
			want: []Script{ScriptGreet},
		},
		{
			name: "a business customer, for another counter", others: []arrival{{"D", 5, false}}, served: true,
			want: []Script{ScriptGreet},
		},
		{
			name: "the newcomer stepped away", others: []arrival{{"A", 5, false}}, served: true,
			steps: func(d *day) { d.do("A002", stepAway(6)) }, want: []Script{ScriptGreet},
		},
		{
			name: "the newcomer is already at another counter", others: []arrival{{"A", 5, false}}, served: true,
			steps: func(d *day) { d.do("A002", call(2, 6)) }, want: []Script{ScriptGreet},
		},
		{
			name: "not busy yet: only the call", others: []arrival{{"A", 5, false}}, served: false,
			want: []Script{ScriptCall},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDay(t)
			d.arrive(arrival{"A", 0, false})
			d.do("A001", call(1, 1))
			if tt.served {
				d.do("A001", start(1, 2))
			}
			d.arrive(tt.others...)
			if tt.steps != nil {
				tt.steps(d)
			}
			if got := ScriptsFor(d.cfg, d.get("A001"), d.tickets, at(8)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("scripts = %v, want %v", got, tt.want)
			}
		})
	}
	if got := ScriptsFor(DefaultConfig(), nil, nil, t0); got != nil {
		t.Errorf("scripts with no current ticket = %v, want none", got)
	}
}
