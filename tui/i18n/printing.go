package i18n

// printingTexts holds what the desk and the owner say about where slips go
// before the station has set it up: no printer, and the sample station
// name and phone of the default configuration still in place.
var printingTexts = map[string]entry{
	"intake.saveOnly":         {"保存", "Save"},
	"intake.f.saveOnly":       {"向客户说明承诺时间,保存并生成取机凭证?(没有设置打印机:凭证存为文件)", "Tell the customer the promised time; save and make the claim slip? (No printer is set up: the slip is saved as a file)"},
	"intake.slip.notPrinted":  {"未打印(没有设置打印机)", "not printed (no printer)"},
	"intake.slip.noPrinter":   {"没有设置打印机,没有打印:凭证文件见下方说明", "No printer is set up, nothing printed: the slip file is named below"},
	"intake.slip.helpNoPrint": {"enter 返回队列 · n 叫下一位 · ↑/↓ 滚动", "enter back to the queue · n next customer · ↑/↓ scroll"},
	"intake.slip.printHint":   {"没有设置打印机,凭证没有打印,已存为文件:%s(可打开打印后交给客户)。要在保存时自动打印:请站长在配置文件 %s 的打印设置里填写打印命令,例如 lp -d 打印机名。", "No printer is set up: the slip was not printed but saved as the file %s (open it and print it for the customer). To print on saving, have the station's administrator set the print command in the print settings of the configuration file %s, e.g. lp -d PRINTER."},

	"intake.slip.notPrintedAgain": {"未打印,凭证已存,可按 p 重新打印:%s", "not printed, the slip is kept: reprint it with p: %s"},
	"tag.title":                   {"机器标签", "Device tag"},
	"tag.customer":                {"客户 %s · 手机尾号 %s", "Customer %s · phone ending %s"},
	"tag.received":                {"送修 %s", "In %s"},
	"ticket.taken":                {"取号时间 %s", "Taken at %s"},
	"print.test.title":            {"打印测试", "Test page"},
	"print.test.width":            {"每行 %d 字,代码页 %s", "%d characters a line, code page %s"},
	"print.test.chinese":          {"中文:取机凭证 维修 三包", "Chinese: 取机凭证 维修 三包"},
	"print.test.sent":             {"测试页已送到打印机 %s", "test page sent to the printer %s"},
	"print.test.none":             {"没有设置打印机:请在配置文件 %s 的打印设置里填写打印命令或设备", "no printer is set up: set the print command or device in the print settings of %s"},
	"print.test.failed":           {"测试页没有打印:%s", "the test page was not printed: %s"},

	"placeholder.name":  {"站名", "station name"},
	"placeholder.phone": {"电话", "phone"},
	"placeholder.both":  {"站名和电话", "station name and phone"},
	"placeholder.short": {"取机凭证上的%s还是示例:请站长在配置文件 %s 里改为本站的", "Slips show a sample %s: set yours in %s"},
	"placeholder.long":  {"注意:本站的%s还是默认配置里的示例(%s),每张取机凭证都会印上。请在配置文件 %s 里填写本站的名称和电话(station 下的 name 和 phone;没有这个文件时,frontdesk config --init 会生成一份每项都有说明的)。", "Note: every claim slip would carry the default configuration's sample %s (%s). Set the station's own in the configuration file %s (name and phone under station; without the file, frontdesk config --init writes one with every setting explained)."},
}
