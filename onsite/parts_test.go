package onsite

import (
	"testing"

	"frontdesk/repair"
)

func TestS5_APartNotInStockIsApologisedForAndAwaited(t *testing.T) {
	r := aRequest(t)
	script, err := NeedPart(&r, " 屏线 ", false, tech, now)
	if err != nil {
		t.Fatal(err)
	}
	if want := repair.PartNotInStock("屏线"); script != want || script != "非常抱歉,由于维修您机器所需要的屏线部件现在还未到货…此部件到后我们会立即与您联系" {
		t.Errorf("script %q", script)
	}
	if a := Awaited(r); len(a) != 1 || a[0].Name != "屏线" {
		t.Errorf("awaited %v", a)
	}
	script, err = NeedPart(&r, "内存条", true, tech, now)
	if err != nil || script != "" || r.Parts[1].Drawn.IsZero() {
		t.Errorf("in stock: %q %v %+v", script, err, r.Parts)
	}
	_, err = NeedPart(&r, "屏线", true, tech, now)
	wantErr(t, err, ErrPartTwice)
	wantErr(t, PartArrived(&r, "内存条", tech, now), ErrNotAwaiting)
	wantErr(t, PartArrived(&r, "键盘", tech, now), ErrNoPart)
	if err := PartArrived(&r, "屏线", tech, now); err != nil {
		t.Fatal(err)
	}
	if len(Awaited(r)) != 0 || r.Parts[0].Arrived.IsZero() {
		t.Errorf("arrived: %+v", r.Parts)
	}
	wantErr(t, PartArrived(&r, "屏线", tech, now), ErrPartHere)
	_, err = NeedPart(&r, "", false, tech, now)
	wantErr(t, err, repair.ErrRequired)
}
