package repair

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// readyOrder is a notebook taken in with an adapter and a cord, repaired
// and ready, its result written.
func readyOrder() Order {
	in := good()
	in.Accessories = []string{"adapter", "cord"}
	in.Serial = "PF12AB34"
	return Order{
		ID: 7, Number: "R2611230001", Claim: "ABCD2345", State: StateReady, Intake: in,
		ReadyAt: now.Add(-time.Hour),
		Result:  Result{Cause: "主板供电故障", Work: "更换主板", Parts: "主板", Advice: "避免进液"},
	}
}

// allPass is a round of the notebook's inspection list, every item passed.
func allPass() Round {
	kind, _ := DefaultConfig().Device("notebook")
	var r Round
	for _, it := range kind.Inspection {
		r = append(r, Inspected{Item: it.Key, Mark: MarkPass})
	}
	return r
}

// pickup is everything P1–P4 need for readyOrder.
func pickup() Pickup {
	return Pickup{
		Verification:    Verification{By: "安娜", At: now, ClaimCode: true},
		SerialConfirmed: true,
		Rounds:          []Round{allPass(), allPass()},
		Returned:        []string{"adapter", "cord"},
		SignedBy:        "张三",
		Staff:           "安娜",
	}
}

func TestP1_ClaimCodeAndLastFourDigitsBothMatch(t *testing.T) {
	o := readyOrder() // phone 138 1234 5678
	for _, c := range []struct {
		code, last4 string
		want        bool
	}{
		{"ABCD2345", "5678", true},
		{"abcd-2345", "5678", true}, // as printed, in lower case
		{"ABCD2345", "1234", false}, // the wrong digits
		{"ABCD2346", "5678", false}, // one character off
		{"ABCD234", "5678", false},  // short
		{"", "", false},
		{"ABCD2345", "", false},
		{"ABCD2345", "５６７８", false}, // full width is not "4 digits" until CheckLast4 folds it
	} {
		if got := MatchClaim(o, c.code, c.last4); got != c.want {
			t.Errorf("MatchClaim(%q, %q) = %v", c.code, c.last4, got)
		}
	}
	if d, err := CheckLast4(" ５６７８ "); err != nil || d != "5678" || !MatchClaim(o, "ABCD2345", d) {
		t.Errorf("CheckLast4 full width: %q %v", d, err)
	}
	for _, bad := range []string{"567", "56789", "56a8", ""} {
		if _, err := CheckLast4(bad); !errors.Is(err, ErrNotLastDigits) {
			t.Errorf("CheckLast4(%q) = %v", bad, err)
		}
	}
}

func TestP1_LostSlipKeepsOnlyTheLastFourOfTheID(t *testing.T) {
	v, err := LostSlip(IDResident, "123x", "王站长", "安娜", now)
	if err != nil || v.IDLast4 != "123X" || v.Supervisor != "王站长" || v.By != "安娜" || v.ClaimCode {
		t.Fatalf("LostSlip = %+v, %v", v, err)
	}
	for _, c := range []struct {
		typ        IDType
		last4, sup string
		want       error
	}{
		{IDResident, "11010519491231002X", "王站长", ErrIDLast4}, // a whole ID number is refused, not cut
		{IDResident, "12", "王站长", ErrIDLast4},
		{IDResident, "12-4", "王站长", ErrIDLast4},
		{"driving", "1234", "王站长", ErrIDType},
		{IDPassport, "1234", " ", ErrSupervisor},
	} {
		if _, err := LostSlip(c.typ, c.last4, c.sup, "安娜", now); !errors.Is(err, c.want) {
			t.Errorf("LostSlip(%q, %q, %q) = %v, want %v", c.typ, c.last4, c.sup, err, c.want)
		}
	}
	// Verified by an identity check and a supervisor, the order can close.
	p := pickup()
	p.Verification = v
	if _, err := SignOff(readyOrder(), p, DefaultConfig(), shanghai, now); err != nil {
		t.Errorf("sign-off after a lost-slip check: %v", err)
	}
	p.Verification = Verification{By: "安娜", IDType: IDResident, IDLast4: "123X"} // no supervisor
	if _, err := SignOff(readyOrder(), p, DefaultConfig(), shanghai, now); !errors.Is(err, ErrNotVerified) {
		t.Errorf("sign-off without a supervisor: %v", err)
	}
}

func TestP2_TheSerialMustBeConfirmed(t *testing.T) {
	p := pickup()
	p.SerialConfirmed = false
	if _, err := SignOff(readyOrder(), p, DefaultConfig(), shanghai, now); !errors.Is(err, ErrSerialMismatch) {
		t.Errorf("unconfirmed serial: %v", err)
	}
}

