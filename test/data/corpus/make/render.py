"""A dataset printed in the layouts published reports use.

The wording is the form's (国办公开办函〔2021〕30号 / 〔2019〕60号) as the
samples in shared/reports print it; every variation an input asks for is an
option here, named in the input's entry in make_corpus.py.
"""

from datasets import rows

# ------------------------------------------------------------------ labels

LABELS = {
    "new_received": "一、本年新收政府信息公开申请数量",
    "carried_over": "二、上年结转政府信息公开申请数量",
    "granted": "（一）予以公开",
    "partially_granted": "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "withheld_state_secret": "1.属于国家秘密",
    "withheld_prohibited_by_law": "2.其他法律行政法规禁止公开",
    "withheld_security_stability": "3.危及“三安全一稳定”",
    "withheld_third_party": "4.保护第三方合法权益",
    "withheld_internal_affairs": "5.属于三类内部事务信息",
    "withheld_process_info": "6.属于四类过程性信息",
    "withheld_enforcement_file": "7.属于行政执法案卷",
    "withheld_inquiry_matter": "8.属于行政查询事项",
    "unavailable_not_held": "1.本机关不掌握相关政府信息",
    "unavailable_needs_creation": "2.没有现成信息需要另行制作",
    "unavailable_unclear": "3.补正后申请内容仍不明确",
    "not_processed_complaint": "1.信访举报投诉类申请",
    "not_processed_duplicate": "2.重复申请",
    "not_processed_publication": "3.要求提供公开出版物",
    "not_processed_excessive": "4.无正当理由大量反复申请",
    "not_processed_confirmation": "5.要求行政机关确认或重新出具已获取信息",
    "other_no_supplement": "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "other_unpaid_fee": "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "other_misc": "3.其他",
    "other_handling": "（六）其他处理",
    "total_processed": "（七）总计",
    "carried_forward": "四、结转下年度继续办理",
}
GROUP_OF = {}
for _k in LABELS:
    for _p, _g in (("withheld_", "（三）不予公开"), ("unavailable_", "（四）无法提供"),
                   ("not_processed_", "（五）不予处理"), ("other_", "（六）其他处理")):
        if _k.startswith(_p) and _k != "other_handling":
            GROUP_OF[_k] = _g
OUTCOMES = "三、本年度办理结果"
NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
COLS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]

T2_2021 = [
    ("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"],
     [("规章", ["rules_issued", "rules_repealed", "rules_in_force"]),
      ("行政规范性文件", ["normative_docs_issued", "normative_docs_repealed", "normative_docs_in_force"])]),
    ("第二十条第（五）项", ["本年处理决定数量"], [("行政许可", ["licensing_decisions"])]),
    ("第二十条第（六）项", ["本年处理决定数量"],
     [("行政处罚", ["penalty_decisions"]), ("行政强制", ["coercion_decisions"])]),
    ("第二十条第（八）项", ["本年收费金额（单位：万元）"], [("行政事业性收费", ["fees_collected"])]),
]
T2_2019 = [
    ("第二十条第（一）项", ["本年新制作数量", "本年新公开数量", "对外公开总数量"],
     [("规章", ["rules_made", "rules_published", "rules_total_published"]),
      ("规范性文件", ["normative_docs_made", "normative_docs_published", "normative_docs_total_published"])]),
    ("第二十条第（五）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
     [("行政许可", ["licensing_items_prev", "licensing_items_change", "licensing_decisions"]),
      ("其他对外管理服务事项", ["other_services_items_prev", "other_services_items_change",
                       "other_services_decisions"])]),
    ("第二十条第（六）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
     [("行政处罚", ["penalty_items_prev", "penalty_items_change", "penalty_decisions"]),
      ("行政强制", ["coercion_items_prev", "coercion_items_change", "coercion_decisions"])]),
    ("第二十条第（八）项", ["上一年项目数量", "本年增/减"],
     [("行政事业性收费", ["fee_items_prev", "fee_items_change"])]),
    ("第二十条第（九）项", ["采购项目数量", "采购总金额"],
     [("政府集中采购", ["procurement_projects", "procurement_amount"])]),
]
T4_COLS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]

