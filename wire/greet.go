package wire

import (
	"bufio"
	"encoding/json"
	"fmt"
	"net"
	"time"
)

// Greet sends Hello as the first request on a fresh connection and reads
// the owner's answer, within timeout; it returns the reader the rest of
// the connection is to be read with (it may hold what came after).
func Greet(nc net.Conn, timeout time.Duration) (Hello, error) {
	h, _, err := GreetReader(nc, "", timeout)
	return h, err
}

// GreetReader is Greet, with the reader to go on with. A connection that
// names its program (the command: "desk", "display", "kiosk"…) is one of
// the programs every Hello lists to the others; one that does not (a
// probe, a period reader's own connection) is not.
func GreetReader(nc net.Conn, program string, timeout time.Duration) (Hello, *bufio.Reader, error) {
	_ = nc.SetDeadline(time.Now().Add(timeout))
	defer func() { _ = nc.SetDeadline(time.Time{}) }()
	req := Request{ID: 1, Op: OpHello}
	if program != "" {
		req.Args, _ = json.Marshal([]string{program})
	}
	if err := json.NewEncoder(nc).Encode(req); err != nil {
		return Hello{}, nil, err
	}
	r := bufio.NewReaderSize(nc, 64<<10)
	line, err := r.ReadBytes('\n')
	if err != nil {
		return Hello{}, nil, err
	}
	var resp Response
	if err := json.Unmarshal(line, &resp); err != nil {
		return Hello{}, nil, err
	}
	if resp.Err != nil {
		return Hello{}, nil, resp.Err.Err()
	}
	var res []Hello
	if err := json.Unmarshal(resp.Res, &res); err != nil || len(res) != 1 {
		return Hello{}, nil, fmt.Errorf("%w: hello %s", ErrBadRequest, resp.Res)
	}
	if res[0].Version != Version {
		return res[0], nil, fmt.Errorf("the owner of %s speaks protocol %d, this program %d: update both", res[0].DB, res[0].Version, Version)
	}
	return res[0], r, nil
}
