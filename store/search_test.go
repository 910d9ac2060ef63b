package store

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"frontdesk/repair"
)

// search runs Search and returns the numbers found and More.
func search(t testing.TB, s *Store, q string, limit int) ([]string, bool) {
	t.Helper()
	res, err := s.Search(q, limit)
	if err != nil {
		t.Fatalf("Search(%q): %v", q, err)
	}
	return headNumbers(res.Heads), res.More > 0
}

// O6: an order is found at once by its number, claim code, phone (whole,
// its beginning or its last digits), serial or name; newest first, each
// once, at most the limit, and More says when there is more.
func TestO6_SearchFindsByNumberClaimPhoneTailSerialName(t *testing.T) {
	c := newClock()
	s := openTest(t, c)
	save := func(name, phone, serial string) repair.Order {
		c.Add(time.Minute)
		return saveIntake(t, s, 1, newOrder(name, phone, serial))
	}
	a := save("张伟", "138 0013 8000", "PF2XK9A1")
	b := save("Li Lei", "13800138000", "PF3ABC77")
	z := save("张三", "13912345678", "MJ0ABC12")
	l := save("王芳", "010-62345678", "12345678")
	e := save("ZHANG Wei", "13698768000", "CN5XY001")

	for _, c := range []struct {
		query string
		want  []repair.Order
	}{
		{a.Number, []repair.Order{a}},
		{strings.ToLower(b.Number), []repair.Order{b}},
		{z.Number[:7] + "-" + z.Number[7:], []repair.Order{z}}, // as read off a tag
		{repair.FormatClaim(strings.ToLower(z.Claim)), []repair.Order{z}},
		{l.Claim, []repair.Order{l}},
		{"+86 138-0013-8000", []repair.Order{b, a}}, // the whole phone, each order once
		{"8000", []repair.Order{e, b, a}},           // the last four digits
		{"5678", []repair.Order{l, z}},              // a mobile's and a landline's
		{"62345678", []repair.Order{l}},             // a landline without its area code
		{"139", []repair.Order{z}},                  // the beginning
		{"010", []repair.Order{l}},                  // a landline's area code
		{"1234", []repair.Order{l}},                 // a serial of digits
		{"pf", []repair.Order{b, a}},                // serials, any case
		{"pf2xk9a1", []repair.Order{a}},             // a whole serial
		{"张", []repair.Order{z, a}},                 // a surname
		{"张伟", []repair.Order{a}},                   // a whole name
		{"li", []repair.Order{b}},                   // Latin names in any case
		{"LI LEI", []repair.Order{b}},               //
		{"zhang", []repair.Order{e}},                //
		{"  Zhang   Wei ", []repair.Order{e}},       // spaces as typed
		{"１３９", []repair.Order{z}},                  // full-width digits of a Chinese input method
		{"王五", nil},                                 //
		{"R2506020099", nil},                        // a number nobody has
	} {
		got, more := search(t, s, c.query, 0)
		if want := numbers(c.want); !slices.Equal(got, want) || more {
			t.Errorf("Search(%q) = %v more %v, want %v", c.query, got, more, want)
		}
	}

	// At most the limit, newest first; More says there are others.
	// "1": four phones and a serial begin so.
	if got, more := search(t, s, "1", 2); !slices.Equal(got, []string{e.Number, l.Number}) || !more {
		t.Errorf("limited: %v more %v", got, more)
	}
	if got, more := search(t, s, "1", 4); len(got) != 4 || !more {
		t.Errorf("limit 4 of 5: %v more %v", got, more)
	}
	if got, more := search(t, s, "1", 5); len(got) != 5 || more {
		t.Errorf("limit 5 of 5: %v more %v", got, more)
	}
	// A claim code is not confused with another code of the same length.
	if got, _ := search(t, s, strings.Repeat("Z", DefaultClaimLength), 0); got != nil {
		t.Errorf("an unknown claim code found %v", got)
	}
}

