"""Wording of the package's messages: verify's findings and answers, keys and trust lists."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # ------------------------------------------------------------------ the file as a zip
    "verify.no_file": ("{path}：没有这个报送包文件", "{path}: no such package file"),
    "verify.unreadable": (
        "{path}：无法读取（{error}）",
        "{path}: cannot be read ({error})",
    ),
    "verify.not_a_zip": (
        "{path}：不是可读取的 zip 文件（{detail}）",
        "{path}: not a readable zip file ({detail})",
    ),
    "verify.zip.truncated": (
        "文件不完整（被截断）：zip 的结尾缺失，只有 {size} 字节；请重新复制或下载完整的报送包",
        "the file is truncated: the end of the zip is missing after {size} bytes; copy or "
        "download the whole package again",
    ),
    "verify.zip.extra_before": (
        "zip 之前有 {count} 字节的多余数据：不是 EvalDesk 生成的报送包原样",
        "{count} bytes of extra data before the zip: not the package as EvalDesk made it",
    ),
    "verify.zip.extra_after": (
        "zip 之后有 {count} 字节的多余数据：不是 EvalDesk 生成的报送包原样",
        "{count} bytes of extra data after the zip: not the package as EvalDesk made it",
    ),
    "verify.zip.directory": (
        "zip 目录与文件不符（{count} 个条目，目录应有 {declared} 个）：文件已损坏",
        "the zip's directory does not fit the file ({count} entries, the end record says "
        "{declared}): the file is damaged",
    ),
    "verify.zip.absolute_path": (
        "绝对路径：解压时会写到目标文件夹之外",
        "absolute path: it would be written outside the unpacking folder",
    ),
    "verify.zip.slip": (
        "路径含“..”、“.”、空段或反斜杠（zip-slip）",
        "path with '..', '.', an empty part or a backslash (zip-slip)",
    ),
    "verify.zip.control_character": ("文件名含控制字符", "control character in the file name"),
    "verify.zip.link": (
        "符号链接条目：报送包只含普通文件",
        "symbolic link entry: packages hold regular files only",
    ),
    "verify.zip.special": (
        "特殊文件条目（模式 {mode}）：报送包只含普通文件",
        "special file entry (mode {mode}): packages hold regular files only",
    ),
    "verify.zip.duplicate": (
        "同一文件名出现两次（不区分大小写）",
        "the same name appears twice (ignoring case)",
    ),
    "verify.zip.encrypted": ("加密条目", "encrypted entry"),
    "verify.zip.compression": (
        "压缩方法 {method} 不是报送包所用的",
        "compression method {method} is not used by packages",
    ),
    "verify.zip.other_disk": ("条目位于分卷的另一卷", "entry on another disk of a split zip"),
    "verify.zip.entry_too_large": (
        "声明大小 {size} 字节（最多 {limit}）",
        "declares {size} bytes (at most {limit})",
    ),
    "verify.zip.ratio": (
        "压缩比 {size}:{compressed} 超过 {ratio}:1（zip 炸弹）",
        "compression ratio {size}:{compressed} exceeds {ratio}:1 (a zip bomb)",
    ),
    "verify.zip.total": (
        "全部条目共声明 {size} 字节，超过此文件允许的 {limit} 字节（zip 炸弹）",
        "the entries declare {size} bytes in all, more than the {limit} this file may inflate "
        "to (a zip bomb)",
    ),
    "verify.zip.too_many": (
        "{count} 个条目（最多 {limit} 个）",
        "{count} entries (at most {limit} allowed)",
    ),
    "verify.zip.stored_sizes": (
        "未压缩条目的压缩大小与大小不同",
        "a stored entry whose compressed size differs from its size",
    ),
    "verify.zip.no_local_header": (
        "目录所指位置没有本地文件头",
        "no local header where the directory says the entry is",
    ),
    "verify.zip.local_differs": (
        "本地文件头与中央目录不一致（{fields}）：unzip 会读到不同的内容",
        "the local header contradicts the central directory ({fields}): unzip would read "
        "something else",
    ),
    "verify.zip.overlap": (
        "条目数据与下一条目或目录重叠",
        "entry data overlaps the next entry or the directory",
    ),
    # ------------------------------------------------------------------ reading entries
    "verify.read.crc": (
        "内容与 zip 记录的 CRC-32 不符：文件已损坏",
        "the content does not match the zip's CRC-32: the file is damaged",
    ),
    "verify.read.longer": (
        "解压后比声明的大小更长：文件已损坏",
        "inflates to more than its declared size: the file is damaged",
    ),
    "verify.read.shorter": (
        "解压后比声明的大小更短或数据不完整：文件已损坏",
        "inflates to less than its declared size, or its data is cut: the file is damaged",
    ),
    "verify.read.inflate": (
        "无法解压（{error}）：文件已损坏",
        "cannot be inflated ({error}): the file is damaged",
    ),
    # ------------------------------------------------------------------ the bag
    "verify.bag.outside": (
        "报送包文件夹之外的文件",
        "file outside the package's bag folder",
    ),
    "verify.bag.not_one": (
        "报送包应只含一个包文件夹（找到：{found}）",
        "a package holds exactly one bag folder (found: {found})",
    ),
    "verify.bag.none": ("无", "none"),
    "verify.bag.not_a_bag": (
        "缺少 {path}：不是 BagIt 包",
        "{path} is missing: not a BagIt bag",
    ),
    "verify.bag.missing_tag": ("缺少 {name}", "{name} is missing"),
    "verify.bag.bad_bagit": (
        "bagit.txt 不是以“BagIt-Version: ”开头",
        "bagit.txt does not start with 'BagIt-Version: '",
    ),
    "verify.bag.bad_tag_file": ("{detail}", "{detail}"),
    "verify.bag.listed_twice": ("{path} 被列出两次", "{path} is listed twice"),
    "verify.bag.tag_too_large": (
        "{size} 字节，标签文件过大",
        "{size} bytes is too large for a tag file",
    ),
    "verify.bag.manifest_outside": (
        "{manifest} 列出了 data/ 之外的文件",
        "{manifest} lists a file outside data/",
    ),
    "verify.bag.tagmanifest_payload": (
        "{manifest} 列出了载荷文件",
        "{manifest} lists a payload file",
    ),
    "verify.bag.missing_file": (
        "清单中列出但报送包中没有",
        "listed in the manifest but missing from the package",
    ),
    "verify.bag.missing_tagged": (
        "标签清单中列出但报送包中没有",
        "listed in the tag manifest but missing",
    ),
    "verify.bag.extra_payload": (
        "载荷文件未列入清单",
        "payload file not listed in the manifest",
    ),
    "verify.bag.extra_beside": ("标签文件旁的多余文件", "unexpected file beside the tag files"),
    "verify.bag.unsigned_tag": (
        "{manifest} 未覆盖 {name}",
        "{manifest} does not cover {name}",
    ),
    "verify.hash.tag": (
        "SHA-256 与标签清单不符",
        "SHA-256 differs from the tag manifest",
    ),
    "verify.hash.payload": (
        "SHA-256 与清单不符：文件被改动过",
        "SHA-256 differs from the manifest: the file was changed",
    ),
    "verify.hash.not_hashed": (
        "未核对载荷：签名或标签清单未通过，清单不可信，不再解压计算",
        "payload not hashed: the signature or the tag manifest failed, so the manifest cannot "
        "be trusted and nothing more is inflated",
    ),
    "verify.oxum": (
        "Payload-Oxum 为 {declared}，实际载荷为 {actual}",
        "Payload-Oxum says {declared}, the payload has {actual}",
    ),
    # ------------------------------------------------------------------ signature and key
    "verify.sig.bad_key": ("{detail}", "{detail}"),
    "verify.sig.not_canonical": (
        "不是该密钥的标准 PEM（被改动过）",
        "not the canonical PEM of its key (altered)",
    ),
    "verify.sig.bad": (
        "对 {name} 的 Ed25519 签名验证失败",
        "the Ed25519 signature over {name} does not verify",
    ),
    "verify.sig.fingerprint": (
        "bag-info.txt 记录的密钥指纹不是签名密钥的",
        "bag-info's key fingerprint is not the signing key's",
    ),
    "verify.sig.score_fingerprint": (
        "score.json 记录的密钥指纹不是签名密钥的",
        "score.json's key fingerprint is not the signing key's",
    ),
    "verify.sig.report_fingerprint": (
        "report.pdf 载明的签名公钥指纹不是签名密钥的（封面与签名不符）",
        "report.pdf does not name the signing key (its cover and the signature disagree)",
    ),
    "verify.sig.score_no_fingerprint": (
        "score.json 没有记录密钥指纹（格式 {format} 的报送包应有）",
        "score.json records no key fingerprint (a format {format} package must)",
    ),
    "verify.sig.score_unreadable": (
        "score.json 无法读取为 JSON（{error}）",
        "score.json cannot be read as JSON ({error})",
    ),
    "verify.sig.unexpected": (
        "签名密钥为 {found}，不是指定的 {expected}",
        "signed with key {found}, not with the expected key {expected}",
    ),
    "verify.sig.untrusted": (
        "签名密钥 {fingerprint} 不在信任列表（{source}）中",
        "the signing key {fingerprint} is not on the trust list ({source})",
    ),
    "verify.rotation.bad": (
        "密钥更换声明无效：{detail}",
        "the key rotation statement is not valid: {detail}",
    ),
    "verify.digest.missing": ("缺少 {field}", "{field} is missing"),
    "verify.digest.mismatch": (
        "内容摘要与清单不符",
        "the content digest does not match the manifest",
    ),
    "verify.digest.report": (
        "report.pdf 未载明本报送包的内容摘要",
        "report.pdf does not carry this package's content digest",
    ),
    # ------------------------------------------------------------------ the answer
    "verify.answer.package": (
        "报送包：{office} {year}年度  编号 {package_id}",
        "package: {office}, year {year}, id {package_id}",
    ),
    "verify.answer.rubric": ("评价依据：{title} {doc_number}", "rubric: {title} {doc_number}"),
    "verify.answer.score": (
        "自评分：{score}  等次：{grade}",
        "self-score: {score}  grade: {grade}",
    ),
    "verify.answer.fingerprint": (
        "签名公钥指纹：{fingerprint}",
        "signing key fingerprint: {fingerprint}",
    ),
    "verify.answer.payload": (
        "载荷：{files} 个文件，{bytes} 字节",
        "payload: {files} files, {bytes} bytes",
    ),
    "verify.answer.trusted": (
        "{path}：完整，签名者可信（{label}）",
        "{path}: intact, signed by a trusted key ({label})",
    ),
    "verify.answer.trusted_rotation": (
        "{path}：完整，签名者可信：新密钥由受信任的旧密钥 {old}（{label}）签署交接",
        "{path}: intact, signer trusted: the new key was handed over by the trusted key {old} "
        "({label})",
    ),
    "verify.answer.unverified": (
        "{path}：完整，签名者未核实。请通过电话或公函与报送单位核对上面的签名公钥指纹",
        "{path}: intact, signer not verified. Compare the signing key fingerprint above with "
        "the office by phone or letter",
    ),
    "verify.answer.untrusted": (
        "{path}：内容完整，但签名者不在信任列表中，不可采信",
        "{path}: intact, but the signer is not on the trust list: do not accept it",
    ),
    "verify.answer.failed": (
        "{path}：发现 {count} 个问题，报送包不可采信",
        "{path}: {count} problem(s); the package must not be trusted",
    ),
    "verify.answer.problem": ("不通过 [{code}] {where}{text}", "FAILED [{code}] {where}{text}"),
    "verify.answer.rotation": (
        "密钥更换：{old} → {new}（{date}{endorsed}）",
        "key rotation: {old} -> {new} ({date}{endorsed})",
    ),
    "verify.answer.rotation_endorsed": ("，旧密钥已签署", ", signed by the old key"),
    "verify.answer.rotation_unendorsed": (
        "，旧密钥未签署：{reason}",
        ", not signed by the old key: {reason}",
    ),
    "verify.answer.draft": (
        "草稿：{reasons}。这不是定稿，不能作为正式报送材料",
        "DRAFT: {reasons}. This is not the final package and must not be taken as the "
        "office's submission",
    ),
    "verify.answer.draft_note": (
        "注意：这是草稿（见上），不是正式报送材料",
        "note: this package is a DRAFT (see above), not the office's submission",
    ),
    "verify.answer.final": (
        "定稿：全年已由 {name} 于 {at} 审核确认",
        "final: the full year was approved by {name} on {at}",
    ),
    "verify.answer.no_status": (
        "审核状态：格式 {format} 的报送包不记录审核情况（草稿或定稿）",
        "approval: a format {format} package does not record its approval (draft or final)",
    ),
    "verify.answer.comments": (
        "审核意见：共 {total} 条，未处理 {open} 条",
        "review comments: {total}, {open} still open",
    ),
    # ------------------------------------------------------------------ draft or final
    "package.draft.not_approved": (
        "全年未经负责人审核",
        "the full year is not approved by the head",
    ),
    "package.draft.suggested": (
        "考核细则含未经确认的建议解释口径：{titles}",
        "the rubric has suggested interpretations not confirmed yet: {titles}",
    ),
    "verify.approval.no_status": (
        "bag-info.txt 缺少可识别的 EvalDesk-Status（格式 {format} 的报送包应标明草稿或定稿）",
        "bag-info.txt has no readable EvalDesk-Status (a format {format} package must say "
        "draft or final)",
    ),
    "verify.approval.missing": (
        "缺少 data/approval.json（格式 {format} 的报送包应有）",
        "data/approval.json is missing (a format {format} package must have it)",
    ),
    "verify.approval.not_an_object": (
        "approval.json 不是一个 JSON 对象",
        "approval.json is not a JSON object",
    ),
    "verify.approval.unreadable": (
        "approval.json 无法读取（{error}）",
        "approval.json cannot be read ({error})",
    ),
    "verify.approval.mismatch": (
        "approval.json 记为“{recorded}”，bag-info.txt 记为“{declared}”",
        "approval.json says {recorded}, bag-info.txt says {declared}",
    ),
    "verify.approval.final_unapproved": (
        "标为定稿，但 approval.json 没有全年审核，或仍有未确认的建议解释口径",
        "marked final, but approval.json records no approval of the full year, or suggested "
        "interpretations not confirmed",
    ),
    "verify.approval.report": (
        "report.pdf 未标明本报送包的审核状态（{status}）",
        "report.pdf does not carry the package's status ({status})",
    ),
    # ------------------------------------------------------------------ trust lists
    "trust.bad_line": (
        "{path} 第 {line} 行：既不是 PEM 公钥也不是 64 位十六进制指纹",
        "{path} line {line}: neither a PEM public key nor a 64-digit hex fingerprint",
    ),
    "trust.empty": (
        "{path}：信任列表中没有密钥",
        "{path}: the trust list holds no key",
    ),
    "trust.not_a_list": (
        "{path}：不是信任列表（应为不超过 4 MiB 的文本或 PEM 文件，或含这类文件的文件夹）",
        "{path}: not a trust list (a text or PEM file of at most 4 MiB, or a folder of them)",
    ),
    "keys.passphrase_file": (
        "{path}：不是口令文件（应为不超过 64 KiB 的文本文件，第一行为口令）",
        "{path}: not a passphrase file (a text file of at most 64 KiB whose first line is "
        "the passphrase)",
    ),
    "keys.file_unreadable": ("无法读取 {path}（{error}）", "cannot read {path} ({error})"),
    "key.not_pem": ("{what}：不是 PEM 公钥（{error}）", "{what}: not a PEM public key ({error})"),
    "key.not_ed25519": ("{what}：不是 Ed25519 密钥", "{what}: not an Ed25519 key"),
    "keys.key_unreadable": (
        "无法读取签名密钥 {path}（{error}）",
        "cannot read the signing key {path}: {error}",
    ),
    "keys.wrong_passphrase": (
        "单位签名密钥的口令不对（或密钥文件已损坏）",
        "wrong passphrase for the office's signing key (or the key file is damaged)",
    ),
    "keys.key_file": ("密钥文件：{path}", "key file: {path}"),
    "keys.cannot_write": ("无法写入 {path}（{error}）", "cannot write {path}: {error}"),
    "keys.passphrase_empty": ("口令文件 {path} 是空的", "the passphrase file {path} is empty"),
    "keys.no_terminal": (
        "签名密钥需要口令，但没有终端可以输入：请设置 {env}，或用 --passphrase-file FILE 指定口令文件",
        "the signing key needs a passphrase and there is no terminal to ask for it: set {env} "
        "or give --passphrase-file FILE",
    ),
    "keys.passphrases_differ": (
        "两次输入的口令不一致；没有创建任何文件",
        "the two passphrases differ; nothing was created",
    ),
    # ------------------------------------------------------------------ tag files (bag.py)
    "bag.continuation": (
        "{file} 第 {line} 行：续行出现在第一个标签之前",
        "{file} line {line}: continuation line before any label",
    ),
    "bag.not_label": (
        "{file} 第 {line} 行：应为“标签: 值”",
        "{file} line {line}: expected 'Label: value'",
    ),
    "bag.not_manifest_line": (
        "{file} 第 {line} 行：应为“<sha256> <路径>”",
        "{file} line {line}: expected '<sha256> <path>'",
    ),
    "bag.not_digest": (
        "{file} 第 {line} 行：“{digest}”不是 SHA-256 十六进制摘要",
        "{file} line {line}: '{digest}' is not a SHA-256 hex digest",
    ),
    "bag.unsafe_path": (
        "{file} 第 {line} 行：不安全的路径“{path}”",
        "{file} line {line}: unsafe path '{path}'",
    ),
    "bag.not_utf8": ("{file}：不是 UTF-8 文本（{error}）", "{file}: not UTF-8 text ({error})"),
    # ------------------------------------------------------------------ key rotation statements
    "rotation.not_label": ("“{line}”一行不是“标签: 值”", "line '{line}' is not 'Label: value'"),
    "rotation.not_base64": ("{field} 不是 base64 编码", "{field} is not base64"),
    "rotation.wrong_length": ("{field} 不是 {length} 字节", "{field} is not {length} bytes long"),
    "rotation.old_signature": (
        "旧密钥的签名验证不通过",
        "the old key's signature does not verify",
    ),
    "rotation.new_signature": (
        "新密钥的签名验证不通过",
        "the new key's signature does not verify",
    ),
    "rotation.no_header": ("声明必须以 {header} 开头", "a statement must start with {header}"),
    "rotation.missing": ("缺少 {fields}", "missing {fields}"),
    "rotation.bad_date": ("Date “{value}”不是日期", "Date '{value}' is not a date"),
    "rotation.not_utf8": ("不是 UTF-8 文本", "not UTF-8 text"),
    "rotation.not_signing_key": (
        "最后一条声明没有指向签名所用的密钥",
        "the last statement does not name the signing key",
    ),
    # ------------------------------------------------------------------ writing the package
    "export.not_zip_name": (
        "{path}：报送包的文件名必须以 .zip 结尾",
        "{path}: the package file name must end in .zip",
    ),
    "export.no_folder": ("{path}：没有这个文件夹", "{path}: no such folder"),
    "export.cancelled": ("已取消导出；没有写入任何文件", "export cancelled; nothing was written"),
    "export.cannot_write_in": (
        "无法在 {folder} 中写入（{error}）",
        "cannot write in {folder}: {error}",
    ),
    "export.cannot_write": (
        "无法写入 {path}（{error}）；没有写入任何文件",
        "cannot write {path}: {error}; nothing was written",
    ),
    "export.evidence_unreadable": (
        "无法读取佐证材料“{name}”（{file}）：{error}",
        "cannot read evidence '{name}' ({file}): {error}",
    ),
    "export.evidence_changed": (
        "佐证材料“{name}”存入后在磁盘上被改动过（SHA-256 或大小不符），导出已停止。"
        "请运行 `evaldesk check`。",
        "evidence '{name}' changed on disk since it was stored (SHA-256 or size differs); "
        "the export was stopped. Run `evaldesk check`.",
    ),
    "export.cannot_export": ("无法导出：{problem}", "cannot export: {problem}"),
    "export.no_office_name": (
        "单位没有名称：请在单位设置中填写",
        "the office has no name: set it in the office settings",
    ),
    "export.bad_year": ("年度 {year} 不是四位数的年份", "year {year} is not a four-digit year"),
    "export.other_rubric": (
        "得分是按考核细则 {scored} 计算的，不是 {rubric}",
        "the score was computed for rubric {scored}, not {rubric}",
    ),
    "export.rubric_sha256": (
        "考核细则的 SHA-256 必须是 64 位小写十六进制数字",
        "the rubric's SHA-256 must be 64 lowercase hex digits",
    ),
    "export.ledger_unknown_item": (
        "台账事项“{title}”指向不存在的评分项目 {code}",
        "ledger entry '{title}' names unknown rubric item {code}",
    ),
    "export.bad_quarter": (
        "季度调度的季度 {quarter} 不在 1-4 之内",
        "dispatch quarter {quarter} is not 1-4",
    ),
    "export.evidence_sha256": (
        "佐证材料“{name}”：SHA-256 必须是 64 位小写十六进制数字",
        "evidence '{name}': SHA-256 must be 64 lowercase hex digits",
    ),
    "export.evidence_negative_size": (
        "佐证材料“{name}”：大小为负数",
        "evidence '{name}': negative size",
    ),
    "export.evidence_unknown_items": (
        "佐证材料“{name}”：评分项目 {codes} 不存在",
        "evidence '{name}': unknown rubric item(s) {codes}",
    ),
    "export.evidence_missing": (
        "佐证材料“{name}”：存储的文件 {file} 不见了；请运行 `evaldesk check`",
        "evidence '{name}': stored file {file} is missing; run `evaldesk check`",
    ),
    "export.evidence_size": (
        "佐证材料“{name}”：存储的文件有 {actual} 字节，记录的是 {size} 字节；请运行 `evaldesk check`",
        "evidence '{name}': stored file is {actual} bytes, the store recorded {size}; "
        "run `evaldesk check`",
    ),
    # ------------------------------------------------------------------ the report and the sheet
    "export.font_fallback": (
        "未找到可嵌入的中文 TrueType 字体，报告使用 ReportLab 内置字体 STSong-Light（未嵌入，"
        "他人电脑上可能显示不同）。请安装 fonts-wqy-microhei 或随安装包提供的字体。",
        "no embeddable Chinese TrueType font was found; the report uses ReportLab's built-in "
        "font STSong-Light (not embedded, it may look different on another computer). Install "
        "fonts-wqy-microhei or the fonts shipped with the installer.",
    ),
    "export.missing_glyphs": (
        "以下字符没有可用字体，报告中以〓代替：{chars}",
        "no font can print these characters; the report shows 〓 instead: {chars}",
    ),
    "xlsx.part": ("{title}（权重{weight}）", "{title} (weight {weight})"),
    "xlsx.part_score": ("得分{score}，折算{weighted}", "score {score}, weighted {weighted}"),
    "xlsx.grade_cap": ("等次限制", "grade limit"),
    "xlsx.grade_cap_value": ("不得高于“{grade}”", "no higher than '{grade}'"),
}