FW = str.maketrans("0123456789", "０１２３４５６７８９")


def half_brackets(s):
    return s.replace("（", "(").replace("）", ")")


def label(key, opt):
    """A row label as this input prints it."""
    lab = opt.get("labels", {}).get(key, LABELS[key])
    if opt.get("brackets") == "half":
        lab = half_brackets(lab)
    if key == "total_processed" and opt.get("heji"):
        lab = lab.replace("总计", "合计")
    return lab


def group_label(g, opt):
    g = opt.get("groups", {}).get(g, g)
    return half_brackets(g) if opt.get("brackets") == "half" else g


def num(v, opt, r=0, c=0):
    """A count as printed; None as this input's blank marker."""
    if v is None:
        b = opt.get("blank", "")
        if callable(b):
            return b(r, c)
        return b
    s = str(v)
    if opt.get("fullwidth_digits"):
        s = s.translate(FW)
    return s


def t3_cells(ds, opt):
    """(key, printed values) of every row; applies subtotal / extra column."""
    out = []
    blank_total = opt.get("blank_total_except")
    for i, (k, r) in enumerate(zip(rows(ds["format"]), ds["t3"])):
        vals = [num(v, opt, i, c) for c, v in enumerate(r)]
        if blank_total is not None and k not in blank_total:
            vals[6] = num(None, opt, i, 6)
        if opt.get("subtotal"):
            org = [v for v in r[1:6] if v is not None]
            vals.insert(1, num(sum(org) if org else None, opt, i, 1))
        if opt.get("extra_col"):
            vals.append("")
        out.append((k, vals))
    return out


def col_headers(opt):
    cols = list(COLS)
    if opt.get("heji"):
        cols[6] = "合计"
    return cols


# ------------------------------------------------------------------ prose

def prose(ds, part):
    """The report's prose around the tables: short, the same figures."""
    o, y = ds["organ"], ds["year"]
    keys = rows(ds["format"])
    t3 = dict(zip(keys, ds["t3"]))
    nr = t3["new_received"][6]
    tp = t3["total_processed"][6]
    cf = t3["carried_forward"][6]
    if part == "intro":
        return [
            "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制。"
            "全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
            "政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。"
            "本报告所列数据的统计期限自%d年1月1日起至%d年12月31日止。" % (y, y),
        ]
    if part == "overview":
        ps = ["一、总体情况",
              "%d年，%s坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《条例》各项规定，"
              "围绕中心工作，不断提升政务公开质效。" % (y, o),
              "（一）主动公开。通过政府门户网站、政务新媒体等渠道及时公开法定主动公开内容，"
              "加大重点领域信息公开力度。"]
        if nr is not None and tp is not None:
            ps.append("（二）依申请公开。规范依申请公开登记、审核、办理、答复、归档等流程。"
                      "%d年共收到政府信息公开申请%d件，办结%d件，结转下年度继续办理%d件。"
                      % (y, nr, tp, cf if cf is not None else 0))
        else:
            ps.append("（二）依申请公开。规范依申请公开登记、审核、办理、答复、归档等流程。")
        ps += ["（三）政府信息管理。严格落实信息发布“三审”制度，做到先审查、后公开。",
               "（四）平台建设。持续优化政府网站栏目设置，规范政务新媒体管理。",
               "（五）监督保障。将政务公开纳入绩效考核，定期开展检查通报。"]
        return ps
    if part == "problems":
        return ["五、存在的主要问题及改进情况",
                "存在的主要问题：政策解读形式不够丰富，公开内容的规范性有待提升。"
                "改进措施：一是丰富解读形式；二是加强业务培训；三是完善审核发布机制。"]
    if part == "other":
        return ["六、其他需要报告的事项",
                "%d年，%s未收取政府信息公开信息处理费。" % (y, o)]
    raise ValueError(part)


def title_text(ds, opt):
    if opt.get("title"):
        return opt["title"]
    return "%s%d年政府信息公开工作年度报告" % (ds["organ"], ds["year"])


