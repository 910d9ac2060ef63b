package i18n

// disagreeTexts say which of the store's invariants does not hold
// (store/invariants*.go, staff.go, pins.go, approvals_check.go: disagree), one for each of their
// formats, the values as the store wrote them.
var disagreeTexts = map[string]entry{
	"damage.found.ticket number %s issued twice: %d and %d":                           {"号码 %[1]s 发了两次:%[2]s 和 %[3]s", "ticket number %[1]s issued twice: %[2]s and %[3]s"},
	"damage.found.order %s: state %q":                                                 {"维修单 %[1]s 的状态 %[2]s 无法识别", "order %[1]s: state %[2]s"},
	"damage.found.order %s: state %s, its timeline says %s":                           {"维修单 %[1]s 的状态是 %[2]s,其时间线却说是 %[3]s", "order %[1]s: state %[2]s, its timeline says %[3]s"},
	"damage.found.order %s: on the board %v, should be %v":                            {"维修单 %[1]s 在看板上为 %[2]s,应为 %[3]s", "order %[1]s: on the board %[2]s, should be %[3]s"},
	"damage.found.order %s: head %+v (%v), should be %+v":                             {"维修单 %[1]s 的摘要 %[2]s(%[3]s)与维修单不符,应为 %[4]s", "order %[1]s: head %[2]s (%[3]s), should be %[4]s"},
	"damage.found.ticket %s (%d) called again at event %d without being queued again": {"号 %[1]s(%[2]s)在第 %[3]s 条事件处未重新排队就又被叫号", "ticket %[1]s (%[2]s) called again at event %[3]s without being queued again"},
	"damage.found.order %s: changes logged but no intake event":                       {"维修单 %[1]s 有变更记录,却没有接机记录", "order %[1]s: changes logged but no intake event"},
	"damage.found.order %s: state %s, its events say %s":                              {"维修单 %[1]s 的状态是 %[2]s,其事件记录却说是 %[3]s", "order %[1]s: state %[2]s, its events say %[3]s"},
	"damage.found.call of %s at %s: the log has %+v there":                            {"%[2]s 对 %[1]s 的叫号与日志不符:日志中此处为 %[3]s", "call of %[1]s at %[2]s: the log has %[3]s there"},
	"damage.found.%s: %d keys for %d orders":                                          {"%[1]s 有 %[2]s 个键,维修单却有 %[3]s 张", "%[1]s: %[2]s keys for %[3]s orders"},
	"damage.found.%s: %d keys, the orders have %d":                                    {"%[1]s 有 %[2]s 个键,维修单应有 %[3]s 个", "%[1]s: %[2]s keys, the orders have %[3]s"},
	"damage.found.order %s: %s lacks its key %s":                                      {"维修单 %[1]s 在 %[2]s 中缺少它的键 %[3]s", "order %[1]s: %[2]s lacks its key %[3]s"},
	"damage.found.order %s is on the board, and should not be":                        {"维修单 %[1]s 在看板上,但不应在", "order %[1]s is on the board, and should not be"},
	"damage.found.order %s: the counter of %s stands at %d":                           {"维修单 %[1]s:%[2]s 的编号计数只到 %[3]s", "order %[1]s: the counter of %[2]s stands at %[3]s"},
	"damage.found.ticket %s of %s: the counter of its line stands at %d":              {"%[2]s 的号 %[1]s:该类号的计数只到 %[3]s", "ticket %[1]s of %[2]s: the counter of its line stands at %[3]s"},
	"damage.found.ticket %s of %s is %s, and in the open index":                       {"%[2]s 的号 %[1]s 已是 %[3]s,却仍在未结索引中", "ticket %[1]s of %[2]s is %[3]s, and in the open index"},
	"damage.found.%s: %d keys for %d tickets":                                         {"%[1]s 有 %[2]s 个键,号却有 %[3]s 个", "%[1]s: %[2]s keys for %[3]s tickets"},
	"damage.found.staff %q holds the member %q":                                       {"人员记录 %[1]s 里存的是 %[2]s", "staff %[1]s holds the member %[2]s"},
	"damage.found.staff key %s points at %q, which does not have it":                  {"钥匙 %[1]s 指向 %[2]s,而此人并没有这把钥匙", "staff key %[1]s points at %[2]s, which does not have it"},
	"damage.found.a PIN is kept for %q, who is not a supervisor":                      {"为 %[1]s 存有 PIN,但此人不是主管", "a PIN is kept for %[1]s, who is not a supervisor"},
	"damage.found.approval %s holds the request %d":                                   {"审批记录 %[1]s 里存的是请求 %[2]s", "approval %[1]s holds the request %[2]s"},
	"damage.found.approval %d is about order %s (%d), which is not there":             {"审批请求 %[1]s 针对的维修单 %[2]s(%[3]s)不存在", "approval %[1]s is about order %[2]s (%[3]s), which is not there"},
	"damage.found.approval %d is %s by nobody":                                        {"审批请求 %[1]s 已%[2]s,却没有记录是谁", "approval %[1]s is %[2]s by nobody"},
	"damage.found.approval %d: state %q":                                              {"审批请求 %[1]s 的状态 %[2]s 无法识别", "approval %[1]s: state %[2]s"},
	"damage.found.approvals_pending holds %d, which is not pending":                   {"待审批索引中有 %[1]s,但它并不在等待审批", "approvals_pending holds %[1]s, which is not pending"},
	"damage.found.approval %d is pending, and not in approvals_pending":               {"审批请求 %[1]s 在等待审批,却不在待审批索引中", "approval %[1]s is pending, and not in approvals_pending"},
	"damage.found.%s's key %s is not in staff_keys":                                   {"%[1]s 的钥匙 %[2]s 不在钥匙索引中", "%[1]s's key %[2]s is not in staff_keys"},
}
