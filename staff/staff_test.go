package staff

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"frontdesk/repair"
)

// The fingerprints are ssh-keygen -lf's of the files in testdata: the SSH
// server, which computes them with an SSH library, finds the same.
func TestKeysHaveOpenSSHsFingerprints(t *testing.T) {
	for file, want := range map[string]string{
		"ed25519.pub": "SHA256:qelfuCQS+mDfst6w9eGm+oGPt9nMkECuPoe/xYvS8EI",
		"rsa.pub":     "SHA256:S9t7aMmgkiZmbMvw3OazwnhjhxP+nxeQbml4EexZTYI",
		"ecdsa.pub":   "SHA256:Id45WEGxBc2wKyGrelUYTVNH+seiOu/aHDpvI7luYrg",
	} {
		raw, err := os.ReadFile("testdata/" + file)
		if err != nil {
			t.Fatal(err)
		}
		keys, err := ParseKeys(raw)
		if err != nil || len(keys) != 1 || keys[0].Fingerprint != want {
			t.Errorf("%s: %+v %v, want %s", file, keys, err, want)
		}
	}
}

// What is not a public key is refused, with what is wrong, and no part of
// it is kept.
func TestWhatIsNotAKey(t *testing.T) {
	good, _ := os.ReadFile("testdata/ed25519.pub")
	fields := strings.Fields(string(good))
	for name, text := range map[string]string{
		"empty":             "",
		"only comments":     "# a comment\n\n",
		"a private key":     "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n",
		"options first":     `from="10.0.0.1" ` + string(good),
		"unknown type":      "ssh-dss " + fields[1],
		"not base64":        "ssh-ed25519 !!!!",
		"type differs":      "ssh-rsa " + fields[1],
		"cut short":         "ssh-ed25519 " + fields[1][:20],
		"huge":              "ssh-ed25519 " + strings.Repeat("A", 5000),
		"a good, then junk": string(good) + "junk\n",
	} {
		if keys, err := ParseKeys([]byte(text)); !errors.Is(err, ErrKey) {
			t.Errorf("%s: %+v %v, want ErrKey", name, keys, err)
		}
	}
}

func TestNewMember(t *testing.T) {
	raw, _ := os.ReadFile("testdata/ed25519.pub")
	keys, _ := ParseKeys(raw)
	at := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	m, err := New("  张工 ", Engineer, keys, 3, at, "李主管")
	if err != nil || m.Name != "张工" || m.Counter != 3 || m.AddedBy != "李主管" {
		t.Fatalf("%+v %v", m, err)
	}
	for name, c := range map[string]struct {
		name    string
		role    Role
		keys    []Key
		counter int
		want    error
	}{
		"no name":                {"", Engineer, keys, 0, repair.ErrRequired},
		"control characters":     {"张\x1b[31m工", Engineer, keys, 0, repair.ErrControl},
		"a bidi override":        {"张\u202e工", Engineer, keys, 0, repair.ErrControl},
		"too long":               {strings.Repeat("张", MaxName+1), Engineer, keys, 0, repair.ErrTooLong},
		"no such role":           {"张工", Role("admin"), keys, 0, ErrRole},
		"no key":                 {"张工", Engineer, nil, 0, ErrKey},
		"a key twice":            {"张工", Engineer, append(keys, keys...), 0, ErrKey},
		"a display at a counter": {"大厅屏", Display, keys, 2, ErrRole},
	} {
		if m, err := New(c.name, c.role, c.keys, c.counter, at, "李主管"); !errors.Is(err, c.want) {
			t.Errorf("%s: %+v %v, want %v", name, m, err, c.want)
		}
	}
	if r, err := ParseRole("keypad"); err != nil || r != Keypad {
		t.Errorf("ParseRole(keypad) = %q %v", r, err)
	}
}

// A PIN is 4 to 8 digits, hashed with its salt: the right one matches, a
// wrong one, another salt's or a damaged record's does not.
func TestP1_PINHashedAndMatched(t *testing.T) {
	salt := []byte("0123456789abcdef")
	for _, bad := range []string{"", "123", "123456789", "12 34", "１２３４", "abcd"} {
		if _, err := NewPIN(bad, salt, time.Time{}, "x"); !errors.Is(err, ErrPIN) {
			t.Errorf("PIN %q: %v", bad, err)
		}
	}
	p, err := NewPIN("2468", salt, time.Time{}, "x")
	if err != nil {
		t.Fatal(err)
	}
	if !p.Matches("2468") || p.Matches("2469") || p.Matches("24680") || p.Matches("") {
		t.Error("Matches")
	}
	if bytes.Contains(p.Hash, []byte("2468")) || len(p.Hash) != 32 {
		t.Errorf("hash %x", p.Hash)
	}
	other, _ := NewPIN("2468", []byte("fedcba9876543210"), time.Time{}, "x")
	if bytes.Equal(other.Hash, p.Hash) {
		t.Error("two salts, one hash")
	}
	damaged := p
	damaged.N = 1 << 30
	if damaged.Matches("2468") {
		t.Error("a record of an absurd cost matches")
	}
}
