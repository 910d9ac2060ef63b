package i18n

// configTexts holds the words of `frontdesk config` and of configuration errors.
var configTexts = map[string]entry{
	"config.flag.path":     {"配置文件路径(也可用环境变量 FRONTDESK_CONFIG)", "configuration file (also FRONTDESK_CONFIG)"},
	"config.flag.defaults": {"打印带说明的默认配置文件", "print the documented default file"},
	"config.flag.init":     {"在配置路径写入带说明的默认配置文件(已有文件时不覆盖)", "write the documented default file at the configuration path (never over an existing file)"},
	"config.extraArgs":     {"config 不接受参数:%s", "config takes no arguments: %s"},
	"config.bothFlags":     {"--defaults 和 --init 只能选一个", "--defaults and --init do not go together"},

	"config.init.done":   {"已写入默认配置文件 %s;修改后重新启动各终端即可生效", "Wrote the default configuration to %s; edit it, then restart the terminals"},
	"config.init.exists": {"配置文件 %s 已存在,未作改动(要重新生成,请先把它移走)", "%s already exists and was left as it is (move it away first to write a new one)"},
	"config.init.failed": {"无法写入配置文件 %s:%s", "Cannot write the configuration file %s: %s"},

	"config.at.lineKey": {"配置文件 %s 第 %d 行,%s:%s", "Configuration file %s, line %d, %s: %s"},
	"config.at.line":    {"配置文件 %s 第 %d 行:%s", "Configuration file %s, line %d: %s"},
	"config.at.key":     {"配置文件 %s,%s:%s", "Configuration file %s, %s: %s"},
	"config.at.file":    {"配置文件 %s:%s", "Configuration file %s: %s"},
	"config.notStarted": {"未启动任何程序,也未打开数据库。请改正配置文件后再试(frontdesk config --defaults 列出全部设置项及说明)。", "Nothing was started and the database was not opened. Correct the file and try again (frontdesk config --defaults lists every setting and what it does)."},

	"config.why.read":           {"无法读取(%s)", "cannot be read (%s)"},
	"config.why.syntax":         {"不是有效的 TOML(%s)", "not valid TOML (%s)"},
	"config.why.unknownKey":     {"没有这个设置项", "no such setting"},
	"config.why.unknownKeyNear": {"没有这个设置项,是不是 %s?", "no such setting; did you mean %s?"},
	"config.why.type":           {"应为%s,文件里是%s", "should be %s, the file has %s"},
	"config.why.duration":       {"%q 不是时长,请写成 \"90s\"、\"15m\"、\"4h\"、\"1h30m\" 这样的字符串", "%q is not a duration; write a string like \"90s\", \"15m\", \"4h\", \"1h30m\""},
	"config.why.timeZone":       {"未知的时区 %q,请用 IANA 名称,如 Asia/Shanghai", "unknown time zone %q; use an IANA name such as Asia/Shanghai"},
	"config.why.width":          {"打印宽度只能是 80(A4、针式)或 32(58 毫米热敏),不能是 %s", "the print width is 80 (A4, dot matrix) or 32 (58 mm thermal), not %s"},
	"config.why.choice":         {"不能是 %q,只能是其中之一:%s", "%q is not one of: %s"},
	"config.why.posWidth":       {"热敏打印机(ESC/POS)每行只能是 32 字(58 毫米)或 48 字(80 毫米),不能是 %s", "an ESC/POS printer prints 32 (58 mm) or 48 (80 mm) characters a line, not %s"},
	"config.why.listen":         {"%q 不是可监听的地址:请写 地址:端口(如 192.168.1.10:23234)、:端口(如 :23234)或只写地址(端口 23234)", "%q is not an address to listen on: write host:port (like 192.168.1.10:23234), :port (like :23234) or a host alone (port 23234)"},
	"config.why.device":         {"%q 不是打印机:请写设备文件的完整路径(如 /dev/usb/lp0)或网络打印机的 地址:端口(如 192.168.1.50:9100)", "%q is not a printer: write a device file's full path (like /dev/usb/lp0) or a network printer's address:port (like 192.168.1.50:9100)"},
	"config.why.missing":        {"缺少这一项(每一条都必须填写)", "missing (every entry needs it)"},
	"config.why.empty":          {"不能为空", "must not be empty"},
	"config.why.code":           {"%q 不是服务站代码:请写 1 到 %d 个英文字母、数字、- 或 _(如 \"SH-001\"),它出现在导出文件的每一行和文件名里", "%q is not a station code: write 1 to %d letters, digits, - or _ (like \"SH-001\"); it is in every row and the name of the exported files"},
	"config.why.intakeType":     {"%q 不是取号的服务类型(现有:%s)", "%q is not a service type of the queue (there are: %s)"},
	"config.why.pickupType":     {"取机服务类型 %q 不是取号的服务类型(现有:%s)", "the pickup type %q is not a service type of the queue (there are: %s)"},
	"config.why.clock":          {"%q 不是钟点,请写成 \"08:30\" 这样", "%q is not a time of day; write it like \"08:30\""},
	"config.why.invalid":        {"设置不成立:%s", "%s"},

	"config.type.string":   {"字符串(加引号)", "a string (in quotes)"},
	"config.type.integer":  {"整数", "a whole number"},
	"config.type.duration": {"时长字符串(如 \"15m\")", "a duration string (like \"15m\")"},
	"config.type.strings":  {"字符串列表(如 [\"A\", \"B\"])", "a list of strings (like [\"A\", \"B\"])"},
	"config.type.table":    {"表([…] 小节)", "a table (a […] section)"},
	"config.type.tables":   {"表的列表([[…]])", "a list of tables ([[…]])"},
	"config.type.float":    {"小数", "a decimal number"},
	"config.type.boolean":  {"真假值", "true or false"},
	"config.type.datetime": {"日期时间", "a date and time"},
	"config.type.array":    {"列表", "a list"},

	"config.why.voice": {"这个数值须在 %s 之间,不能是 %s", "this number must be within %s, not %s"},
	"config.why.theme": {"叫号屏配色只能是 \"auto\"(随终端)、\"dark\"(深色)或 \"light\"(浅色),不能是 %s", "the display theme is \"auto\" (as the terminal), \"dark\" or \"light\", not %s"},
}
