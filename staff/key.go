package staff

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"strings"
)

// Key is one public SSH key, as a .pub file or an authorized_keys line
// gives it. Parsed here without an SSH library, so that the one-shot
// commands, which link this package through the store, do not start up
// one: the SSH server compares fingerprints, which are the same either way.
type Key struct {
	Type        string `json:"type"`        // "ssh-ed25519", …
	Data        string `json:"data"`        // the key's base64, as the file has it
	Fingerprint string `json:"fingerprint"` // "SHA256:…", as ssh-keygen -l and OpenSSH say it
}

// keyTypes are the public keys OpenSSH makes and accepts.
var keyTypes = map[string]bool{
	"ssh-ed25519": true, "ssh-rsa": true,
	"ecdsa-sha2-nistp256": true, "ecdsa-sha2-nistp384": true, "ecdsa-sha2-nistp521": true,
	"sk-ssh-ed25519@openssh.com": true, "sk-ecdsa-sha2-nistp256@openssh.com": true,
}

// maxKeyData is the longest key accepted, in bytes of base64: an RSA key
// of 16,384 bits is about 2,800.
const maxKeyData = 4096

// ParseKeys reads the keys of a .pub file or of authorized_keys lines:
// blank lines and # comments are skipped; a line with options before its
// key (from="…" ssh-…) is refused, as the station's record of a person is
// their keys and nothing else.
func ParseKeys(text []byte) ([]Key, error) {
	var keys []Key
	for i, line := range strings.Split(string(text), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, err := ParseKey(line)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", i+1, err)
		}
		keys = append(keys, k)
	}
	if len(keys) == 0 {
		return nil, fmt.Errorf("%w: none found", ErrKey)
	}
	return keys, nil
}

// ParseKey reads one "type base64 [comment]" line. The comment is left out
// of the record: it is free text a person chose.
func ParseKey(line string) (Key, error) {
	fields := strings.Fields(line)
	if len(fields) < 2 || !keyTypes[fields[0]] {
		return Key{}, fmt.Errorf("%w: want \"ssh-ed25519 AAAA… comment\"", ErrKey)
	}
	typ, data := fields[0], fields[1]
	if len(data) > maxKeyData {
		return Key{}, fmt.Errorf("%w: %d bytes of key, at most %d", ErrKey, len(data), maxKeyData)
	}
	blob, err := base64.StdEncoding.DecodeString(data)
	if err != nil {
		return Key{}, fmt.Errorf("%w: the key is not base64", ErrKey)
	}
	// The blob begins with its own type, a length-prefixed string: it must
	// say what the line says.
	if len(blob) < 4 {
		return Key{}, fmt.Errorf("%w: %d bytes", ErrKey, len(blob))
	}
	n := binary.BigEndian.Uint32(blob)
	if uint64(n) > uint64(len(blob)-4) || !bytes.Equal(blob[4:4+n], []byte(typ)) || int(4+n) == len(blob) {
		return Key{}, fmt.Errorf("%w: the key's data is not a %s key", ErrKey, typ)
	}
	sum := sha256.Sum256(blob)
	return Key{Type: typ, Data: data, Fingerprint: "SHA256:" + base64.RawStdEncoding.EncodeToString(sum[:])}, nil
}
