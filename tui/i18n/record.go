package i18n

// recordTexts holds the words of the on-site service record (服务单据, S9),
// printed in two copies like the claim slip. Labels are short: on a 58 mm
// printer the label column takes a third of the 32 columns.
var recordTexts = map[string]entry{
	"record.title":         {"服务单据", "SERVICE RECORD"},
	"record.copy.station":  {"服务站联", "STATION'S COPY"},
	"record.copy.customer": {"客户联", "CUSTOMER'S COPY"},
	"record.phone":         {"服务电话 %s", "Helpline %s"},
	"record.number":        {"服务单号", "Request no."},

	"record.company":   {"单位", "Company"},
	"record.contact":   {"联系人", "Contact"},
	"record.contactAs": {"%s(%s)", "%s (%s)"},
	"record.tel":       {"联系电话", "Phone"},
	"record.address":   {"地址", "Address"},

	"record.device": {"机器", "Device"},
	"record.model":  {"型号", "Model"},
	"record.serial": {"序列号", "Serial no."},
	"record.fault":  {"报修故障", "Fault"},

	"record.received": {"报修时间", "Requested"},
	"record.arrived":  {"到达时间", "Arrived"},
	"record.started":  {"开始时间", "Started"},
	"record.fixed":    {"修复时间", "Fixed"},
	"record.departed": {"离开时间", "Departed"},
	"record.notFixed": {"现场未修复", "not fixed on site"},

	"record.found":         {"现场故障", "Found"},
	"record.done":          {"处理措施", "Work done"},
	"record.parts":         {"使用备件", "Parts used"},
	"record.outcome":       {"处理结果", "Outcome"},
	"record.escalated":     {"现场无法排除,设备带回送修,维修单号 %s", "Not fixable on site: taken in for repair, order %s"},
	"record.escalatedBare": {"现场无法排除,设备带回送修", "Not fixable on site: taken in for repair"},
	"record.fee":           {"服务费", "Fee"},
	"record.yuan":          {"%s 元", "%s yuan"},
	"record.paidAgreed":    {"有偿上门服务,电话中已告知 %s 元", "paid visit, %s yuan agreed on the phone"},

	"record.check":     {"验机确认", "Checked with the customer"},
	"record.mark.ok":   {"正常", "ok"},
	"record.mark.fail": {"异常", "not ok"},
	"record.mark.na":   {"不适用", "n/a"},

	"record.engineer":       {"工程师", "Engineer"},
	"record.hotline":        {"服务热线:%s", "Service hotline: %s"},
	"record.confirm":        {"以上服务时间及服务费用经双方确认。", "Both parties confirm the times and the fee above."},
	"record.signEngineer":   {"工程师签字", "Engineer"},
	"record.signEngineerAs": {"工程师签字(%s)", "Engineer (%s)"},
	"record.signCustomer":   {"客户代表签字", "For the customer"},
	"record.signCustomerAs": {"客户代表签字(%s)", "For the customer (%s)"},
	"record.date":           {"日期", "Date"},
	"record.keep":           {"客户联由客户保管。", "The customer keeps the customer's copy."},
	"record.cut":            {"沿此线剪开", "cut here"},

	"record.status.printed":     {"服务单据 %s 已送打印", "service record %s sent to the printer"},
	"record.status.written":     {"服务单据 %s 已保存为 %s(未配置打印机)", "service record %s saved as %s (no printer set up)"},
	"record.status.printFailed": {"服务单据 %s 打印失败:%s", "service record %s: printing failed: %s"},
	"record.status.fileFailed":  {"服务单据 %s 未能保存:%s", "service record %s not saved: %s"},
	"record.status.readFailed":  {"未能读取服务单:%s", "could not read the request: %s"},
	"record.status.missing":     {"该服务单已不存在", "that request is no longer there"},
}
