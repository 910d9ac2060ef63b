package i18n

// outboxTexts are the words of the text messages' outbox (C4): the
// store's invariants of it, and the desk's lists.
var outboxTexts = map[string]entry{
	"damage.found.message %s: state %q":                    {"短信 %[1]s 的状态 %[2]s 无法识别", "message %[1]s: state %[2]s"},
	"damage.found.message %s is not found by its key":      {"短信 %[1]s 无法按其幂等键找到", "message %[1]s is not found by its key"},
	"damage.found.message %s (%s): in %s %v, should be %v": {"短信 %[1]s(%[2]s)在 %[3]s 中为 %[4]s,应为 %[5]s", "message %[1]s (%[2]s): in %[3]s %[4]s, should be %[5]s"},
	"damage.found.%s: %d keys for %d messages":             {"%[1]s 有 %[2]s 个键,短信却有 %[3]s 条", "%[1]s: %[2]s keys for %[3]s messages"},
}