# ------------------------------------------------------------------- HTML

def _td(text, opt, colspan=1, rowspan=1, width=None):
    attrs = ""
    if colspan > 1:
        attrs += ' colspan="%d"' % colspan
    if rowspan > 1:
        attrs += ' rowspan="%d"' % rowspan
    if opt.get("html_style") == "shanghai":
        w = ' style="width:%dpx;"' % width if width else ""
        return '<td nowrap="nowrap"%s%s><p align="center">%s</p></td>' % (attrs, w, text if text != "" else "&nbsp;")
    if text == "":
        return '<td%s valign="center"></td>' % attrs
    paras = "".join('<p style="text-indent:0em;">%s</p>' % p for p in text.split("\n"))
    return '<td%s valign="center">%s</td>' % (attrs, paras)


def _table(rows_html, opt):
    if opt.get("html_style") == "shanghai":
        return '<table align="center" border="1" cellspacing="1"><tbody>%s</tbody></table>' % "".join(rows_html)
    return ('<table style="border-collapse: collapse; border: none;" cellspacing="0" align="center" border="1">'
            '<tbody>%s</tbody></table>' % "".join(rows_html))


def _tr(cells):
    return "<tr>" + "".join(cells) + "</tr>"


def html_t2(ds, opt):
    spec = T2_2021 if ds["t2_format"] == 2021 else T2_2019
    t2 = ds["t2"]
    ncol = 1 + max(len(h) for _, h, _ in spec)
    trs = []
    for art, heads, items in spec:
        trs.append(_tr([_td(art, opt, colspan=ncol)]))
        span = (ncol - 1) // len(heads) if (ncol - 1) % len(heads) == 0 else 1
        hd = [_td("信息内容", opt)]
        for j, h in enumerate(heads):
            cs = ncol - 1 - (len(heads) - 1) * span if j == len(heads) - 1 else span
            hd.append(_td(h, opt, colspan=cs))
        trs.append(_tr(hd))
        for item, keys in items:
            tr = [_td(item, opt)]
            for j, k in enumerate(keys):
                cs = ncol - 1 - (len(keys) - 1) * span if j == len(keys) - 1 else span
                v = t2[k][0]
                if opt.get("fullwidth_digits"):
                    v = v.translate(FW)
                tr.append(_td(v, opt, colspan=cs))
            trs.append(_tr(tr))
    return _table(trs, opt)


def html_t3_header(opt):
    cols = col_headers(opt)
    nlab = 1 if opt.get("structure") == "onecol" else 3
    norg = 6 if opt.get("subtotal") else 5
    ncell = 2 + norg
    extra = 1 if opt.get("extra_col") else 0
    trs = [_tr([_td(NOTE, opt, colspan=nlab, rowspan=3), _td("申请人情况", opt, colspan=ncell)]
               + ([_td("", opt, rowspan=3)] if extra else [])),
           _tr([_td(cols[0], opt, rowspan=2), _td("法人或其他组织", opt, colspan=norg),
                _td(cols[6], opt, rowspan=2)])]
    orgs = cols[1:6]
    if opt.get("subtotal"):
        orgs = ["小计"] + orgs
    if opt.get("stacked_headers"):
        orgs = [o[:2] + "\n" + o[2:] if len(o) > 2 else o for o in orgs]
    trs.append(_tr([_td(o, opt) for o in orgs]))
    return trs