func TestP3_AccessoriesComeBackAgainstTheIntakeList(t *testing.T) {
	p := pickup()
	p.Returned = []string{"adapter"}
	_, err := SignOff(readyOrder(), p, DefaultConfig(), shanghai, now)
	if !errors.Is(err, ErrAccessories) || !strings.Contains(err.Error(), "cord") {
		t.Errorf("cord not returned: %v", err)
	}
	if got := NotReturned([]string{"adapter", "cord", "bag"}, []string{"bag"}); strings.Join(got, ",") != "adapter,cord" {
		t.Errorf("NotReturned = %v", got)
	}
}

func TestP4_SignOffClosesTheOrderWithWhoAndWhen(t *testing.T) {
	o, err := SignOff(readyOrder(), pickup(), DefaultConfig(), shanghai, now)
	if err != nil {
		t.Fatal(err)
	}
	last := o.History[len(o.History)-1]
	if o.State != StatePickedUp || !o.Closed.Equal(now) || o.Pickup == nil || o.Pickup.SignedBy != "张三" ||
		o.Pickup.Staff != "安娜" || last.To != StatePickedUp || last.Who != "安娜" || !last.At.Equal(now) {
		t.Errorf("signed off: %+v, step %+v", o, last)
	}
	p := pickup()
	p.SignedBy = "  "
	if _, err := SignOff(readyOrder(), p, DefaultConfig(), shanghai, now); !errors.Is(err, ErrNoSignature) {
		t.Errorf("no name: %v", err)
	}
	// Collected already, or not ready: refused, each with its own reason.
	if _, err := SignOff(o, pickup(), DefaultConfig(), shanghai, now); !errors.Is(err, ErrCollected) {
		t.Errorf("second pickup: %v", err)
	}
	rep := readyOrder()
	rep.State = StateRepairing
	if _, err := SignOff(rep, pickup(), DefaultConfig(), shanghai, now); !errors.Is(err, ErrNotReady) {
		t.Errorf("in repair: %v", err)
	}
	// The loaner must be back first (O8).
	lent := readyOrder()
	lent.Intake.LoanerAccepted, lent.Intake.Loaner = true, "备机 T480-03"
	if _, err := SignOff(lent, pickup(), DefaultConfig(), shanghai, now); !errors.Is(err, ErrLoanerOut) {
		t.Errorf("loaner out: %v", err)
	}
}

func TestP5_ReturnVisitDueThreeWorkingDaysLater(t *testing.T) {
	cfg := DefaultConfig()
	end := func(y int, m time.Month, d int) time.Time { return day(y, m, d).Add(24*time.Hour - time.Second) }
	// Monday 23 Nov → Thursday 26; Thursday 26 → Tuesday 1 Dec (weekend skipped).
	if got := cfg.WorkingDaysAfter(now, 3, shanghai); !got.Equal(end(2026, 11, 26)) {
		t.Errorf("from Monday: %v", got)
	}
	if got := cfg.WorkingDaysAfter(day(2026, 11, 26).Add(15*time.Hour), 3, shanghai); !got.Equal(end(2026, 12, 1)) {
		t.Errorf("from Thursday: %v", got)
	}
	// A station holiday is skipped; a weekend worked in exchange counts.
	cfg.Holidays = []string{"2026-11-24"}
	cfg.Workdays = []string{"2026-11-28"}
	if got := cfg.WorkingDaysAfter(now, 3, shanghai); !got.Equal(end(2026, 11, 27)) {
		t.Errorf("holiday Tuesday: %v", got)
	}
	if got := cfg.WorkingDaysAfter(day(2026, 11, 26), 2, shanghai); !got.Equal(end(2026, 11, 28)) {
		t.Errorf("worked Saturday: %v", got)
	}

	o, err := SignOff(readyOrder(), pickup(), DefaultConfig(), shanghai, now)
	if err != nil {
		t.Fatal(err)
	}
	if !o.VisitDue.Equal(end(2026, 11, 26)) || !o.OnBoard() || o.Head().VisitDue.IsZero() {
		t.Fatalf("visit due %v, on board %v", o.VisitDue, o.OnBoard())
	}
	if ListVisits.Has(o.Head(), day(2026, 11, 25), shanghai) || !ListVisits.Has(o.Head(), day(2026, 11, 26), shanghai) {
		t.Error("the visit is listed from its day on")
	}
	if _, err := RecordVisit(o, Visit{By: "安娜", Reached: true, Satisfied: 6}, now); !errors.Is(err, ErrSatisfaction) {
		t.Errorf("satisfied 6: %v", err)
	}
	missed, err := RecordVisit(o, Visit{By: "安娜", Reached: false, Remarks: "无人接听"}, now)
	if err != nil || missed.Visit != nil || !missed.OnBoard() || len(missed.History) != len(o.History)+1 {
		t.Errorf("not reached: %+v %v", missed.Visit, err)
	}
	done, err := RecordVisit(missed, Visit{By: "安娜", Reached: true, Satisfied: 5, Remarks: "满意"}, now)
	if err != nil || done.Visit == nil || done.Visit.Satisfied != 5 || done.OnBoard() {
		t.Errorf("reached: %+v %v", done.Visit, err)
	}
	if _, err := RecordVisit(done, Visit{By: "安娜", Reached: true, Satisfied: 4}, now); !errors.Is(err, ErrVisitDone) {
		t.Errorf("twice: %v", err)
	}
	if _, err := RecordVisit(readyOrder(), Visit{Reached: true, Satisfied: 4}, now); !errors.Is(err, ErrNoVisitDue) {
		t.Errorf("before pickup: %v", err)
	}
}

