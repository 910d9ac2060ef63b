package config

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"frontdesk/repair"
)

// DefaultFile is the default configuration as a documented TOML file, every
// key with what it does: what `frontdesk config --init` writes. It is
// written from Default(), so it never drifts from it.
func DefaultFile() string {
	var b strings.Builder
	b.WriteString(`# frontdesk — the station's configuration (` + FileName + `)
#
# One file for every terminal of the station (desks, queue display, kiosk),
# next to the database they share; or the file named by --config or by
# FRONTDESK_CONFIG. Every program reads it when it starts.
#
# A key left out keeps its default. An unknown key, a value of the wrong
# type or a value the rules refuse stops every program with the file, the
# line and the key: nothing runs on half a configuration.
#
# Durations are strings: "90s", "15m", "4h", "1h30m"; "0s" turns a limit off.
# A list of tables ([[...]]) written in this file REPLACES the default list
# entirely: to change one service type, keep all the others in the file too.
#
#   frontdesk config              the configuration in effect, and where it came from
#   frontdesk config --defaults   this file
`)
	write(&b, Default(), nil)
	return b.String()
}

// Encode writes the configuration in effect as TOML, with where it came
// from and, for every key, whether the file sets it or it is the default.
func (c Config) Encode(w io.Writer, src Source) error {
	var b strings.Builder
	b.WriteString("# frontdesk — the configuration in effect\n")
	if src.Found {
		b.WriteString("# from the file " + src.Path + "\n")
		b.WriteString("# keys marked \"default\" are not in the file and keep their default.\n")
	} else {
		b.WriteString("# " + src.String() + "\n")
		b.WriteString("# (`frontdesk config --init` writes the documented default file there)\n")
	}
	write(&b, c, func(key ...string) string {
		if src.FromFile(key...) {
			return "from the file"
		}
		return "default"
	})
	_, err := io.WriteString(w, b.String())
	return err
}

// writer writes documented TOML; note, when set, is a remark on where a
// key's value came from.
type writer struct {
	b      *strings.Builder
	note   func(key ...string) string
	indent string
}

func (w *writer) doc(lines ...string) {
	for _, l := range lines {
		w.b.WriteString(w.indent + strings.TrimRight("# "+l, " ") + "\n")
	}
}

// table starts [name] with its documentation.
func (w *writer) table(name string, doc ...string) {
	w.b.WriteString("\n")
	w.doc(doc...)
	w.b.WriteString("[" + name + "]")
	w.remark(strings.Split(name, ".")...)
}

// entry starts one [[name]] of an array of tables.
func (w *writer) entry(name string) {
	w.b.WriteString("\n" + w.indent + "[[" + name + "]]\n")
}

// list documents an array of tables before its entries.
func (w *writer) list(name string, doc ...string) {
	w.b.WriteString("\n")
	w.doc(doc...)
	if w.note != nil {
		if w.note(strings.Split(name, ".")...) == "default" {
			w.doc("[[" + name + "]]: default (not in the file)")
		} else {
			w.doc("[[" + name + "]]: from the file")
		}
	}
}

// key writes key = value, documented, remarked by path.
func (w *writer) key(path []string, value string, doc ...string) {
	w.doc(doc...)
	w.b.WriteString(w.indent + path[len(path)-1] + " = " + value)
	w.remark(path...)
}

func (w *writer) remark(path ...string) {
	if w.note != nil {
		w.b.WriteString("  # " + w.note(path...))
	}
	w.b.WriteString("\n")
}

// plain writes key = value inside an entry of an array of tables.
func (w *writer) plain(key, value string) {
	w.b.WriteString(w.indent + key + " = " + value + "\n")
}