// The newest orders of a name shared by many come first, and a prefix
// matched by more keys than one walk reads says so with More.
func TestSearchManyMatchesNewestFirst(t *testing.T) {
	s := openTest(t, newClock())
	var bulk []repair.Order
	for i := range 3 * searchScan {
		o := newOrder("王芳", fmt.Sprintf("137%08d", i), fmt.Sprintf("SN%06d", i))
		o.Number, o.Claim, o.Received = fmt.Sprintf("R250601%04d", i+1), fmt.Sprintf("CLAIM%04d", i), day9.Add(-24*time.Hour)
		bulk = append(bulk, o)
	}
	if err := s.BulkOrders(bulk); err != nil {
		t.Fatal(err)
	}
	got, more := search(t, s, "王芳", 0)
	if len(got) != DefaultSearchLimit || got[0] != bulk[len(bulk)-1].Number || got[9] != bulk[len(bulk)-10].Number || !more {
		t.Errorf("a shared name: %v more %v", got, more)
	}
	got, more = search(t, s, "137", 0) // 600 phones begin so; a walk reads searchScan of them
	if len(got) != DefaultSearchLimit || !more || !slices.IsSortedFunc(got, func(a, b string) int { return strings.Compare(b, a) }) {
		t.Errorf("a short prefix: %v more %v", got, more)
	}
	got, more = search(t, s, "sn0005", 0) // SN000500 … SN000599
	if len(got) != DefaultSearchLimit || got[0] != bulk[599].Number || !more {
		t.Errorf("a serial prefix: %v more %v", got, more)
	}
}

// Whatever is typed or pasted, a search answers with nothing found and no
// error: no panic, no long read.
func TestSearchBadInputAnswersCalmly(t *testing.T) {
	s := openTest(t, newClock())
	o := saveIntake(t, s, 1, newOrder("张伟", "13800138000", "PF2XK9A1"))
	for _, q := range []string{
		"", "   ", "\t", "-", "---", "!!!", "+", "()", "……", "、。",
		"\x1b[31m张伟", "张\x07伟", "\x1b]0;title\x07", "\x00", "138\x00", "13800\n138000", "\u202e8000",
		"\xff\xfe", "张\xff伟", string([]byte{0xe5, 0xbc}), "\x9b31m",
		strings.Repeat("张", 5000), strings.Repeat("a", 10_240), strings.Repeat("1", 10_240),
		strings.Repeat("!", 10_240), strings.Repeat("\x1b", 10_240), strings.Repeat("\xff", 10_240),
		"%s%d%x", "' OR 1=1 --", "${jndi:ldap://x}", "0086", "+86", "+86 0086", "(0)",
	} {
		start := time.Now()
		res, err := s.Search(q, 0)
		if err != nil || len(res.Heads) != 0 || res.More != 0 || res.AtLeast {
			t.Errorf("Search(%.20q) = %v more %v, %v", q, headNumbers(res.Heads), res.More, err)
		}
		if d := time.Since(start); d > time.Second {
			t.Errorf("Search(%.20q) took %v", q, d)
		}
	}
	// A query is read to its 64th character: what follows is not looked at.
	if got, _ := search(t, s, "13800138000"+strings.Repeat(" ", 53)+"\x1b[31m", 0); !slices.Equal(got, []string{o.Number}) {
		t.Errorf("a long query found %v", got)
	}
	if got, _ := search(t, s, strings.Repeat(" ", 100)+o.Claim+"\n", 0); !slices.Equal(got, []string{o.Number}) {
		t.Errorf("a claim code in blanks found %v", got)
	}
}

func FuzzSearch(f *testing.F) {
	s := openTest(f, newClock())
	saveIntake(f, s, 1, newOrder("张伟", "13800138000", "PF2XK9A1"))
	saveIntake(f, s, 1, newOrder("Li Lei", "010-62345678", "12345678"))
	for _, q := range []string{"R2506020001", "138", "8000", "张", "li", "pf2", "+86 138", "\x1b[31m", "\xff", "R2506", "250602", "0001", "电脑城", "ａ区"} {
		f.Add(q, 0)
	}
	f.Fuzz(func(t *testing.T, q string, limit int) {
		limit %= 100
		res, err := s.Search(q, limit)
		if err != nil {
			t.Fatal(err)
		}
		if limit <= 0 {
			limit = DefaultSearchLimit
		}
		if len(res.Heads) > limit {
			t.Fatalf("%d orders for limit %d", len(res.Heads), limit)
		}
		if !slices.IsSortedFunc(res.Heads, func(a, b repair.Head) int { return int(b.ID) - int(a.ID) }) {
			t.Fatalf("not newest first: %v", headNumbers(res.Heads))
		}
	})
}
