package i18n

// cli holds the words of the one-shot commands and of the command line.
var cli = map[string]entry{
	"cli.usage": {`用法: frontdesk [命令] [选项]

命令:
  (无) / desk          接待台(工程师用):叫号、服务、转移、暂停
  display              叫号屏(第二个终端,面向等候区,只读)
  kiosk                取号机(客户用):选择服务,领取排队号
  take 类型            取一张号(A 送修 · B 取机 · C 咨询 · D 商用),可加 --priority
  call --counter N     叫号器的“下一位”:完成本台当前客户并叫下一位
  status               当前排队情况
  close-day --reason R 日终:关闭所有未完成的号并记录原因
  demo [--orders N]    在(新的)数据库里生成一个繁忙的上午,便于熟悉;--orders N 另加
                       此前约三年的 N 张维修单(最新的若干张未结),只用于还没有维修单的数据库
  find 查询            按单号(或其一部分:R2612、2612040001、0001)、取机码、电话(开头或
                       尾号)、序列号、姓名或经销商查找维修单,最新的在前;--limit N(默认 10,
                       最多 100);找不到时退出码为 1
  backup 文件          热备份数据库(接待台可继续工作)
  restore 文件         先检查备份,列出只在现库里的内容并确认(--yes 免问),再用它替换数据库(原库另存)
  check [文件]         检查数据库或备份文件是否完好
  report               报表(默认今天):--day 日期,或 --from 日期 --to 日期;排队、接待台、工程师、
                       维修单、验机、回访、常见故障机型,每小时到达柱状图;--json 输出数据
  export --from 日期 --to 日期 [--format csv|xlsx] [--mask] [--out 目录]
                       导出排队号、维修单和事件给总部(CSV 带 BOM,或一个 XLSX 工作簿);
                       --mask 隐去电话和姓名
  config               显示生效的配置及其来源;--defaults 打印带说明的默认配置,
                       --init 在配置路径写入默认配置文件(不覆盖已有文件)
  serve [--idle 时长]  数据库的唯一持有者:其余程序都经由它读写;不必手动启动,
                       第一个程序会在后台启动它;--idle 无客户端多久后退出(默认 0:不退出)

全局选项(放在命令前后均可):
  --db 路径            数据库文件(也可用环境变量 FRONTDESK_DB;默认在用户数据目录)
  --config 路径        配置文件(也可用 FRONTDESK_CONFIG;默认是数据库旁的 frontdesk.toml)
  --lang zh|en         界面语言(默认取自 LANG,否则中文)
  --timeout 3s         等待数据库锁的最长时间
  --json               take/call/status/close-day/demo/find/report/export 输出 JSON
`, `Usage: frontdesk [command] [flags]

Commands:
  (none) / desk        the engineer's desk: call, serve, transfer, pause
  display              the queue display (second terminal, facing the waiting area; read-only)
  kiosk                the customer kiosk: choose a service, take a number
  take TYPE            take a ticket (A repair drop-off · B pickup · C consultation · D business); --priority
  call --counter N     a caller keypad's "next": finish the counter's customer and call the next
  status               the queue now
  close-day --reason R end of day: close every open ticket with the reason
  demo [--orders N]    fill a (new) database with a busy morning to look around; --orders N adds
                       N repair orders of the three years before (the newest open), only to a
                       database that has no orders yet
  find QUERY           find repair orders by number (or part of it: R2612, 2612040001, 0001),
                       claim code, phone (beginning or last digits), serial, name or dealer,
                       newest first; --limit N (default 10, at most 100); exit status 1 when
                       nothing is found
  backup FILE          a hot copy of the database while desks keep working
  restore FILE         check a backup, list what only the live database holds and confirm (--yes:
                       do not ask), then put it in place (the old database is kept)
  check [FILE]         check that a database or backup file is sound
  report               the report (default today): --day DATE, or --from DATE --to DATE; queue,
                       counters, engineers, repair orders, inspections, return visits, recurring
                       faults by model, arrivals per hour as a bar chart; --json for the figures
  export --from DATE --to DATE [--format csv|xlsx] [--mask] [--out DIR]
                       tickets, repair orders and events for the head office (CSV with a BOM, or
                       one XLSX workbook); --mask masks phones and names
  config               the configuration in effect and where it came from; --defaults prints
                       the documented default file, --init writes it (never over a file)
  serve [--idle D]     the one owner of the database, through which every other program reads
                       and writes; it need not be started by hand: the first program starts it
                       in the background; --idle D ends it after D without clients (default 0: never)

Global flags (before or after the command):
  --db PATH            the database file (also FRONTDESK_DB; default in the user's data directory)
  --config PATH        the configuration file (also FRONTDESK_CONFIG; default frontdesk.toml beside the database)
  --lang zh|en         language (default from LANG, otherwise Chinese)
  --timeout 3s         how long to wait for the database lock
  --json               JSON output for take/call/status/close-day/demo/find/report/export
`},
	"cli.unknownCommand": {"没有这个命令:%s", "No such command: %s"},
	"cli.badFlags":       {"选项有误:%s", "Bad flags: %s"},
	"cli.flag.db":        {"数据库文件路径", "database file"},
	"cli.flag.idle":      {"没有客户端多久后退出(0:不退出)", "end after this long without clients (0: never)"},
	"cli.flag.report":    {"(由启动它的程序使用)启动进度以 JSON 行写到标准输出", "(for the program that starts it) report the start as JSON lines on stdout"},
	"serve.running":      {"数据库 %s 已由 frontdesk serve 持有(进程 %d,启动于 %s);同一个数据库只能有一个", "frontdesk serve already holds the database %s (process %d, since %s); a database has one owner"},
	"serve.listening":    {"frontdesk serve 持有数据库 %s,在 %s 等待各程序连接", "frontdesk serve holds the database %s and waits for programs on %s"},
	"cli.flag.lang":      {"界面语言 zh 或 en", "language, zh or en"},
	"cli.flag.timeout":   {"等待数据库锁的最长时间", "how long to wait for the database lock"},
	"cli.flag.counter":   {"接待台号", "counter number"},
	"cli.flag.engineer":  {"工程师姓名", "engineer's name"},
	"cli.flag.backups":   {"每日自动备份的目录(默认:数据库旁的 backups)", "directory of the daily automatic backup (default: backups beside the database)"},
	"cli.flag.keep":      {"自动备份保留的天数", "how many daily backups to keep"},
	"cli.flag.json":      {"输出 JSON", "print JSON"},
	"cli.flag.priority":  {"预约或优先客户", "appointment or priority customer"},
	"cli.flag.reason":    {"关闭原因(必填)", "why the tickets are closed (required)"},
	"cli.flag.orders":    {"另生成的维修单数量(只用于没有维修单的数据库)", "how many repair orders to add (only to a database without orders)"},
	"cli.flag.limit":     {"最多列出几张维修单(默认 10,最多 100)", "how many orders to list at most (default 10, at most 100)"},

	"cli.take":             {"%s(%s)· 前面还有 %d 人 · 预计等候约 %d 分钟", "%s (%s) · %d ahead · about %d min wait"},
	"cli.take.straight":    {"%s(%s)· 无需等候,请留意叫号", "%s (%s) · no wait, watch the display"},
	"cli.call":             {"%d号接待台 叫 %s(%s)", "Counter %d calls %s (%s)"},
	"cli.call.none":        {"%d号接待台:没有等候的客户", "Counter %d: nobody is waiting"},
	"cli.status.head":      {"%s · 今日取号 %d · 已完成 %d", "%s · %d tickets today · %d finished"},
	"cli.status.type":      {"%s %s:等候 %d 人,暂离 %d 人", "%s %s: %d waiting, %d away"},
	"cli.status.unserved":  {"(其中 %d 人没有开放的接待台接待)", " (%d of them with no open counter to serve them)"},
	"cli.closeDay":         {"已关闭 %d 张未完成的号", "Closed %d open tickets"},
	"cli.demo":             {"已生成演示上午:%d 张号,数据库 %s", "Demo morning written: %d tickets in %s"},
	"cli.backup":           {"已备份到 %s(%d 张号,%d KB)", "Backed up to %s (%d tickets, %d KB)"},
	"cli.check":            {"%s 完好:结构版本 %d,%d 张号,修订号 %d", "%s is sound: schema %d, %d tickets, revision %d"},
	"cli.restore":          {"已从 %s 恢复 %s;恢复前的数据库已另存在旁边(*.before-restore-*)", "Restored %[2]s from %[1]s; the database as it was is kept beside it (*.before-restore-*)"},
	"cli.take.needType":    {"take 需要一个服务类型,例如 frontdesk take A(可用:%s)", "take needs a service type, e.g. frontdesk take A (one of: %s)"},
	"cli.call.needCounter": {"call 需要接待台号,例如 frontdesk call --counter 3(可用:%s)", "call needs a counter, e.g. frontdesk call --counter 3 (one of: %s)"},
	"cli.badLang":          {"不支持的语言“%s”:可用 zh 或 en", "Unsupported language “%s”: use zh or en"},
	"cli.needFile":         {"%s 需要一个文件名", "%s needs one file name"},
	"restore.flag.yes":     {"不再询问:恢复会拿掉备份之后记下的号票、维修单和记录(脚本用)", "do not ask: the restore takes out the tickets, orders and records made after the backup (for scripts)"},
	"restore.loss.head":    {"这个备份(%s,%d 张号)之后,现在的数据库又记下了:", "Since this backup (%s, %d tickets) the live database has recorded:"},
	"restore.loss.tickets": {"  号票 %d 张:%s", "  %d tickets: %s"},
	"restore.loss.orders":  {"  维修单 %d 张:%s", "  %d repair orders: %s"},
	"restore.loss.events":  {"  变动记录 %d 条(取号、叫号、维修单的每一步)", "  %d records of changes (takes, calls, every step of an order)"},
	"restore.loss.more":    {"等", "…"},
	"restore.loss.kept": {"恢复后这些不在数据库里,但都留在恢复前另存的副本(*.before-restore-*)中;已发出的号码不会再发。",
		"After the restore these are not in the database, but all of them stay in the copy kept before it (*.before-restore-*); no number already issued is issued again."},
	"restore.programs":         {"正连着这个数据库的程序:%s(它们会立刻看到恢复后的数据)", "Programs connected to this database: %s (they see the restored data at once)"},
	"restore.sep":              {"、", ", "},
	"restore.ask":              {"确认恢复请输入 yes:", "Type yes to restore: "},
	"restore.err.notConfirmed": {"没有恢复,数据库未改动", "Not restored; nothing changed"},
	"restore.err.needYes":      {"没有恢复,数据库未改动:恢复会拿掉上面列出的内容,确认请加 --yes", "Not restored; nothing changed: the restore would take out what is listed above; add --yes to confirm"},
	"program.desk":             {"接待台", "desk"},
	"program.display":          {"叫号屏", "queue display"},
	"program.kiosk":            {"取号机", "kiosk"},
	"cli.demo.notEmpty":        {"数据库今天已有号,演示请使用新的 --db 文件", "The database already has tickets today; run the demo on a new --db file"},
	"cli.demo.hasOrders": {
		"数据库里已有 %d 张维修单,演示单据无法与真实单据区分,也无法删除:请使用新的 --db 文件",
		"The database already has %d repair orders; made-up orders could not be told from them nor taken out again: use a new --db file",
	},
	"cli.demo.orders":   {"已生成 %d 张维修单(%d 张未结),用时 %.1f 秒", "Wrote %d repair orders (%d open) in %.1f s"},
	"cli.demo.progress": {"已写入 %d / %d 张维修单(%d 秒)", "%d of %d repair orders written (%d s)"},

	"cli.find.usage": {
		"用法: frontdesk find 查询 [--json] [--limit N],查询为单号(或其一部分)、取机码、电话、序列号、姓名或经销商",
		"Usage: frontdesk find QUERY [--json] [--limit N]; QUERY is a number (or part of it), claim code, phone, serial, name or dealer",
	},
	"cli.find.none": {"没有找到与“%s”相符的维修单", "No repair order matches “%s”"},
	"cli.find.head": {"找到 %d 张维修单(最新的在前):", "%d repair orders, newest first:"},
	"cli.find.more": {"另有 %d 张相符的维修单未列出,请输入更完整的内容缩小范围", "Orders not listed that match too: %d; type more to narrow it down"},
	"cli.find.moreAtLeast": {
		"另有至少 %d 张相符的维修单未列出,请输入更完整的内容缩小范围",
		"Orders not listed that match too: at least %d; type more to narrow it down",
	},
}
