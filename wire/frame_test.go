package wire

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"frontdesk/queue"
)

// TestReadRecordsSplitsWhatLengthsSay: the records after a page's frame
// are split as their lengths say, the bytes after them left for the next
// frame; lengths no owner sends are refused before anything is read.
func TestReadRecordsSplitsWhatLengthsSay(t *testing.T) {
	recs := [][]byte{[]byte(`{"a":1}`), {}, []byte("破损\n\xff"), []byte(`[]`)}
	r := strings.NewReader(string(bytes.Join(recs, nil)) + "{\"id\":2}\n")
	got, err := ReadRecords(r, Lengths(recs))
	if err != nil || len(got) != len(recs) {
		t.Fatalf("ReadRecords: %q %v", got, err)
	}
	for i := range recs {
		if !bytes.Equal(got[i], recs[i]) {
			t.Fatalf("record %d: %q, want %q", i, got[i], recs[i])
		}
	}
	if rest := r.Len(); rest != len("{\"id\":2}\n") {
		t.Fatalf("%d bytes left for the next frame", rest)
	}
	for _, lengths := range [][]int{{-1}, {MaxFrame, 1}, {MaxFrame + 1}} {
		if _, err := ReadRecords(strings.NewReader("x"), lengths); !errors.Is(err, ErrBadRequest) {
			t.Fatalf("lengths %v: %v, want ErrBadRequest", lengths, err)
		}
	}
	if _, err := ReadRecords(strings.NewReader("abc"), []int{5}); err == nil {
		t.Fatal("a page cut short read without an error")
	}
}

// TestAppendFrameIsTheEncodersLine: the owner's frames, written without
// the encoder, are byte for byte what json.Encoder writes, for every kind
// of frame — html-escaped text included, as json.Marshal made the results.
func TestAppendFrameIsTheEncodersLine(t *testing.T) {
	res, err := json.Marshal([]any{map[string]any{"number": "A012", "note": "<b>&amp;</b> 张工\u2028"}, 3})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []Response{
		{}, {ID: 7, Res: res}, {ID: 8, Err: EncodeError(queue.ErrNoneWaiting)}, {Feed: 1234},
		{ID: 9, Records: []int{412, 398}}, {ID: 10, Res: json.RawMessage("[]")},
	} {
		var want bytes.Buffer
		if err := json.NewEncoder(&want).Encode(r); err != nil {
			t.Fatal(err)
		}
		got, err := r.AppendFrame(nil)
		if err != nil || string(got) != want.String() {
			t.Errorf("frame %+v:\n got %s (%v)\nwant %s", r, got, err, want.String())
		}
	}
}

// TestParseFrameReadsWhatJSONReads: every frame the owner writes reads as
// json.Unmarshal reads it, the answers split by hand or not; a line that
// only looks like one is read whole.
func TestParseFrameReadsWhatJSONReads(t *testing.T) {
	for _, line := range []string{
		`{"id":7,"res":[{"number":"A012"},3]}`, `{"id":18446744073709551615,"res":[]}`,
		`{"id":8,"err":{"code":"queue.ErrNoneWaiting"}}`, `{"feed":1234}`, `{"id":9,"records":[412,398]}`,
		`{"id":10,"res":["}"]}`, `{"id":,"res":[]}`, `{"id":99999999999999999999,"res":[]}`, `{"id":7,"res":}`,
	} {
		var want Response
		wantErr := json.Unmarshal([]byte(line), &want)
		got, err := ParseFrame([]byte(line))
		if wantErr != nil {
			if err == nil && got.Res == nil {
				t.Errorf("%s: read as %+v; json.Unmarshal refuses it: %v", line, got, wantErr)
			}
			continue
		}
		if err != nil || got.ID != want.ID || !bytes.Equal(got.Res, want.Res) || got.Feed != want.Feed || len(got.Records) != len(want.Records) || (got.Err == nil) != (want.Err == nil) {
			t.Errorf("%s: %+v %v; json.Unmarshal reads %+v", line, got, err, want)
		}
	}
}
