package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// `frontdesk staff`: add, list and remove through the owner, in both
// languages; bad input is said plainly, with the exit status of a usage
// error (2) or of a refusal (1), and changes nothing.
func TestStaffCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "station.db")
	ed, rsa := "staff/testdata/ed25519.pub", "staff/testdata/rsa.pub"
	for _, c := range []struct {
		args []string
		code int
		out  string
	}{
		{[]string{"staff", "list"}, 0, "还没有人员"},
		{[]string{"staff", "add", "张工", "--role", "engineer", "--key", ed, "--counter", "3"}, 0, "已添加 张工(工程师),1 把钥匙:SHA256:qelfuCQS+mDfst6w9eGm+oGPt9nMkECuPoe/xYvS8EI"},
		{[]string{"staff", "add", "大厅屏", "--role", "display", "--key", rsa}, 0, "已添加 大厅屏(叫号屏)"},
		{[]string{"staff", "add", "王工", "--role", "engineer", "--key", ed}, 1, "这把钥匙已属于另一位人员"},
		{[]string{"staff", "add", "王工", "--role", "root", "--key", ed}, 2, "没有“root”这个角色;可用:engineer supervisor display kiosk keypad"},
		{[]string{"staff", "add", "王工", "--role", "engineer", "--key", "staff/staff.go"}, 1, "不是 SSH 公钥"},
		{[]string{"staff", "add", "王工", "--role", "engineer", "--key", "nope.pub"}, 1, "找不到公钥文件 nope.pub"},
		{[]string{"staff", "add", "王\x1b[2J工", "--role", "engineer", "--key", "staff/testdata/ecdsa.pub"}, 1, "含有控制字符或无效文字,未保存"},
		{[]string{"staff", "add", "王工"}, 2, "添加人员需要 --role 角色和 --key 公钥文件"},
		{[]string{"staff"}, 2, "用法:frontdesk staff add"},
		{[]string{"staff", "fire", "张工"}, 2, "用法:frontdesk staff add"},
		{[]string{"--lang", "en", "staff", "list"}, 0, "张工  engineer · counter 3  added"},
		{[]string{"staff", "remove", "张工"}, 0, "已移除 张工:其钥匙从此不能登录"},
		{[]string{"staff", "remove", "张工"}, 1, "没有这个人员"},
		{[]string{"staff", "list", "--json"}, 0, `"name": "大厅屏"`},
	} {
		code, out, errOut := frontdesk(t, append([]string{"--db", db}, c.args...)...)
		if code != c.code || !strings.Contains(out+errOut, c.out) {
			t.Errorf("%q: exit %d, %s%s; want exit %d saying %q", c.args, code, out, errOut, c.code, c.out)
		}
		if strings.Contains(out+errOut, "\x1b") {
			t.Errorf("%q: a control character reached the terminal: %q", c.args, out+errOut)
		}
	}
}

// `frontdesk staff pin NAME` reads a supervisor's PIN from stdin when it
// is not a terminal: set for a supervisor only, refused when not 4 to 8
// digits, logged by name, never shown.
func TestP1_StaffPINCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "station.db")
	for _, c := range []struct {
		args  []string
		stdin string
		code  int
		out   string
	}{
		{[]string{"staff", "add", "李主管", "--role", "supervisor", "--key", "staff/testdata/rsa.pub"}, "", 0, "已添加 李主管"},
		{[]string{"staff", "add", "张工", "--role", "engineer", "--key", "staff/testdata/ed25519.pub"}, "", 0, "已添加 张工"},
		{[]string{"staff", "pin", "李主管"}, "24680\n", 0, "已为 李主管 设置 PIN"},
		{[]string{"staff", "pin", "李主管"}, "12\n", 1, "PIN 为 4 到 8 位数字"},
		{[]string{"staff", "pin", "张工"}, "2468\n", 1, "这需要主管来做"},
		{[]string{"--lang", "en", "staff", "pin", "王五"}, "2468\n", 1, "A supervisor must do this"},
		{[]string{"staff", "pin"}, "", 2, "用法:frontdesk staff add"},
	} {
		withStdin(t, c.stdin)
		code, out, errOut := frontdesk(t, append([]string{"--db", db}, c.args...)...)
		if code != c.code || !strings.Contains(out+errOut, c.out) {
			t.Errorf("%q: exit %d, %s%s; want exit %d saying %q", c.args, code, out, errOut, c.code, c.out)
		}
		if strings.Contains(out+errOut, "24680") {
			t.Errorf("%q shows the PIN: %s%s", c.args, out, errOut)
		}
	}
}

// withStdin makes os.Stdin a pipe holding s for the rest of the test.
func withStdin(t *testing.T, s string) {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.WriteString(s); err != nil {
		t.Fatal(err)
	}
	w.Close()
	was := os.Stdin
	os.Stdin = r
	t.Cleanup(func() { os.Stdin = was; r.Close() })
}