def html_t3(ds, opt):
    """Table 三 as HTML tables: rowspan groups (Word export), or one label
    cell per row (structure=onecol); split_before=row key splits it in two
    tables, the second starting with the header again (a page break kept by
    a PDF-to-HTML conversion), its merged labels re-emitted (split_relabel)
    or left empty."""
    keys = rows(ds["format"])
    cells = dict(t3_cells(ds, opt))
    onecol = opt.get("structure") == "onecol"
    sb = opt.get("split_before")
    parts = [keys] if sb is None else [keys[:keys.index(sb)], keys[keys.index(sb):]]
    tables = []
    for pi, part in enumerate(parts):
        trs = html_t3_header(opt) if pi == 0 or opt.get("repeat_header", True) else []
        outcome_rows = [k for k in part if k not in ("new_received", "carried_over", "carried_forward")]
        first_outcome = True
        seen = set()
        for k in part:
            vals = [_td(v, opt) for v in cells[k]]
            if onecol:
                trs.append(_tr([_td(label(k, opt), opt)] + vals))
                continue
            if k in ("new_received", "carried_over", "carried_forward"):
                trs.append(_tr([_td(label(k, opt), opt, colspan=3)] + vals))
                continue
            lead = []
            if first_outcome:
                text = group_label(OUTCOMES, opt) if pi == 0 or opt.get("split_relabel") else ""
                lead.append(_td(text, opt, rowspan=len(outcome_rows)))
                first_outcome = False
            g = GROUP_OF.get(k)
            if g is None:
                trs.append(_tr(lead + [_td(label(k, opt), opt, colspan=2)] + vals))
                continue
            if g not in seen:
                seen.add(g)
                n = sum(1 for kk in part if GROUP_OF.get(kk) == g)
                first_of_group = keys.index(k) == min(keys.index(kk) for kk in keys if GROUP_OF.get(kk) == g)
                text = group_label(g, opt) if first_of_group or opt.get("split_relabel") else ""
                lead.append(_td(text, opt, rowspan=n))
            trs.append(_tr(lead + [_td(label(k, opt), opt)] + vals))
        tables.append(_table(trs, opt))
        if pi == 0 and sb is not None and opt.get("between_parts"):
            tables.append(opt["between_parts"])
    return tables


def t4_printed(ds, opt):
    """Table 四's fifteen cells as printed (t4_blank: table 四's own blank
    marker, a string or a function of the cell's index)."""
    b4 = opt.get("t4_blank")
    if b4 is None:
        return [num(v, opt, 0, i) for i, v in enumerate(ds["t4"])]
    return [num(v, opt, 0, i) if v is not None else (b4(i) if callable(b4) else b4)
            for i, v in enumerate(ds["t4"])]


def html_t4(ds, opt):
    t4 = t4_printed(ds, opt)
    head = ["结果维持", "结果\n纠正", "其他\n结果", "尚未\n审结", "总计"]
    if opt.get("heji"):
        head[4] = "合计"
    trs = [_tr([_td("行政复议", opt, colspan=5), _td("行政诉讼", opt, colspan=10)]),
           _tr([_td(h, opt, rowspan=2) for h in head]
               + [_td("未经复议直接起诉", opt, colspan=5), _td("复议后起诉", opt, colspan=5)]),
           _tr([_td(h, opt) for h in head] * 2),
           _tr([_td(v, opt) for v in t4])]
    return _table(trs, opt)


def _p(text, opt, center=False):
    if opt.get("html_style") == "shanghai":
        st = " style='text-align: center;font-weight: bold;'" if center else ""
        return "<p%s>%s</p>" % (st, text)
    st = "text-align: center;" if center else "text-indent: 2em;"
    return '<p style="%s">%s</p>' % (st, text)


CHROME_HEAD = """<div class="header"><div class="logo">{site}</div>
<ul class="nav"><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进{short}</li></ul></div>
<div class="breadcrumb"><span>当前位置：</span><a href="#">首页</a>&gt;<a href="#">政务公开</a>&gt;<a href="#">政府信息公开</a>&gt;<a href="#">政府信息公开年报</a></div>
"""
CHROME_FOOT = """<div class="footer"><p>主办单位：{site}办公室　　网站标识码：0000000000</p>
<p>关闭窗口　　打印本页　　扫一扫在手机上查看当前页面</p></div>
"""


