package i18n

// customerTexts holds the words of a business customer's service analysis,
// `frontdesk report --customer` (tui/report/customer.go).
var customerTexts = map[string]entry{
	"customer.title":              {"客户服务分析 · %s · %s", "Customer service analysis · %s · %s"},
	"customer.services":           {"服务", "Services"},
	"customer.services.sum":       {"送修 %d · 上门报修 %d · 上门 %d", "%d carry-in orders · %d on-site requests · %d visits"},
	"customer.phone":              {"电话解决 %d(占上门报修 %s) · 转送修 %d", "%d solved on the phone (%s of the on-site requests) · %d escalated to carry-in"},
	"customer.s8":                 {"上门时效", "On-site response"},
	"customer.recurring":          {"反复出现的故障(按机型)", "Recurring faults by model"},
	"customer.recurring.row":      {"%s · %d 次 · %s", "%s · %d services · %s"},
	"customer.recurring.services": {"服务单 %s", "services %s"},
	"customer.recurring.serials":  {"序列号 %s", "serials %s"},
	"customer.devices":            {"设备(按序列号)", "Devices by serial"},
	"customer.col.serial":         {"序列号", "Serial"},
	"customer.col.model":          {"型号", "Model"},
	"customer.col.services":       {"服务次数", "Services"},
	"customer.none":               {"%s 在 %s 没有送修或上门服务", "%s had no carry-in or on-site service in %s"},
	"customer.err.empty":          {"--customer 需要单位名称", "--customer needs the company's name"},
	"report.flag.customer":        {"单位客户的服务分析:单位名称(期间用 --day 或 --from/--to)", "a business customer's service analysis: the company's name (the period by --day or --from/--to)"},
}