func TestG1_EveryItemOfTheDeviceListOnce(t *testing.T) {
	cfg := DefaultConfig()
	if err := CheckRound(cfg, "notebook", allPass()); err != nil {
		t.Fatal(err)
	}
	short := allPass()[1:]
	if err := CheckRound(cfg, "notebook", short); !errors.Is(err, ErrInspection) {
		t.Errorf("an item left out: %v", err)
	}
	twice := append(allPass(), Inspected{Item: "display", Mark: MarkPass})
	if err := CheckRound(cfg, "notebook", twice); !errors.Is(err, ErrUnknownItem) {
		t.Errorf("an item twice: %v", err)
	}
	alien := append(allPass()[:len(allPass())-1], Inspected{Item: "paper_feed", Mark: MarkPass})
	if err := CheckRound(cfg, "notebook", alien); !errors.Is(err, ErrUnknownItem) {
		t.Errorf("a printer's item on a notebook: %v", err)
	}
	na := allPass()
	na[3].Mark = MarkNA // keyboard, say, not applicable
	if err := CheckRound(cfg, "notebook", na); err != nil {
		t.Errorf("not applicable is a mark: %v", err)
	}
	na[0].Mark = MarkNA // but never for the original fault
	if err := CheckRound(cfg, "notebook", na); !errors.Is(err, ErrChoice) {
		t.Errorf("original fault n/a: %v", err)
	}
	odd := allPass()
	odd[2].Mark = "maybe"
	if err := CheckRound(cfg, "notebook", odd); !errors.Is(err, ErrChoice) {
		t.Errorf("odd mark: %v", err)
	}
}

func TestG2_TwoRoundsWithTheCustomer(t *testing.T) {
	p := pickup()
	p.Rounds = p.Rounds[:1]
	if _, err := SignOff(readyOrder(), p, DefaultConfig(), shanghai, now); !errors.Is(err, ErrInspection) {
		t.Errorf("one round: %v", err)
	}
	p.Rounds = []Round{allPass(), allPass()[2:]}
	if _, err := SignOff(readyOrder(), p, DefaultConfig(), shanghai, now); !errors.Is(err, ErrInspection) {
		t.Errorf("an incomplete second round: %v", err)
	}
}

func TestG3_AFailedItemSendsTheOrderBackToRepair(t *testing.T) {
	r := allPass()
	r[2] = Inspected{Item: "display", Mark: MarkFail}
	if err := CheckRound(DefaultConfig(), "notebook", r); !errors.Is(err, ErrRequired) {
		t.Errorf("a failure without a note: %v", err)
	}
	r[2].Note = "屏幕左侧闪烁"
	p := pickup()
	p.Rounds = []Round{allPass(), r}
	if _, err := SignOff(readyOrder(), p, DefaultConfig(), shanghai, now); !errors.Is(err, ErrInspectionFail) {
		t.Errorf("sign-off with a failed item: %v", err)
	}
	o, err := FailInspection(readyOrder(), r, DefaultConfig(), "安娜", now)
	if err != nil {
		t.Fatal(err)
	}
	last := o.History[len(o.History)-1]
	if o.State != StateRepairing || last.From != StateReady || !strings.Contains(last.Text, "验机未通过 显示: 屏幕左侧闪烁") {
		t.Errorf("after a failed inspection: %s, %+v", o.State, last)
	}
	if _, err := FailInspection(readyOrder(), allPass(), DefaultConfig(), "安娜", now); !errors.Is(err, ErrInspection) {
		t.Errorf("nothing failed: %v", err)
	}
}
