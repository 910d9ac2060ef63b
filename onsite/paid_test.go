package onsite

import (
	"errors"
	"testing"

	"frontdesk/repair"
)

func TestS3_WhenAVisitIsPaid(t *testing.T) {
	r := aRequest(t)
	if _, err := PaidReason(r, false); !errors.Is(err, ErrWarrantyUnknown) {
		t.Errorf("warranty not asked: %v", err)
	}
	for _, c := range []struct {
		name     string
		verdict  repair.Verdict
		software bool
		want     string
	}{
		{"covered hardware", repair.Verdict{Covered: true}, false, ""},
		{"covered, but a software fault", repair.Verdict{Covered: true}, true, PaidSoftware},
		{"expired", repair.Verdict{Reason: repair.ReasonExpired}, false, PaidWarranty},
		{"excluded", repair.Verdict{Reason: repair.ReasonExcluded}, false, PaidWarranty},
	} {
		r.Device.Verdict = c.verdict
		if got, err := PaidReason(r, c.software); got != c.want || err != nil {
			t.Errorf("%s: %q, %v; want %q", c.name, got, err, c.want)
		}
	}
}

func TestS3_OfferSaysTheFeeAndWaitsForTheAnswer(t *testing.T) {
	r := aRequest(t)
	script, err := OfferPaid(&r, PaidWarranty, 0, DefaultConfig(), desk, now)
	if err != nil {
		t.Fatal(err)
	}
	if want := PaidVisit("50.00元"); script != want || r.Paid.Fee != 5000 || r.Paid.Accepted {
		t.Errorf("offer: %q %+v, want %q at I11's 50 yuan", script, r.Paid, want)
	}
	if script, _ := OfferPaid(new(aRequest(t)), PaidSoftware, 8000, DefaultConfig(), desk, now); script != PaidVisit("80.00元") {
		t.Errorf("a fee given: %q", script)
	}
	err = Schedule(&r, tech, at(23, 14, 0), at(23, 15, 0), nil, cfg17(), shanghai, desk, now)
	wantErr(t, err, ErrPaidOpen)
	if err := AnswerPaid(&r, true, desk, now); err != nil || !r.Paid.Accepted {
		t.Fatalf("accepted: %v %+v", err, r.Paid)
	}
	wantErr(t, AnswerPaid(&r, false, desk, now), ErrPaidAnswered)
	if err := Schedule(&r, tech, at(23, 14, 0), at(23, 15, 0), nil, cfg17(), shanghai, desk, now); err != nil {
		t.Errorf("an accepted paid visit is not scheduled: %v", err)
	}
	if _, err := OfferPaid(&r, "why", 0, DefaultConfig(), desk, now); err == nil {
		t.Error("offered on a scheduled request")
	}
}

func TestS3_DeclinedIsCancelled(t *testing.T) {
	r := aRequest(t)
	wantErr(t, AnswerPaid(&r, true, desk, now), ErrNotPaid)
	if _, err := OfferPaid(&r, "gift", 0, DefaultConfig(), desk, now); !errors.Is(err, repair.ErrChoice) {
		t.Errorf("an unknown reason: %v", err)
	}
	if _, err := OfferPaid(&r, PaidSoftware, 0, DefaultConfig(), desk, now); err != nil {
		t.Fatal(err)
	}
	if err := AnswerPaid(&r, false, desk, now); err != nil {
		t.Fatal(err)
	}
	last := r.History[len(r.History)-1]
	if r.State != StateCancelled || last.Text != Declined || r.Paid == nil {
		t.Errorf("declined: %s, %+v, offer %+v", r.State, last, r.Paid)
	}
}
