package onsite

import "testing"

func TestS7_TheFourOutcomesOfACallAhead(t *testing.T) {
	follows := map[AheadOutcome]Follow{
		AheadAnswered: FollowNone, AheadNoAnswer: FollowCallAgain,
		AheadLate: FollowTellCoordinator, AheadAbsent: FollowNoteLeft,
	}
	for _, o := range Aheads {
		if o.Follow() != follows[o] {
			t.Errorf("%s follows %q, want %q", o, o.Follow(), follows[o])
		}
	}
	r := booked(t, "S1", 14, 15)
	if !AheadDue(r) {
		t.Error("no call ahead yet, none due")
	}
	if err := RecordAhead(&r, AheadNoAnswer, tech, "", now); err != nil {
		t.Fatal(err)
	}
	if !AheadDue(r) {
		t.Error("no answer: another call ahead is due")
	}
	wantErr(t, RecordAhead(&r, AheadAbsent, tech, " ", now), ErrNoNote)
	wantErr(t, RecordAhead(&r, "busy", tech, "", now), ErrOutcome)
	if err := RecordAhead(&r, AheadLate, tech, "堵车,约晚 20 分钟", now); err != nil {
		t.Fatal(err)
	}
	if AheadDue(r) || len(RunningLate([]Request{r, aRequest(t)})) != 1 {
		t.Error("late: the coordinator's list")
	}
	if err := RecordAhead(&r, AheadAbsent, tech, "门上留了服务卡,服务站电话 010-62345678", now); err != nil {
		t.Fatal(err)
	}
	if len(r.Aheads) != 3 || r.Aheads[2].Note == "" || r.History[len(r.History)-1].Kind != StepAhead {
		t.Errorf("aheads %+v", r.Aheads)
	}
	wantErr(t, RecordAhead(new(aRequest(t)), AheadAnswered, tech, "", now), ErrNotScheduled)
}
