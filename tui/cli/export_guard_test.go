// The masks of an export with --mask, and the guard against formulas.

package cli

import "testing"

func TestMasks(t *testing.T) {
	for in, want := range map[string]string{
		"13812345678": "138****5678", "138 1234 5678": "138****5678", "010-12345678": "010****5678",
		"+86 138 1234 5678": "138****5678", "0086 13812345678": "138****5678", "12345678": "****5678", "5678": "****", "": "",
	} {
		if got := MaskPhone(in); got != want {
			t.Errorf("MaskPhone(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"张三": "张*", "张": "张*", "欧阳娜娜": "欧***", "Lee": "L**", "Li Lei": "L***", " 王五 ": "王*", "": "",
	} {
		if got := MaskName(in); got != want {
			t.Errorf("MaskName(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"请拨 13812345678 联系": "请拨 138****5678 联系", "2025-06-02 到货": "2025-06-02 到货",
		"座机 010-12345678": "座机 010****5678", "订单 R2506020001": "订单 R2506020001", "SN12345678": "SN12345678", "123456": "123456",
	} {
		if got := MaskDigits(in); got != want {
			t.Errorf("MaskDigits(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestGuardFormulas(t *testing.T) {
	for in, want := range map[string]string{
		"=1+1": "'=1+1", "+86 138": "'+86 138", "-2": "'-2", "@SUM(A1)": "'@SUM(A1)",
		"张三": "张三", "a=b": "a=b", "": "", "'=x": "'=x",
	} {
		if got := Guard(in); got != want {
			t.Errorf("Guard(%q) = %q, want %q", in, got, want)
		}
	}
}