func write(b *strings.Builder, c Config, note func(key ...string) string) {
	w := &writer{b: b, note: note}
	k := func(section string) func(key, value string, doc ...string) {
		return func(key, value string, doc ...string) {
			w.key(append(strings.Split(section, "."), key), value, doc...)
		}
	}

	w.table("station", "服务站 — who the customer deals with")
	st := k("station")
	st("code", quote(c.Station.Code),
		"The station's code at the head office: in every row of every exported file",
		"(frontdesk export) and in the files' names, so that the head office can put",
		"many stations' files together. 1 to 32 letters, digits, - and _ (\"SH-001\").",
		"TO BE SET: the default "+PlaceholderCode+" is a placeholder; the export warns while",
		"a station keeps it, since two stations' files could not be told apart.")
	st("name", quote(c.Station.Name), "The station's name, printed on every claim slip (I13).")
	st("phone", quote(c.Station.Phone),
		"The station's service phone, printed on every claim slip.",
		"TO BE SET: the default "+PlaceholderPhone+" is a placeholder, not a real number.")
	st("time_zone", quote(c.Queue.Location.String()),
		"The station's time zone (an IANA name such as Asia/Shanghai): \"today\",",
		"the daily ticket numbering and its reset follow it (Q2, Q11).")
	st("group", quote(c.Station.Group),
		"The station group: \"\" keeps the files of customers' data — the database, its",
		"backups, the claim slips and service records, the exports — their owner's only",
		"(0600, directories 0700). A group's name (\"frontdesk\") makes them 0640 and 0750",
		"and of that group, so that the station's other local accounts in it can read",
		"them; the user running frontdesk must be in the group. Others get nothing, and",
		"the SSH host key and the socket stay the owner's. Files made before keep theirs.")

	q := c.Queue
	w.table("queue", "取号 / 叫号 — the take-a-number queue (DOMAIN.md Q1–Q11)")
	qk := k("queue")
	qk("long_wait", quote(formatDuration(q.LongWait)),
		"A ticket waiting longer is highlighted, and the desk is shown the apology",
		"script when it is served (Q6). \"0s\" turns it off.")
	qk("default_service", quote(formatDuration(q.DefaultService)),
		"The service time assumed for wait estimates until the day has finished",
		"tickets of a type to learn from (Q1).")
	qk("priority_ratio", strconv.Itoa(q.PriorityRatio),
		"N of the N:1 rule: after N priority tickets in a row a waiting normal",
		"ticket is called (Q9). At least 1.")
	qk("priority_max_wait", quote(formatDuration(q.PriorityMaxWait)),
		"A normal ticket waits no longer than this behind priority ones (Q9).",
		"\"0s\": no cap, the ratio alone keeps the normal queue moving.")
	qk("no_show_return_behind", strconv.Itoa(q.NoShowReturnBehind),
		"A customer who missed the call and comes back is put behind this many",
		"waiting tickets (Q5); with fewer waiting, at the back.")
	qk("away_hold", quote(formatDuration(q.AwayHold)),
		"How long a customer who stepped away keeps their place (Q10). \"0s\": the",
		"place is lost on coming back.")
	qk("pickup_type", quote(q.PickupType),
		"The service type of customers who come to collect a repaired device:",
		"calling one of them offers the pickup (P1–P4). One of the codes below.")

	w.list("queue.types",
		"Service types (Q2): code is the ticket prefix, one capital letter; zh and en",
		"the names on the kiosk, the display and the desk. Every type needs a counter",
		"that serves it. [[queue.types]] here replace the whole default list.")
	for _, t := range q.Types {
		w.entry("queue.types")
		w.plain("code", quote(t.Code))
		w.plain("zh", quote(t.Name.ZH))
		w.plain("en", quote(t.Name.EN))
	}
	w.list("queue.counters",
		"Counters (接待台, Q3): number 1–99, and the service types it calls in the",
		"order it prefers them when two tickets have waited equally long.",
		"[[queue.counters]] here replace the whole default list.")
	for _, n := range q.Counters {
		w.entry("queue.counters")
		w.plain("number", strconv.Itoa(n.Number))
		w.plain("types", quoteList(n.Types))
	}

	r := c.Repair
	w.table("repair", "送修单 — the repair order (DOMAIN.md I1–I13)")
	rk := k("repair")
	rk("intake_types", quoteList(r.IntakeTypes),
		"The service types whose customers bring a device in: calling one of them",
		"offers the pre-check intake.")
	rk("return_days", strconv.Itoa(r.ReturnDays),
		"三包 (I5): a performance fault within this many days of the sale may be",
		"returned, exchanged or repaired;")
	rk("exchange_days", strconv.Itoa(r.ExchangeDays),
		"and up to this many days, exchanged or repaired.")
	rk("loaner_after", quote(formatDuration(r.LoanerAfter)),
		"A repair promised further away than this gets a loaner offered (I12).")
	rk("promise_default", quote(formatDuration(r.PromiseDefault)),
		"How far ahead the intake form proposes the promised time.")
	rk("promise_max", quote(formatDuration(r.PromiseMax)),
		"The furthest promise the intake form accepts.")
	rk("out_of_warranty_part_months", strconv.Itoa(r.OutOfWarrantyPartMonths),
		"A part replaced out of warranty is covered this many months (I11).")
	rk("onsite_fee", strconv.Itoa(r.OnsiteFee),
		"The fixed fee of an out-of-warranty on-site visit, in yuan (I11).")
	rk("claim_code_length", strconv.Itoa(r.ClaimCodeLength),
		"Characters of the claim code printed on the claim slip (I13).")
	rk("pickup_attempts_order", strconv.Itoa(r.PickupAttemptsOrder),
		"Pickup (P1): wrong claim-code attempts allowed on one order,")
	rk("pickup_attempts_counter", strconv.Itoa(r.PickupAttemptsCounter),
		"and at one counter or kiosk over all orders, before a lockout")
	rk("pickup_lockout", quote(formatDuration(r.PickupLockout)),
		"of this long. Every attempt is recorded.")
	rk("visit_working_days", strconv.Itoa(r.VisitWorkingDays),
		"The return visit (P5) is due this many working days after pickup;")
	rk("holidays", quoteList(r.Holidays),
		"the station's holidays are not working days (\"2026-10-01\", …),")
	rk("workdays", quoteList(r.Workdays),
		"and weekends worked in exchange (调休) are.")

	w.list("repair.warranty",
		"The warranty table (I4): a part category — key as orders store it, zh and",
		"en as shown — and how many months from the purchase it is covered.",
		"[[repair.warranty]] here replace the whole default table.")
	for _, rule := range r.Warranty {
		w.entry("repair.warranty")
		writeItem(w, rule.Item)
		w.plain("months", strconv.Itoa(rule.Months))
	}
	w.list("repair.devices",
		"Device kinds the counter takes in (I3); the first is the default of a new",
		"intake. key is what orders store: keep it when renaming. parts are keys of",
		"the warranty table, the first the default. Under each device its lists:",
		"[[repair.devices.accessories]] the standard accessories (I7),",
		"[[repair.devices.condition]] the physical condition checklist (I8),",
		"[[repair.devices.inspection]] the golden-key inspection steps (G1).",
		"[[repair.devices]] here replace the whole default list of devices, and a",
		"device's lists are exactly what is written under it.")
	for _, d := range r.Devices {
		w.entry("repair.devices")
		writeItem(w, d.Item)
		w.plain("parts", quoteList(d.Parts))
		w.indent = "  "
		for _, sub := range []struct {
			name  string
			items []repair.Item
		}{{"accessories", d.Accessories}, {"condition", d.Condition}, {"inspection", d.Inspection}} {
			for _, it := range sub.items {
				w.entry("repair.devices." + sub.name)
				writeItem(w, it)
			}
		}
		w.indent = ""
	}

	p := c.Print
	w.table("print", "取机凭证 — the claim slip printer (I13)")
	pk := k("print")
	pk("dir", quote(p.Dir),
		"Where claim slips are written, one file per order. \"\": a \"slips\" folder",
		"next to the database; a relative path is taken from this file's folder.")
	pk("kind", quote(p.Kind),
		"\"text\": the slip as plain text to the command (any printer the system",
		"knows, e.g. through CUPS). \"escpos\": raw ESC/POS to a thermal receipt",
		"printer, with the order number as a QR code and a Code 128 barcode, and a",
		"tag for the device after the slip.")
	pk("command", quote(p.Command),
		"A command each slip is piped to, e.g. \"lp -d counter\" (for escpos a raw",
		"queue: \"lp -d thermal -o raw\"); \"\": the file only. Split at spaces,",
		"run without a shell.")
	pk("device", quote(p.Device),
		"escpos only, used instead of the command: the printer's device file",
		"(\"/dev/usb/lp0\", the user needs write access: group lp) or a network",
		"printer's address (\"192.168.1.50:9100\"). A printer that is off or out of",
		"paper is given up after 10 s; the order is saved all the same and the",
		"slip can be printed again from it.")
	pk("width", strconv.Itoa(p.Width),
		"Characters per line. text: 80 (A4, dot matrix) or 32 (58 mm thermal).",
		"escpos: 32 (58 mm) or 48 (80 mm); 32 when not set.")
	pk("code_page", quote(p.CodePage),
		"escpos: how the printer reads text. \"gb18030\" for Chinese printers (the",
		"Chinese character mode); \"pc437\" for Western ones, which print only",
		"ASCII (Chinese text as ?: use it with --lang en).")
	pk("cut", quote(p.Cut),
		"escpos: \"partial\" (the usual receipt cut), \"full\", or \"none\" for a",
		"printer without a cutter (the paper is fed past the tear bar).")
	pk("ticket", quote(p.Ticket),
		"The kiosk's ticket printer, a 58 mm ESC/POS printer with this table's",
		"code_page and cut: its device file (\"/dev/usb/lp1\") or network address",
		"(\"192.168.1.51:9100\"). \"\": the kiosk prints no ticket. A printer that",
		"is off or out of paper is given up after 10 s; the ticket is taken all",
		"the same and the kiosk says it was not printed.")

	w.table("display", "叫号屏与取号机 — how the queue display and the kiosk look")
	k("display")("theme", quote(c.Display.Theme),
		"\"auto\": the terminal's background colour decides between the light and",
		"the dark palette (dark where the terminal does not say); \"light\" or",
		"\"dark\": always that one, for a terminal that does not answer or answers",
		"wrong. Both palettes keep every text readable (contrast 4.5:1, the big",
		"digits 7:1), in 256 and 16 colours too.")

	v := c.Voice
	w.table("voice", "语音叫号 — the voice of the queue display and the kiosk")
	vk := k("voice")
	vk("command", quote(v.Command),
		"The speech program, split at spaces and run without a shell; it reads",
		"the text to say on its standard input, one announcement per run, with",
		"FRONTDESK_VOICE_LANG (zh or en), FRONTDESK_VOICE_VOLUME and",
		"FRONTDESK_VOICE_SPEED in its environment. \"\": espeak-ng, the voice",
		"cmn in Chinese and en in English, when it is installed (apt-get install",
		"espeak-ng); without one the display says so once and stays silent.")
	vk("repeat", strconv.Itoa(v.Repeat),
		"How many times each call is spoken, 1 to 5: customers watch their phones.")
	vk("volume", strconv.Itoa(v.Volume),
		"Loudness, 0 to 200; 100 is the program's normal (espeak-ng -a).")
	vk("speed", strconv.Itoa(v.Speed),
		"Words per minute, 80 to 450; 175 is espeak-ng's normal (-s), at which",
		"the whole call script takes about 10 s.")
	vk("mute", strconv.FormatBool(v.Mute),
		"true: no voice (--mute does the same for one run); the bell still rings.")

	writeOnsite(w, k, c.Onsite)
	writeMessages(w, k, c.Messages)

	w.table("ssh", "站内联网 — the counter PCs, the display and the kiosk over SSH")
	k("ssh")("listen", quote(c.SSH.Listen),
		"Where frontdesk serve listens for the station's other PCs: \"host:port\",",
		"\":23234\" (every address of this PC) or a host alone (port 23234). \"\":",
		"off, the programs run on this PC only. Each person connects with their",
		"own key (frontdesk staff add NAME --role R --key FILE) and gets their",
		"role's program; the host key is made beside the database at the first",
		"start.")
}

func writeItem(w *writer, it repair.Item) {
	w.plain("key", quote(it.Key))
	w.plain("zh", quote(it.ZH))
	w.plain("en", quote(it.EN))
}

// quote is s as a TOML basic string.
func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteString(`\t`)
		case '\r':
			b.WriteString(`\r`)
		default:
			if r < 0x20 || r == 0x7f {
				fmt.Fprintf(&b, `\u%04X`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

func quoteList(list []string) string {
	q := make([]string, len(list))
	for i, s := range list {
		q[i] = quote(s)
	}
	return "[" + strings.Join(q, ", ") + "]"
}
