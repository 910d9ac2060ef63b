// Package planted damages a database file the way a failing disk does,
// for the tests of the store and of the whole program: bytes changed
// under whoever has the file open, with no word to bbolt.
package planted

import (
	"bytes"
	"os"
	"testing"
)

// Digit changes, in every place the file at path holds field (the free
// pages too), the digit at offset digit of it to the next one; a field the
// file does not hold fails the test.
func Digit(t testing.TB, path string, field []byte, digit int) {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	found := 0
	for at := 0; ; found++ {
		i := bytes.Index(raw[at:], field)
		if i < 0 {
			break
		}
		d := at + i + digit
		if _, err := f.WriteAt([]byte{'0' + (raw[d]-'0'+1)%10}, int64(d)); err != nil {
			t.Fatal(err)
		}
		at = d
	}
	if found == 0 {
		t.Fatalf("%s is not in the file", field)
	}
}
