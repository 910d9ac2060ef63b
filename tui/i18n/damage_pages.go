package i18n

// pageDamageTexts say what the page check found (internal/pagecheck), one
// for each of its fixed formats, the values as it wrote them: a station
// reads what is wrong with its file in its own language. A format with no
// entry here is shown as the check said it.
var pageDamageTexts = map[string]entry{
	"damage.found.near %s":                                                      {"在 %[1]s 附近", "near %[1]s"}, // the cursor's order check (store/seal.go)
	"damage.found.%d elements do not fit in the page":                           {"%[1]s 个元素放不进这一页", "%[1]s elements do not fit in the page"},
	"damage.found.%s page (flags %#x) where a %s belongs":                       {"此处应为%[3]s,却是%[1]s页(标志 %[2]s)", "%[1]s page (flags %[2]s) where a %[3]s belongs"},
	"damage.found.branch page without elements":                                 {"分支页没有元素", "branch page without elements"},
	"damage.found.bucket header of %d bytes, want %d":                           {"桶头有 %[1]s 字节,应为 %[2]s", "bucket header of %[1]s bytes, want %[2]s"},
	"damage.found.bucket inside an inline bucket":                               {"内联桶里又有桶", "bucket inside an inline bucket"},
	"damage.found.bytes after the freelist's %d ids are not zero, at offset %d": {"空闲页列表 %[1]s 个编号之后的字节不是零(偏移 %[2]s)", "bytes after the freelist's %[1]s ids are not zero, at offset %[2]s"},
	"damage.found.element %d has unknown flags %#x":                             {"第 %[1]s 个元素的标志 %[2]s 无法识别", "element %[1]s has unknown flags %[2]s"},
	"damage.found.empty key at element %d":                                      {"第 %[1]s 个元素的键为空", "empty key at element %[1]s"},
	"damage.found.file holds %d pages but the meta says %d":                     {"文件只有 %[1]s 页,元数据却说有 %[2]s 页", "file holds %[1]s pages but the meta says %[2]s"},
	"damage.found.file of %d bytes is too short for a meta page":                {"文件只有 %[1]s 字节,放不下元数据页", "file of %[1]s bytes is too short for a meta page"},
	"damage.found.free page id %d at or above the high-water mark %d":           {"空闲页编号 %[1]s 不低于高水位 %[2]s", "free page id %[1]s at or above the high-water mark %[2]s"},
	"damage.found.freelist ids out of order at %d":                              {"空闲页列表在第 %[1]s 项顺序错乱", "freelist ids out of order at %[1]s"},
	"damage.found.freelist of %d ids does not fit in %d pages":                  {"空闲页列表的 %[1]s 个编号放不进 %[2]s 页", "freelist of %[1]s ids does not fit in %[2]s pages"},
	"damage.found.freelist page %d is outside 2..%d":                            {"空闲页列表所在的第 %[1]s 页不在 2..%[2]s 之内", "freelist page %[1]s is outside 2..%[2]s"},
	"damage.found.freelist page is on the freelist":                             {"空闲页列表自己的页也列为空闲", "freelist page is on the freelist"},
	"damage.found.high-water mark %d leaves no room for the meta pages":         {"高水位 %[1]s 放不下元数据页", "high-water mark %[1]s leaves no room for the meta pages"},
	"damage.found.inline bucket of %d bytes has no page header":                 {"%[1]s 字节的内联桶没有页头", "inline bucket of %[1]s bytes has no page header"},
	"damage.found.inline page header says page %d, %s, overflow %d":             {"内联页头写着第 %[1]s 页、%[2]s、溢出 %[3]s 页", "inline page header says page %[1]s, %[2]s, overflow %[3]s"},
	"damage.found.key of element %d differs from the first key of page %d":      {"第 %[1]s 个元素的键与第 %[2]s 页的第一个键不同", "key of element %[1]s differs from the first key of page %[2]s"},
	"damage.found.key of element %d lies outside the page":                      {"第 %[1]s 个元素的键超出了页", "key of element %[1]s lies outside the page"},
	"damage.found.key or value of element %d lies outside the page":             {"第 %[1]s 个元素的键或值超出了页", "key or value of element %[1]s lies outside the page"},
	"damage.found.keys out of order at element %d":                              {"第 %[1]s 个元素处键的顺序错乱", "keys out of order at element %[1]s"},
	"damage.found.meta page %d on the freelist":                                 {"元数据页 %[1]s 被列为空闲", "meta page %[1]s on the freelist"},
	"damage.found.meta page %d: %s":                                             {"元数据页 %[1]s:%[2]s", "meta page %[1]s: %[2]s"},
	"damage.found.meta page %d: header says page %d, %s":                        {"元数据页 %[1]s:页头写着第 %[2]s 页、%[3]s", "meta page %[1]s: header says page %[2]s, %[3]s"},
	"damage.found.more than %d pages and buckets deep":                          {"页和桶嵌套超过 %[1]s 层", "more than %[1]s pages and buckets deep"},
	"damage.found.neither meta page is valid":                                   {"两个元数据页都无效", "neither meta page is valid"},
	"damage.found.no valid meta page has txid %d":                               {"没有事务号为 %[1]s 的有效元数据页", "no valid meta page has txid %[1]s"},
	"damage.found.overflow of %d pages runs past page %d":                       {"%[1]s 页的溢出越过了第 %[2]s 页", "overflow of %[1]s pages runs past page %[2]s"},
	"damage.found.overflow page of page %d is on the freelist":                  {"第 %[1]s 页的溢出页被列为空闲", "overflow page of page %[1]s is on the freelist"},
	"damage.found.overflow page of page %d reached twice":                       {"第 %[1]s 页的溢出页被引用了两次", "overflow page of page %[1]s reached twice"},
	"damage.found.page %d reached twice":                                        {"第 %[1]s 页被引用了两次", "page %[1]s reached twice"},
	"damage.found.page id %d in header of page %d":                              {"第 %[2]s 页的页头写着第 %[1]s 页", "page id %[1]s in header of page %[2]s"},
	"damage.found.page is neither reached nor free":                             {"这一页既没被引用也不空闲", "page is neither reached nor free"},
	"damage.found.pages %d to %d are neither reached nor free":                  {"第 %[1]s 到 %[2]s 页既没被引用也不空闲", "pages %[1]s to %[2]s are neither reached nor free"},
	"damage.found.reachable page is on the freelist":                            {"在用的页被列为空闲", "reachable page is on the freelist"},
	"damage.found.reference to meta page %d":                                    {"引用了元数据页 %[1]s", "reference to meta page %[1]s"},
	"damage.found.reference to page %d at or above the high-water mark %d":      {"引用的第 %[1]s 页不低于高水位 %[2]s", "reference to page %[1]s at or above the high-water mark %[2]s"},
	"damage.found.reference to page %d past the end of the file":                {"引用的第 %[1]s 页超出了文件末尾", "reference to page %[1]s past the end of the file"},
	"damage.found.root bucket page %d is outside 2..%d":                         {"根桶所在的第 %[1]s 页不在 2..%[2]s 之内", "root bucket page %[1]s is outside 2..%[2]s"},
}
