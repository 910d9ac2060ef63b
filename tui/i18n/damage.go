package i18n

// damageTexts name damage found in the database: where (a record of a
// bucket, a page of the file) and why, in words a station can act on. The
// why of a record's check is one of a few fixed texts of the store (seal.go,
// codec.go); any other stays as the store gave it.
var damageTexts = map[string]entry{
	"err.damaged":                                 {"数据库 %[1]s 已损坏:%[2]s。损坏的内容不会显示,也没有任何改动", "The database %[1]s is damaged: %[2]s. What is damaged is not shown, and nothing was changed"},
	"desk.damage.mark":                            {"⚠ 数据库损坏:%s", "⚠ database damaged: %s"},
	"desk.damage":                                 {"数据库已损坏:%[1]s。损坏的内容不会显示,其余照常可用;请主管用 frontdesk restore 恢复最近一份通过检查的备份", "The database is damaged: %[1]s. Nothing damaged is shown, the rest works; a supervisor restores the newest backup that passed its check with frontdesk restore"},
	"desk.damage.more":                            {"%[1]s,另有 %[2]d 处", "%[1]s, and %[2]d more"},
	"damage.record":                               {"%[1]s 中的记录 %[2]s %[3]s", "record %[2]s of %[1]s %[3]s"},
	"damage.bucket":                               {"%[1]s %[2]s", "%[1]s %[2]s"},
	"damage.page.file":                            {"第 %[1]d 页%[2]s", "page %[1]d %[2]s"},
	"damage.page":                                 {"第 %[1]d 页(%[2]s)%[3]s", "page %[1]d (%[2]s) %[3]s"},
	"damage.why.checksum mismatch":                {"校验不符", "fails its checksum"},
	"damage.why.shorter than its checksum":        {"不完整", "is cut short"},
	"damage.why.bucket missing":                   {"整个不见了", "is missing"},
	"damage.why.not a number":                     {"不是数字", "is not a number"},
	"damage.why.names no ticket":                  {"指向不存在的号", "names no ticket"},
	"damage.why.names no order":                   {"指向不存在的维修单", "names no order"},
	"damage.why.names no request that has it":     {"指向的上门服务单并没有这个键", "names no on-site request that has it"},
	"damage.why.holds another call":               {"存的是另一个来电", "holds another call"},
	"damage.why.names no open call of that owner": {"指向的不是此人未结束的来电", "names no open call of that owner"},
	"damage.why.holds no id":                      {"缺少编号", "holds no id"},
	"damage.why.not a schema version":             {"版本号无法读取", "holds no readable version"},
	"damage.why.names a member without the key":   {"指向的人员并没有这把钥匙", "names a member who does not have this key"},
	"damage.why.out of order":                     {"顺序错乱(通往它的页已损坏)", "is out of order (a page on the way to it is damaged)"},
	"damage.why.does not decode":                  {"内容无法读取", "does not decode"},
	"damage.why.truncated":                        {"文件不完整,后面的页不见了", "the file is cut short, its last pages are gone"},
	"damage.why.unreadable":                       {"文件头(元数据页)无法读取", "its header (meta pages) cannot be read"},
	"damage.why.faulted":                          {"读取时出错", "reading it failed"},
	"damage.why.structure":                        {"文件结构有错", "its structure is wrong"},
	"damage.why.inconsistent":                     {"记录之间互相矛盾", "its records disagree"},
	"damage.why.pages":                            {"有页损坏", "pages of it are damaged"},
	"damage.detail":                               {"%[1]s (%[2]s)", "%[1]s (%[2]s)"},
}