def html_page(ds, opt):
    """A whole report page: title, prose, tables 二, 三, 四."""
    css = opt.get("css", "")
    head = ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8" />\n<title>%s</title>\n'
            '<style>\nbody { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; }\n'
            'table { border-collapse: collapse; }\ntd { border: 1px solid windowtext; padding: 0 4px; }\n%s\n</style>\n'
            '</head>\n<body>\n' % (opt.get("html_title", title_text(ds, opt)), css))
    body = []
    if opt.get("chrome"):
        body.append(CHROME_HEAD.format(site=opt["chrome"], short=opt["chrome"][:2]))
    body.append('<div class="article">')
    if opt.get("pre_title"):
        body.append(opt["pre_title"])
    body.append(_p(title_text(ds, opt), opt, center=True))
    for t in prose(ds, "intro") + prose(ds, "overview"):
        body.append(_p(t, opt))
    body.append(_p("二、主动公开政府信息情况", opt))
    body.append(html_t2(ds, opt))
    body.append(_p("三、收到和处理政府信息公开申请情况", opt))
    body += html_t3(ds, opt)
    body.append(_p("四、政府信息公开行政复议、行政诉讼情况", opt))
    body.append(html_t4(ds, opt))
    for t in prose(ds, "problems") + prose(ds, "other"):
        body.append(_p(t, opt))
    body.append("</div>")
    if opt.get("chrome"):
        body.append(CHROME_FOOT.format(site=opt["chrome"]))
    html = head + "\n".join(body) + "\n</body>\n</html>\n"
    return html


# -------------------------------------------------------- tab-separated text

def tsv(ds, opt):
    """Like the seed (shared/seed/hongqi-2024.txt): merged cells flattened
    into tabs, group labels on the first row of their group only; with
    shift_left=row keys, those rows lose their leading empty cells (the
    seed's 5. 要求行政机关… and (六) rows)."""
    keys = rows(ds["format"])
    cells = dict(t3_cells(ds, opt))
    shift = set(opt.get("shift_left", []))
    cols = col_headers(opt)
    L = []
    L.append("# " + title_text(ds, opt))
    L.append("")
    for t in prose(ds, "intro") + prose(ds, "overview"):
        L.append(t)
        L.append("")
    L.append("## 二、主动公开政府信息情况")
    L.append("")
    spec = T2_2021 if ds["t2_format"] == 2021 else T2_2019
    for art, heads, items in spec:
        L.append(art + "\t\t\t")
        L.append("信息内容\t" + "\t".join(heads) + "\t" * (3 - len(heads)))
        for item, ks in items:
            L.append(item + "\t" + "\t".join(ds["t2"][k][0] for k in ks) + "\t" * (3 - len(ks)))
    L.append("")
    L.append("### 三、收到和处理政府信息公开申请情况")
    L.append("")
    orgs = cols[1:6]
    if opt.get("subtotal"):
        orgs = ["小计"] + orgs
    L.append(NOTE.replace("（", "(").replace("）", ")") + "\t\t申请人情况" + "\t" * (len(orgs) + 1) + cols[6] + "\t")
    L.append("\t\t" + cols[0] + "\t法人或其他组织" + "\t" * (len(orgs) + 1))
    L.append("\t\t\t" + "\t".join(orgs) + "\t\t")
    seen = set()
    first = True
    for k in keys:
        v = "\t".join(cells[k])
        lab = label(k, opt)
        if k in ("new_received", "carried_over", "carried_forward", "total_processed"):
            L.append(lab + "\t\t" + v + "\t")
            continue
        lead = []
        if first:
            lead.append(group_label(OUTCOMES, opt))
            first = False
        else:
            lead.append("")
        g = GROUP_OF.get(k)
        if g is None:
            row = lead + [lab]
        else:
            row = lead + [group_label(g, opt) if g not in seen else "", lab]
            seen.add(g)
        if k in shift:
            while row and row[0] == "":
                row.pop(0)
        L.append("\t".join(row) + "\t" + v + "\t")
    L.append("")
    L.append("#### 四、政府信息公开行政复议、行政诉讼情况")
    L.append("")
    t4 = [num(v, opt) for v in ds["t4"]]
    L.append("行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t")
    L.append("结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t")
    L.append("\t\t\t\t\t" + "\t".join(["结果 维持", "结果 纠正", "其他 结果", "尚未 审结", "总计"] * 2))
    L.append("\t".join(t4))
    L.append("")
    for t in prose(ds, "problems") + prose(ds, "other"):
        L.append(("#### " if t[1:2] == "、" else "") + t)
        L.append("")
    return "\n".join(L) + "\n"


