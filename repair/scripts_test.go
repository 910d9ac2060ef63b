package repair

import (
	"strings"
	"testing"
)

func TestScripts_WordForWord(t *testing.T) {
	tests := []struct{ got, want string }{
		{DealerRefusal, "麻烦您提供最终用户的姓名和联系方式,否则根据规定和系统要求无法为您提供服务,谢谢您的支持!"},
		{PaidService("350.00元"), "根据现有的问题和相关的保修政策,我们可以为您提供有偿服务,具体费用为350.00元。"},
		{PartNotInStock("主板"), "非常抱歉,由于维修您机器所需要的主板部件现在还未到货…此部件到后我们会立即与您联系"},
		{EndOfService, "对不起,耽误了您宝贵时间,请见谅!今后如有用机问题,请拨打我们的服务热线。"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("script\n got %s\nwant %s", tt.got, tt.want)
		}
		// DOMAIN.md writes these with ASCII commas and exclamation marks.
		if strings.ContainsAny(tt.got, "\uff0c\uff01") {
			t.Errorf("full-width punctuation in %s", tt.got)
		}
	}
}
