package onsite

import (
	"slices"
	"strings"
	"testing"
	"time"

	"frontdesk/repair"
)

func TestS1_CheckCleansARequest(t *testing.T) {
	r := aRequest(t)
	want := Customer{Kind: repair.Business, Name: "王经理", Company: "华联商贸有限公司", Position: "行政经理",
		Phone: "13812345678", Address: "朝阳区建国路 88 号 12 层"}
	if r.Customer != want || r.Device.Serial != "PF2ABC12" || r.State != StateNew {
		t.Errorf("checked: %+v %+v %s", r.Customer, r.Device, r.State)
	}
	if r.Received.Location() != time.UTC || !r.Received.Equal(at(23, 9, 50)) {
		t.Errorf("received %v, want 09:50 in UTC", r.Received)
	}
}

func TestS1_CheckRefusesFieldByField(t *testing.T) {
	long := strings.Repeat("黑", MaxFault+1)
	for _, c := range []struct {
		name  string
		edit  func(*Request)
		field string
		want  error
	}{
		{"no name", func(r *Request) { r.Customer.Name = " " }, FieldName, repair.ErrRequired},
		{"no phone", func(r *Request) { r.Customer.Phone = "" }, FieldPhone, repair.ErrRequired},
		{"not a phone", func(r *Request) { r.Customer.Phone = "12345" }, FieldPhone, repair.ErrPhone},
		{"a bad landline", func(r *Request) { r.Customer.Landline = "010-1" }, FieldLandline, repair.ErrPhone},
		{"no address", func(r *Request) { r.Customer.Address = "" }, FieldAddress, repair.ErrRequired},
		{"no fault", func(r *Request) { r.Fault = "\n" }, FieldFault, repair.ErrRequired},
		{"a business without its company", func(r *Request) {
			r.Customer.Kind, r.Customer.Company = repair.Business, ""
		}, FieldCompany, repair.ErrRequired},
		{"an unknown kind", func(r *Request) { r.Customer.Kind = "vip" }, FieldKind, repair.ErrChoice},
		{"an escape sequence in the name", func(r *Request) { r.Customer.Name = "王\x1b[31m" }, FieldName, repair.ErrControl},
		{"a bidi override in the address", func(r *Request) { r.Customer.Address = "路\u202e88号" }, FieldAddress, repair.ErrControl},
		{"a newline in the address", func(r *Request) { r.Customer.Address = "路\n88号" }, FieldAddress, repair.ErrControl},
		{"an absurdly long fault", func(r *Request) { r.Fault = long }, FieldFault, repair.ErrTooLong},
		{"an absurdly long address", func(r *Request) { r.Customer.Address = strings.Repeat("路", MaxAddress+1) }, FieldAddress, repair.ErrTooLong},
		{"a bad serial", func(r *Request) { r.Device.Serial = "PF 2A" }, FieldSerial, repair.ErrSerial},
		{"received in the future", func(r *Request) { r.Received, r.Answered = now.Add(time.Minute), time.Time{} }, FieldReceived, ErrFuture},
		{"answered before it came", func(r *Request) { r.Answered = r.Received.Add(-time.Minute) }, FieldAnswered, ErrBeforeReceived},
	} {
		t.Run(c.name, func(t *testing.T) {
			in := aRequest(t)
			c.edit(&in)
			_, ps := Check(in, now)
			wantOnly(t, ps, c.field, c.want)
			if c.want == repair.ErrTooLong && ps[0].Limit == 0 {
				t.Error("a too-long problem without its limit")
			}
		})
	}
}

func TestS1_KindFollowsTheCompany(t *testing.T) {
	r := aRequest(t)
	r.Customer.Kind = ""
	if got, _ := Check(r, now); got.Customer.Kind != repair.Business {
		t.Errorf("with a company: kind %q", got.Customer.Kind)
	}
	r.Customer.Kind = repair.Consumer
	got, ps := Check(r, now)
	wantClean(t, ps)
	if got.Customer.Company != "" || got.Customer.Position != "" || got.Customer.Business() {
		t.Errorf("a consumer keeps a company: %+v", got.Customer)
	}
}

func TestS1_MissingIsWhatToAskOnTheCall(t *testing.T) {
	r := aRequest(t)
	if got, want := Missing(r), []string{FieldLandline, FieldWarranty, FieldNetwork}; !slices.Equal(got, want) {
		t.Errorf("Missing = %v, want %v", got, want)
	}
	r.Customer.Landline, r.NetworkAsked = "010-62345678", true
	r.Device.Verdict = repair.Verdict{Reason: repair.ReasonExpired}
	r.Customer.Position, r.Device.Model, r.Device.Serial, r.Device.Kind = "", "", "", ""
	if got, want := Missing(r), []string{FieldPosition, FieldModel, FieldSerial, FieldKind}; !slices.Equal(got, want) {
		t.Errorf("Missing = %v, want %v", got, want)
	}
}

func TestS1_KeysAreStable(t *testing.T) {
	in := aRequest(t)
	in.Customer.Phone, in.Fault = "", strings.Repeat("x", MaxFault+1)
	_, ps := Check(in, now)
	var keys []string
	for _, p := range ps {
		keys = append(keys, Key(p))
	}
	if want := []string{"onsite.phone.required", "onsite.fault.too_long"}; !slices.Equal(keys, want) {
		t.Errorf("keys = %v, want %v", keys, want)
	}
}

func TestS4_IsMobile(t *testing.T) {
	for phone, want := range map[string]bool{"13812345678": true, "010-62345678": false, "400-123-4567": false, "1381234567": false} {
		if IsMobile(phone) != want {
			t.Errorf("IsMobile(%q) = %v", phone, !want)
		}
	}
}