# ----------------------------------------------------------------- pipes

def pipes(ds, opt):
    """Markdown tables (style=md: header separator |---|), or the wendeng
    page's `cell  | ` rows (style=wendeng)."""
    md = opt.get("pipe_style", "md") == "md"
    keys = rows(ds["format"])
    cells = dict(t3_cells(ds, opt))
    cols = col_headers(opt)

    def row(cs):
        if md:
            return "| " + " | ".join(cs) + " |"
        return "".join(c + "  | " for c in cs).rstrip()

    L = [title_text(ds, opt), ""]
    for t in prose(ds, "intro") + prose(ds, "overview"):
        L += [t, ""]
    L += ["二、主动公开政府信息情况", ""]
    spec = T2_2021 if ds["t2_format"] == 2021 else T2_2019
    for art, heads, items in spec:
        if md:
            L.append(art)
            L.append("")
            L.append(row(["信息内容"] + heads))
            L.append(row(["---"] * (1 + len(heads))))
            for item, ks in items:
                L.append(row([item] + [ds["t2"][k][0] for k in ks]))
            L.append("")
        else:
            L.append(art + "  | |||")
            L.append(row(["信息内容"] + heads))
            for item, ks in items:
                L.append(row([item] + [ds["t2"][k][0] for k in ks]))
    L += ["三、收到和处理政府信息公开申请情况", ""]
    orgs = cols[1:6]
    if opt.get("subtotal"):
        orgs = ["法人或其他组织 小计"] + orgs
    hdr = ["", cols[0]] + orgs + [cols[6]]
    if opt.get("extra_col"):
        hdr.append("")
    L.append(row(hdr))
    if md:
        L.append(row(["---"] * len(hdr)))
    for k in keys:
        lab = label(k, opt)
        if opt.get("pipe_group_prefix") and k in GROUP_OF:
            lab = group_label(GROUP_OF[k], opt) + lab
        L.append(row([lab] + cells[k]))
    L.append("")
    L += ["四、政府信息公开行政复议、行政诉讼情况", ""]
    t4 = [num(v, opt) for v in ds["t4"]]
    h1 = ["行政复议"] + [""] * 4 + ["行政诉讼"] + [""] * 9
    h2 = [""] * 5 + ["未经复议直接起诉"] + [""] * 4 + ["复议后起诉"] + [""] * 4
    h3 = T4_COLS * 3
    L.append(row(h1))
    if md:
        L.append(row(["---"] * 15))
    L.append(row(h2))
    L.append(row(h3))
    L.append(row(t4))
    L.append("")
    for t in prose(ds, "problems") + prose(ds, "other"):
        L += [t, ""]
    return "\n".join(L) + "\n"


# ------------------------------------------------------------ cell per line

