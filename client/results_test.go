package client

import (
	"encoding/json"
	"errors"
	"testing"

	"frontdesk/queue"
	"frontdesk/wire"
)

// TestDecodeResultsFillsAllOrNothing: the owner's results are checked as
// they are decoded (the frame is split unchecked): a whole answer fills
// every result; a broken, short, long or trailing one fills none and is
// ErrBadRequest.
func TestDecodeResultsFillsAllOrNothing(t *testing.T) {
	var tk queue.Ticket
	var n int
	if err := decodeResults(json.RawMessage(`[{"id":4,"number":"A004"},7]`), []any{&tk, &n}); err != nil || tk.Number != "A004" || n != 7 {
		t.Fatalf("a whole answer: %v %+v %d", err, tk, n)
	}
	for _, res := range []string{
		`[{"id":5,"number":"A005"},"x"]`, `[{"id":5,"number":"A005"}]`, `[{"id":5},1,2]`,
		`[{"id":5},1]{"err":1}`, `[{"id":5},1],"err":{}`, `{"id":5}`, ``, `[{"id":5,`,
	} {
		tk, n = queue.Ticket{}, 0
		err := decodeResults(json.RawMessage(res), []any{&tk, &n})
		if !errors.Is(err, wire.ErrBadRequest) || tk.ID != 0 || n != 0 {
			t.Errorf("%s: %v, filled %+v %d", res, err, tk, n)
		}
	}
}
