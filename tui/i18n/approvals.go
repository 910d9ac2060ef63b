package i18n

// approvalTexts are the words of what needs a supervisor (P1, issue 17): a
// supervisor's screen of the requests waiting, and the key to it.
var approvalTexts = map[string]entry{
	"desk.key.approvals":  {"待审批", "approvals"},
	"desk.key.approvalsN": {"待审批 %d", "approvals %d"},

	"approvals.title":          {"待主管审批 %d 件", "Waiting for a supervisor: %d"},
	"approvals.none":           {"没有等待审批的请求。", "Nothing is waiting for approval."},
	"approvals.row":            {"%s  %s  %s · %d号台 · %s", "%s  %s  %s · counter %d · %s"},
	"approvals.what.lost-slip": {"遗失凭证取机", "lost-slip pickup"},
	"approvals.id":             {"核验证件", "ID checked"},
	"approvals.asker":          {"提出人", "Asked by"},
	"approvals.askerAt":        {"%s · %d号接待台", "%s · counter %d"},
	"approvals.asked":          {"提出时间", "Asked at"},
	"approvals.ask":            {"证件已由接待工程师当面核验。批准后即可办理取机。", "The engineer has checked the ID in person. Once approved, the pickup goes on."},
	"approvals.approved":       {"已批准 %s 的遗失凭证取机(%s 提出)", "Approved the lost-slip pickup of %s (asked by %s)"},
	"approvals.refused":        {"已拒绝 %s 的遗失凭证取机(%s 提出)", "Refused the lost-slip pickup of %s (asked by %s)"},
	"approvals.gone":           {"这个请求已在别处处理或撤回", "That request was decided or withdrawn elsewhere"},
	"approvals.key.open":       {"查看", "open"},
	"approvals.key.approve":    {"批准", "approve"},
	"approvals.key.refuse":     {"拒绝", "refuse"},
	"approvals.key.back":       {"返回", "back"},
	"pickup.by.idOnly":         {"%s 后4位 %s", "%s ending %s"},
}