def cell_per_line(ds, opt):
    """One cell per line with a blank line between cells (the hebao and
    tianmen pages); stray leading spaces before some numbers."""
    keys = rows(ds["format"])
    cells = dict(t3_cells(ds, opt))
    cols = col_headers(opt)
    indent = opt.get("indent", ["", " ", "  "])
    n = [0]

    def cell(s):
        n[0] += 1
        return [indent[n[0] % len(indent)] + s if s[:1].isdigit() else s, ""]

    L = []
    if opt.get("pre_title"):
        L += [opt["pre_title"], ""]
    L += [title_text(ds, opt), ""]
    for t in prose(ds, "intro") + prose(ds, "overview"):
        L += [t, ""]
    L += ["二、主动公开政府信息情况", ""]
    spec = T2_2021 if ds["t2_format"] == 2021 else T2_2019
    for art, heads, items in spec:
        L += [art, ""]
        L += cell("信息内容")
        for h in heads:
            L += cell(h)
        for item, ks in items:
            L += cell(item)
            for k in ks:
                L += cell(ds["t2"][k][0])
    L += ["三、收到和处理政府信息公开申请情况", ""]
    L += cell(NOTE)
    L += cell("申请人情况")
    L += cell(cols[0])
    L += cell("法人或其他组织")
    L += cell(cols[6])
    for c in cols[1:6]:
        L += cell(c)
    seen = set()
    first = True
    for k in keys:
        if k not in ("new_received", "carried_over", "carried_forward", "total_processed"):
            if first:
                L += cell(OUTCOMES)
                first = False
            g = GROUP_OF.get(k)
            if g is not None and g not in seen:
                seen.add(g)
                L += cell(group_label(g, opt))
        L += cell(label(k, opt))
        for v in cells[k]:
            L += cell(v)
    L += ["四、政府信息公开行政复议、行政诉讼情况", ""]
    for h in ["行政复议", "行政诉讼"] + T4_COLS + ["未经复议直接起诉", "复议后起诉"] + T4_COLS * 2:
        L += cell(h)
    for v in ds["t4"]:
        L += cell(num(v, opt))
    for t in prose(ds, "problems") + prose(ds, "other"):
        L += [t, ""]
    return "\n".join(L) + "\n"


# ------------------------------------------------------- run-together text

def run_together(ds, opt):
    """An archiver's page text (pingtan-2021-flattened.txt): a header block,
    then the whole page on one line, every row's cells glued to its label.
    opt["row_text"]: key -> the digits as printed (hand-made variants);
    opt["t4_text"], opt["t2_text"]: the same for tables 四 and 二."""
    keys = rows(ds["format"])
    t3 = dict(zip(keys, ds["t3"]))
    row_text = opt.get("row_text", {})
    y = ds["year"]
    title = title_text(ds, opt)
    head = ["标题: " + title,
            "发布时间: %d-02-08 16:34" % (y + 1),
            "文号: ",
            "发布机构: ",
            "栏目: 政府信息公开年报",
            "原文链接: https://www.example.gov.cn/zwgk/zfxxgk/zfxxgknb/%d02/t%d0208_80613.htm" % (y + 1, y + 1),
            "页面链接与图片详见 links.tsv(同目录)",
            "==================== 正文 ===================="]
    s = []
    s.append("当前位置： 首页政务公开政府信息公开政府信息公开年报 %s 来源：%s 时间：%d-02-08 16:34 "
             "微信 微博 QQ空间 全真版 文字版 文件下载 相关链接： --> " % (title, ds["organ"], y + 1))
    s += prose(ds, "intro")
    s += prose(ds, "overview")
    s.append("二、主动公开政府信息情况 ")
    spec = T2_2021 if ds["t2_format"] == 2021 else T2_2019
    t2_text = opt.get("t2_text", {})
    for art, heads, items in spec:
        s.append(art + "信息内容" + "".join(heads))
        for item, ks in items:
            s.append(item + t2_text.get(item, "".join(ds["t2"][k][0] for k in ks)))
    s.append("三、收到和处理政府信息公开申请情况" + NOTE + "申请人情况自然人法人或其他组织总计 商业企业科研机构社会公益组织法律服务机构其他")
    seen = set()
    first = True
    for k in keys:
        lab = label(k, opt)
        if k not in ("new_received", "carried_over", "carried_forward", "total_processed"):
            if first:
                s.append(OUTCOMES)
                first = False
            g = GROUP_OF.get(k)
            if g is not None and g not in seen:
                seen.add(g)
                s.append(group_label(g, opt))
        digits = row_text.get(k, "".join(str(v) for v in t3[k]))
        s.append(lab + digits)
    s.append(" 四、政府信息公开行政复议、行政诉讼情况 行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计"
             "未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计")
    s.append(opt.get("t4_text", "".join(str(v) for v in ds["t4"])))
    s += prose(ds, "problems")
    s += prose(ds, "other")
    s.append(" 附件下载")
    line = "".join(s)
    return "\n".join(head) + "\n" + line + "\n"
