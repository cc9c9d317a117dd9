#!/usr/bin/env python3
"""Make test/data/corpus: every input and its expectation.

    python3 test/data/corpus/make/make_corpus.py [name-prefix ...]

Run from the repository root.  Needs (only here, never for make unit):
chromium, pandoc, libreoffice-writer, poppler-utils, fonts-noto-cjk.  The
PDFs and Word files are made in a temporary directory and not kept; what
is committed is the text the parser reads.

The numbers come from datasets.py (written by hand, sources stated there);
an input's expectation is its dataset after the edits its entry names.  The
parser is never run here.
"""

import copy
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import datasets as D  # noqa: E402
import judge  # noqa: E402
import model  # noqa: E402
import render as R  # noqa: E402

OUT = os.path.dirname(HERE)
BUILD = None		# a temporary directory, made by main()

# ------------------------------------------------------------ transforms
# A transform changes what is printed, so the expectation follows it.


def zeros_blank(ds):
    """Zeros printed as empty cells (the shanghai page's &nbsp;)."""
    ds["t3"] = [[None if v == 0 else v for v in r] for r in ds["t3"]]
    ds["t4"] = [None if v == 0 else v for v in ds["t4"]]
    ds["unbalanced_ok"] = True
    return ds


def set_cell(key, col, value):
    def f(ds):
        i = D.rows(ds["format"]).index(key)
        ds["t3"][i][col] = value
        ds["unbalanced_ok"] = True
        return ds
    return f


def blank_totals_except(keep):
    """The 总计 column printed only in the rows keep (shanghai)."""
    def f(ds):
        for i, k in enumerate(D.rows(ds["format"])):
            if k not in keep:
                ds["t3"][i][6] = None
        ds["unbalanced_ok"] = True
        return ds
    return f


def set_year(year):
    """The same numbers in another year's report (a body keeping last
    year's template)."""
    def f(ds):
        ds["year"] = year
        return ds
    return f


def chain(*fs):
    def f(ds):
        for g in fs:
            ds = g(ds)
        return ds
    return f


# --------------------------------------------------------------- tools

def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def chromium_pdf(html, pdf):
    prof = tempfile.mkdtemp(prefix="gd-chromium-", dir=BUILD)
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--user-data-dir=" + prof, "--no-pdf-header-footer", "--print-to-pdf=" + pdf, "file://" + html])


def soffice(src, target, outdir, infilter=None):
    prof = tempfile.mkdtemp(prefix="gd-lo-", dir=BUILD)
    cmd = ["soffice", "-env:UserInstallation=file://" + prof, "--headless"]
    if infilter:
        cmd.append("--infilter=" + infilter)
    cmd += ["--convert-to", target, "--outdir", outdir, src]
    run(cmd)


def pdftotext(pdf, layout=True):
    cmd = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [pdf, "-"]
    return subprocess.run(cmd, check=True, capture_output=True).stdout.decode("utf-8")


def pdf_of(entry, html_text):
    """The PDF an entry's route makes from its HTML page."""
    name = entry["name"]
    d = os.path.join(BUILD, name)
    os.makedirs(d, exist_ok=True)
    html = os.path.join(d, "page.html")
    with open(html, "w", encoding="utf-8") as f:
        f.write(html_text)
    route = entry["route"]
    if route == "chromium":
        pdf = os.path.join(d, "page.pdf")
        chromium_pdf(html, pdf)
        return pdf
    if route == "pandoc":
        docx = os.path.join(d, "page.docx")
        run(["pandoc", html, "-o", docx])
        soffice(docx, "pdf", d)
        return os.path.join(d, "page.pdf")
    if route == "lo-docx":
        soffice(html, 'docx:MS Word 2007 XML', d, infilter="HTML (StarWriter)")
        sub = os.path.join(d, "docx")
        os.makedirs(sub, exist_ok=True)
        soffice(os.path.join(d, "page.docx"), "pdf", sub)
        return os.path.join(sub, "page.pdf")
    if route == "lo-direct":
        soffice(html, "pdf:writer_pdf_Export", d, infilter="HTML (StarWriter)")
        return os.path.join(d, "page.pdf")
    raise ValueError(route)


# ------------------------------------------------------------- catalogue

CSS_A4 = "@page { size: A4; margin: 2.5cm 2cm; }\nbody { font-size: 16px; }"
CSS_A5_NARROW = ("@page { size: A5; margin: 1.2cm; }\nbody { font-size: 13px; }\n"
                 "table { width: 100%; }\ntd { padding: 1px; }")
CSS_LANDSCAPE = "@page { size: A4 landscape; margin: 1cm; }\nbody { font-size: 11px; }\ntd { padding: 3px 8px; }"
CSS_LETTER_BIG = "@page { size: letter; margin: 2cm; }\nbody { font-size: 18px; line-height: 1.6; }"
CSS_B5 = "@page { size: B5; margin: 2cm 1.5cm; }\nbody { font-size: 14px; }\ntd:first-child { width: 9em; }"
# the shanghai markup's nowrap cells would run off the page: let them wrap
CSS_WRAP = "@page { size: A4; margin: 2cm; }\nbody { font-size: 14px; }\ntd { white-space: normal; }"
CSS_WRAP_PAD = "@page { size: A4; margin: 1.5cm; }\nbody { font-size: 13px; }\ntd { white-space: normal; padding: 6px; }"
# enough prose before table 三 that the page ends inside it
CSS_BREAK = "@page { size: A4; margin: 2cm; }\nbody { font-size: 16px; line-height: 1.8; }\ntr { page-break-inside: avoid; }"

MARKERS = ["—", "/", "无", "-", ""]


def cycle_markers(r, c):
    return MARKERS[(r + c) % len(MARKERS)]


def cycle_t4_markers(i):
    return MARKERS[i % (len(MARKERS) - 1)]


def every_fourth_empty(r, c):
    """— in most blank cells, nothing in one of every four."""
    return "" if (r + c) % 4 == 0 else "—"


WORDING = {
    "new_received": "一、本年新收 政府信息公开 申请数量",
    "withheld_prohibited_by_law": "2.其他法律和行政法规禁止公开",
    "withheld_enforcement_file": "7.属于行政执法案件",
    "other_no_supplement": "1.申请人无正当理由逾期不补正、行政机关不再受理其政府信息公开申请",
    "other_unpaid_fee": "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再受理其政府信息公开申请",
    "unavailable_not_held": "1. 本机关不掌握相关政府信息",
    "carried_forward": "四、结转下年度 继续办理",
}
WORDING_2019 = {
    "new_received": "一、本年新收政府信息公开申请数量",
    "withheld_prohibited_by_law": "2.其他法律和行政法规禁止公开",
    "withheld_enforcement_file": "7.属于行政执法案件",
    "not_processed_complaint": "1. 信访举报投诉类申请",
}

# The two rows of qinghe-2022 that print the same digits "101000011" and so
# cannot be told apart (one is 10,1,…; the other 1,0,10,…).
AMBIGUOUS_ROWS = dict(withheld_third_party=[10, 1, 0, 0, 0, 0],
                      withheld_process_info=[1, 0, 10, 0, 0, 0])

E = []


def add(name, layout, ds, kind, how, **kw):
    e = dict(name=name, layout=layout, ds=ds, kind=kind, how=how, expect="exact")
    e.update(kw)
    E.append(e)


# --- structured: HTML pages ---------------------------------------------
add("h01-qinghe-2022-word-html", "structured-html", "qinghe2022", "html",
    "Word-exported HTML like test/data/pingtan-2025.html (<td><p style=…>, rowspan groups)",
    opt=dict())
add("h02-beitang-2019-nbsp-total-blank", "structured-html", "beitang2019", "html",
    "2019 format in the shanghai page's markup (nowrap widths, <p align=center>); zeros printed &nbsp;, "
    "总计 column blank except rows 一, 二, （七）, 四",
    opt=dict(html_style="shanghai", blank="&nbsp;"),
    transform=chain(zeros_blank, blank_totals_except(["new_received", "carried_over", "total_processed",
                                                      "carried_forward"])))
add("h03-lanwan-2023-blank-markers", "structured-html", "lanwan2023", "html",
    "blank cells printed —, /, 无, - and empty in turn; table 二 with 2笔 and 984361元",
    opt=dict(blank=cycle_markers))
add("h04-qinghejoint-2023-subtotal", "structured-html", "qinghejoint2023", "html",
    "a 小计 column first under 法人或其他组织; organ with 、; 1.2亿元 fees",
    opt=dict(subtotal=True))
add("h05-pingtan-2025-extra-col-heji", "structured-html", "pingtan2025", "html",
    "an extra empty column at the right; 合计 for 总计 (column header, （七）合计, table 四)",
    opt=dict(extra_col=True, heji=True))
add("h06-huaian-2024-wording", "structured-html", "huaian2024", "html",
    "wording variants: 案件 for 案卷, 不再受理 for 不再处理, 其他法律和行政法规禁止公开, stray spaces in labels",
    opt=dict(labels=WORDING))
add("h07-qinghejoint-2023-split-header", "structured-html", "qinghejoint2023", "html",
    "table 三 split in two tables before row （四）2 with the header repeated and a page number between "
    "(a PDF-to-HTML conversion's page break); merged labels re-emitted",
    opt=dict(split_before="unavailable_needs_creation", split_relabel=True,
             between_parts='<p style="text-align: center;">- 4 -</p>'))
add("h08-shiling-2024-onecol-halfwidth", "structured-html", "shiling2024", "html",
    "one label cell per row (no rowspan), half-width brackets (一), title with 二〇二四年",
    opt=dict(structure="onecol", brackets="half",
             title="石岭乡人民政府二〇二四年政府信息公开工作年度报告"))
add("h09-hongqi-2024-chrome-guanyu", "structured-html", "hongqi2024", "html",
    "site chrome and breadcrumbs (当前位置：首页>政务公开>…) before a title 「…人民政府关于2024年度…」",
    opt=dict(chrome="红旗区人民政府", title="红旗区人民政府关于2024年度政府信息公开工作年度报告"))
add("h10-beitang-2019-fullwidth-digits", "structured-html", "beitang2019", "html",
    "full-width digits in every cell and in the title (２０１９年)",
    opt=dict(fullwidth_digits=True, title="北塘镇人民政府２０１９年政府信息公开工作年度报告"))
add("h11-shanghai-2019-rerendered", "structured-html", "shanghai2019", "html",
    "the shanghai 2019 numbers (blank cells and blank 总计 as printed) in its markup, prose made shorter",
    opt=dict(html_style="shanghai", blank="&nbsp;"))
add("h12-qinghe-2022-wrong-total", "structured-html", "qinghe2022", "html",
    "row （一）予以公开 prints 总计 60 where its cells sum to 59: read as printed, never repaired",
    opt=dict(), transform=set_cell("granted", 6, 60))
add("h13-fengyuan-2020-truncated", "structured-html", "fengyuan2020", "html",
    "the page cut inside table 三 (after row （五）2): refused, incomplete",
    opt=dict(truncate_after="2.重复申请"), expect="refused", refusal="incomplete")

add("h14-lanwan-2023-label-comma-organ", "structured-html", "lanwan2023", "html",
    "a 标题： label before the title; a joint organ with ， (澜湾区统计局，澜湾区农村社会经济调查队); "
    "blanks as empty cells",
    opt=dict(title="标题：澜湾区统计局，澜湾区农村社会经济调查队2023年政府信息公开工作年度报告"),
    organ="澜湾区统计局，澜湾区农村社会经济调查队")

# --- structured: tab-separated, pipes, one cell per line ----------------
add("t01-qinghejoint-2023-tsv", "structured-tsv", "qinghejoint2023", "tsv",
    "seed-like tab-separated text (merged cells flattened; rows 5. and （六） shifted left); organ with 、",
    opt=dict(brackets="half", shift_left=["not_processed_confirmation", "other_no_supplement"]))
add("t02-fengyuan-2020-tsv", "structured-tsv", "fengyuan2020", "tsv",
    "2019 format, tab-separated, half-width brackets, wording variants",
    opt=dict(brackets="half", labels=WORDING_2019))
add("t03-huaian-2024-tsv-fullwidth", "structured-tsv", "huaian2024", "tsv",
    "tab-separated with GB full-width brackets （一） and 合计 for 总计",
    opt=dict(heji=True))
add("t04-fengyuan-2021-old-rowset-tsv", "structured-tsv", "fengyuan2020", "tsv",
    "a 2021 report still printing the 2019 row set (one （六）其他处理 row): format 2019 from the table",
    opt=dict(), transform=set_year(2021))
add("p01-lanwan-2023-markdown", "structured-pipes", "lanwan2023", "pipes",
    "Markdown tables; blanks — / 无 in turn; table 二 with 2笔 and 984361元",
    opt=dict(pipe_style="md", blank=cycle_markers))
add("p02-beitang-2019-wendeng-pipes", "structured-pipes", "beitang2019", "pipes",
    "the wendeng page's `cell  | ` rows; 2019 table 二 with signed 本年增/减 (-3, +2)",
    opt=dict(pipe_style="wendeng"))
add("p03-qinghejoint-2023-markdown-subtotal", "structured-pipes", "qinghejoint2023", "pipes",
    "Markdown with a 法人或其他组织 小计 column and group names glued before the row labels",
    opt=dict(pipe_style="md", subtotal=True, pipe_group_prefix=True))
add("p04-lanwan-2023-collapsed", "structured-pipes", "lanwan2023", "pipes",
    "wendeng-style pipes with the empty cells dropped (the nanhu page): positions lost, refused",
    opt=dict(pipe_style="wendeng", collapse_blank=True), expect="refused")
add("c01-qinghe-2022-cell-per-line", "structured-cells", "qinghe2022", "cells",
    "one cell per line, blank lines between, stray leading spaces (the hebao and tianmen pages)",
    opt=dict())
add("c02-fengyuan-2020-cell-per-line", "structured-cells", "fengyuan2020", "cells",
    "2019 format one cell per line, after a breadcrumb line 当前位置:… > 政府信息公开年报",
    opt=dict(pre_title="当前位置:首页 > 政务公开 > 部门信息公开 > 丰源市交通运输局 > 政府信息公开年报"))

# --- PDFs printed by a browser ------------------------------------------
add("b01-qinghe-2022-chromium-a4", "pdf-browser", "qinghe2022", "pdf",
    "h01's page, A4, 16px", route="chromium", opt=dict(css=CSS_A4))
add("b02-huaian-2024-chromium-a5-narrow", "pdf-browser", "huaian2024", "pdf",
    "A5, 13px, table at 100% width: header words stacked, labels wrapped", route="chromium",
    opt=dict(css=CSS_A5_NARROW))
add("b03-qinghejoint-2023-chromium-pagebreak", "pdf-browser", "qinghejoint2023", "pdf",
    "A4, line-height 1.8, rows kept whole: the page ends inside table 三", route="chromium",
    opt=dict(css=CSS_BREAK))
add("b04-lanwan-2023-chromium-landscape", "pdf-browser", "lanwan2023", "pdf",
    "A4 landscape, 11px; blank markers — / 无 - and empty; table 四's totals empty: which of its cells are "
    "empty cannot be told from its one line, refused", route="chromium",
    opt=dict(css=CSS_LANDSCAPE, blank=cycle_markers), expect="refused", refusal="table 四")
add("b05-beitang-2019-chromium-total-blank", "pdf-browser", "beitang2019", "pdf",
    "h02's page (2019, &nbsp; zeros, 总计 blank), A4, 14px, cells allowed to wrap (td { white-space: normal }); "
    "table 四 with 6 empty cells on one line: refused",
    route="chromium", opt=dict(css=CSS_WRAP, html_style="shanghai", blank="&nbsp;"),
    transform=chain(zeros_blank, blank_totals_except(["new_received", "carried_over", "total_processed",
                                                      "carried_forward"])), expect="refused")
add("b06-shanghai-2019-chromium", "pdf-browser", "shanghai2019", "pdf",
    "h11's page (shanghai numbers), A4, 13px, 6px cell padding, cells allowed to wrap; table 四 with 9 empty "
    "cells on one line: refused", route="chromium",
    opt=dict(css=CSS_WRAP_PAD, html_style="shanghai", blank="&nbsp;"), expect="refused")
add("b07-pingtan-2025-chromium-letter-18px", "pdf-browser", "pingtan2025", "pdf",
    "Letter, 18px, line-height 1.6: labels wrap over two or three lines", route="chromium",
    opt=dict(css=CSS_LETTER_BIG))
add("b08-fengyuan-2020-chromium-b5-subtotal", "pdf-browser", "fengyuan2020", "pdf",
    "B5, first column 9em, a 小计 column (2019 format)", route="chromium",
    opt=dict(css=CSS_B5, subtotal=True))
add("b09-shiling-2024-chromium-onecol", "pdf-browser", "shiling2024", "pdf",
    "h08's page (one label column, half-width brackets, 二〇二四年), A4", route="chromium",
    opt=dict(css=CSS_A4, structure="onecol", brackets="half",
             title="石岭乡人民政府二〇二四年政府信息公开工作年度报告"))
add("b10-hongqi-2024-chromium-stacked", "pdf-browser", "hongqi2024", "pdf",
    "A5 narrow with the org headers split over two lines (商业<br>企业), site chrome", route="chromium",
    opt=dict(css=CSS_A5_NARROW, stacked_headers=True, chrome="红旗区人民政府"))
add("b12-lanwan-2023-chromium-landscape-t4-marked", "pdf-browser", "lanwan2023", "pdf",
    "b04 with table 四's blank cells all printed with a marker: table 三's empty cells among markers, "
    "placed by the positions of the rows around them", route="chromium",
    opt=dict(css=CSS_LANDSCAPE, blank=cycle_markers, t4_blank=cycle_t4_markers))
add("b13-huaian-2024-chromium-a4-empty-cells", "pdf-browser", "huaian2024", "pdf",
    "huaian's zeros printed —, one blank cell in four printed empty; its 4-digit counts in A4 columns "
    "that pdftotext sets 2 or 3 characters apart", route="chromium",
    opt=dict(css=CSS_A4, blank=every_fourth_empty, t4_blank="—"), transform=zeros_blank)
add("b11-qinghe-2022-chromium-raw", "pdf-browser", "qinghe2022", "pdf",
    "b01's PDF through plain pdftotext (no -layout): refused, with a hint to use -layout", route="chromium",
    opt=dict(css=CSS_A4), raw=True, expect="refused", refusal="-layout")

# --- PDFs made by word processors ---------------------------------------
add("w01-qinghe-2022-pandoc-lo", "pdf-word", "qinghe2022", "pdf",
    "pandoc page.html -o x.docx; soffice --convert-to pdf", route="pandoc", opt=dict())
add("w02-huaian-2024-lo-docx", "pdf-word", "huaian2024", "pdf",
    "soffice --infilter='HTML (StarWriter)' --convert-to docx, then the .docx to pdf", route="lo-docx",
    opt=dict())
add("w03-fengyuan-2020-lo-direct", "pdf-word", "fengyuan2020", "pdf",
    "soffice --infilter='HTML (StarWriter)' --convert-to pdf (2019 format)", route="lo-direct", opt=dict())
add("w04-qinghejoint-2023-lo-pagebreak", "pdf-word", "qinghejoint2023", "pdf",
    "Word route with 18px text and line-height 2: the page ends inside table 三", route="lo-docx",
    opt=dict(css="body { font-size: 18px; line-height: 2; } p { margin: 0.6em 0; }"))
add("w05-beitang-2019-pandoc-lo", "pdf-word", "beitang2019", "pdf",
    "pandoc + soffice, 2019 format with signed 本年增/减", route="pandoc", opt=dict())
add("w06-lanwan-2023-lo-docx-blanks", "pdf-word", "lanwan2023", "pdf",
    "Word route of the blank-marker page (—, /, 无, -, empty); table 四's totals empty: refused as b04",
    route="lo-docx", opt=dict(blank=cycle_markers), expect="refused", refusal="table 四")
add("w07-hongqi-2024-pandoc-lo-chrome", "pdf-word", "hongqi2024", "pdf",
    "pandoc + soffice of the page with site chrome and a 「…关于2024年度…」 title", route="pandoc",
    opt=dict(chrome="红旗区人民政府", title="红旗区人民政府关于2024年度政府信息公开工作年度报告"))
add("w08-pingtan-2025-lo-direct-heji", "pdf-word", "pingtan2025", "pdf",
    "soffice HTML to pdf of h05's page (extra column, 合计)", route="lo-direct",
    opt=dict(extra_col=True, heji=True))
add("w09-shiling-2024-lo-docx-fullwidth", "pdf-word", "shiling2024", "pdf",
    "Word route, full-width digits in cells and title (石岭乡人民政府２０２４年…)", route="lo-docx",
    opt=dict(fullwidth_digits=True, title="石岭乡人民政府２０２４年政府信息公开工作年度报告"))
add("w11-lanwan-2023-lo-docx-t4-marked", "pdf-word", "lanwan2023", "pdf",
    "w06 with table 四's blank cells all printed with a marker", route="lo-docx",
    opt=dict(blank=cycle_markers, t4_blank=cycle_t4_markers))
add("w10-huaian-2024-lo-docx-raw", "pdf-word", "huaian2024", "pdf",
    "w02's PDF through plain pdftotext (no -layout): refused, with a hint to use -layout", route="lo-docx",
    opt=dict(), raw=True, expect="refused", refusal="-layout")

# --- archivers' run-together text ---------------------------------------
add("r01-qinghe-2022-flat", "run-together", "qinghe2022", "flat",
    "pingtan-2021-flattened's form: header block, the page on one line, cells glued to labels",
    opt=dict())
add("r02-hongqi-2024-flat-ideographic-space", "run-together", "hongqi2024", "flat",
    "U+3000 and NBSP at cell boundaries inside the runs of rows 一, （一） and （七）",
    opt=dict(row_text=dict(new_received="16\u30000000\u00a04 20", granted="6\u00a0000 04 10",
                           total_processed="1600004\u300020")))
add("r03-shiling-2024-flat-zero-rows", "run-together", "shiling2024", "flat",
    "rows of zeros \"0000000\", a stray space inside runs (\"000 0000\", \"300000 3\")",
    opt=dict(row_text=dict(carried_over="000 0000", granted="300000 3", withheld_third_party="0000 000")))
add("r04-pingtan-2025-flat-glued-item", "run-together", "pingtan2025", "flat",
    "the item number glued to the previous row's last digit after a space (\"300000 33.补正…\")",
    opt=dict(row_text=dict(unavailable_needs_creation="300000 3")))
add("r05-huaian-2024-flat", "run-together", "huaian2024", "flat",
    "huaian's numbers (up to 4 digits) run together; table 四's last block \"12116 20\" reads 12,1,1,6 / "
    "1,2,11,6 / 1,2,1,16: ambiguous, refused",
    opt=dict(), expect="refused")
add("r06-beitang-2019-flat", "run-together", "beitang2019", "flat",
    "2019 format (23 rows, one （六） row); table 二 items glued with signed 本年增/减: \"52-31290\" has 4 "
    "readings (not stated), \"4-2\" one (4, -2); \"14984361元\" has 7 (not stated)",
    opt=dict())
add("r07-qinghe-2022-flat-ambiguous", "run-together", "qinghe2022", "flat",
    "two rows print the same digits \"101000011\" (10,1,0,… and 1,0,10,…): no unique reading, refused",
    opt=dict(), leaves=AMBIGUOUS_ROWS, expect="refused")
add("r08-shiling-2024-flat-wrong-total", "run-together", "shiling2024", "flat",
    "row （一）予以公开 printed \"3000004\": its total 4 is not the sum 3; refused, not repaired",
    opt=dict(row_text=dict(granted="3000004")), expect="refused")
add("r09-qinghe-2022-flat-wrong-total-resplit", "run-together", "qinghe2022", "flat",
    "row （一）予以公开 printed with 总计 50 for 59 (\"467103250\"): the only reading that balances the row, "
    "4,6,7,1,0,32,50, breaks the columns (B); refused, not repaired",
    opt=dict(row_text=dict(granted="467103250")), expect="refused")
add("r10-fengyuan-2020-flat-title-label", "run-together", "fengyuan2020", "flat",
    "2019 format; the title from the header's 标题: line and the page; \"231.2亿元\" (23 projects, 1.2亿元) "
    "has 2 readings: not stated", opt=dict())
add("r11-huaian-2024-flat-spaced-appeals", "run-together", "huaian2024", "flat",
    "r05 with table 四's last block printed \"12 1 1 6 20\" (spaces kept by the archiver): one reading; "
    "table 二 runs such as \"82666\" have no unique split",
    opt=dict(t4_text="7264178373511348126 12 1 1 6 20"))



# ------------------------------------------------------------- building

def dataset(e):
    ds = copy.deepcopy(D.ALL[e["ds"]])
    if e.get("leaves"):
        ds.pop("t3", None)
        ds["leaves"].update(e["leaves"])
    ds = model.complete(ds)
    if e.get("transform"):
        ds = e["transform"](ds)
        model.check(ds)
    return ds


def collapse_blank_pipes(text):
    """Drop the empty cells of table 三's rows (the nanhu page)."""
    out = []
    in_t3 = False
    for line in text.split("\n"):
        if line.startswith("三、收到和处理"):
            in_t3 = True
        elif line.startswith("四、政府信息公开"):
            in_t3 = False
        if in_t3 and "|" in line:
            cells = [c.strip() for c in line.split("|")]
            cells = [c for c in cells if c not in ("", "—", "/", "无", "-")]
            line = "".join(c + "  | " for c in cells).rstrip()
        out.append(line)
    return "\n".join(out)


def kind_of(key):
    if key.endswith("_change"):
        return "signed"
    if key in ("fees_collected", "procurement_amount"):
        return "money"
    return "count"


def flat_expectation(e, ds):
    """The expectation of a run-together input, from judge.py: (dataset as
    it can be read, or None when it cannot; why, in words)."""
    keys = D.rows(ds["format"])
    opt = e["opt"]
    row_text = {k: opt.get("row_text", {}).get(k, "".join(str(v) for v in r))
                for k, r in zip(keys, ds["t3"])}
    t3, why = judge.table3(row_text, keys)
    if t3 is None:
        return None, "table 三: " + why
    ds["t3"] = [t3[k] for k in keys]
    t4 = judge.table4(opt.get("t4_text", "".join(str(v) for v in ds["t4"])))
    if len(t4) != 1:
        return None, "table 四: %d readings" % len(t4)
    ds["t4"] = t4[0]
    notes = []
    spec = R.T2_2021 if ds["t2_format"] == 2021 else R.T2_2019
    for _, _, items in spec:
        for item, ks in items:
            printed = [ds["t2"][k][0] for k in ks]
            text = "".join(printed)
            ways = judge.item(text, [kind_of(k) for k in ks])
            if len(ways) == 1:
                unit_free = [p.rstrip("元万亿笔件") for p in printed]
                assert ways[0] == unit_free, (item, ways, printed)
                continue
            notes.append("table 二 %s \"%s\": %d readings, not stated" % (item, text, len(ways)))
            for k in ks:
                ds["t2"][k] = (ds["t2"][k][0], None)
    return ds, "; ".join(notes)


def pdf_t4_judgement(e, ds, opt):
    """A PDF's table 四 with empty cells has to be read from its one line of
    text: judge.py says whether it can be; the entry must expect that."""
    printed = ["" if c in ("", "&nbsp;") else c for c in R.t4_printed(ds, opt)]
    if "" not in printed:
        return ""
    ways = judge.table4_printed(printed)
    note = "table 四 prints %d empty cells on its one line: %d reading%s of where its numbers stand" % (
        printed.count(""), len(ways), "" if len(ways) == 1 else "s")
    if (len(ways) == 1) != (e["expect"] == "exact"):
        raise SystemExit("%s: expected %s, but %s" % (e["name"], e["expect"], note))
    return "\n" + note


def build(e):
    ds = dataset(e)
    opt = dict(e["opt"])
    kind = e["kind"]
    ext = ".txt"
    why = e["how"]
    if kind == "html":
        text = R.html_page(ds, opt)
        ext = ".html"
        if opt.get("truncate_after"):
            cut = text.index(opt["truncate_after"])
            text = text[:text.index("</tr>", cut) + 5]
    elif kind == "tsv":
        text = R.tsv(ds, opt)
    elif kind == "pipes":
        text = R.pipes(ds, opt)
        if opt.get("collapse_blank"):
            text = collapse_blank_pipes(text)
    elif kind == "cells":
        text = R.cell_per_line(ds, opt)
    elif kind == "flat":
        text = R.run_together(ds, opt)
        if e["expect"] == "exact":
            ds, note = flat_expectation(e, ds)
            if ds is None:
                raise SystemExit("%s: expected exact, but %s" % (e["name"], note))
            if note:
                why += "\n" + note
        else:
            got, note = flat_expectation(e, copy.deepcopy(ds))
            if got is not None:
                raise SystemExit("%s: expected refused, but the digits have one reading" % e["name"])
            why += "\n" + note
    elif kind == "pdf":
        pdf = pdf_of(e, R.html_page(ds, opt))
        text = pdftotext(pdf, layout=not e.get("raw"))
        if not e.get("raw"):
            why += pdf_t4_judgement(e, ds, opt)
    else:
        raise ValueError(kind)
    with open(os.path.join(OUT, e["name"] + ext), "w", encoding="utf-8") as f:
        f.write(text)
    e2 = dict(e)
    e2["why"] = why
    model.write_expected(os.path.join(OUT, e["name"] + ".expected"), e["name"], e2, ds)
    return ext


ROUTES = {
    "chromium": "chromium --headless … --print-to-pdf; pdftotext -layout",
    "pandoc": "pandoc page.html -o page.docx; soffice --convert-to pdf page.docx; pdftotext -layout",
    "lo-docx": "soffice --infilter='HTML (StarWriter)' --convert-to docx; soffice --convert-to pdf; pdftotext -layout",
    "lo-direct": "soffice --infilter='HTML (StarWriter)' --convert-to pdf; pdftotext -layout",
}


def listing():
    """One line per input, for README.md."""
    for e in E:
        ext = ".html" if e["kind"] == "html" else ".txt"
        route = ""
        if e["kind"] == "pdf":
            route = " [%s%s]" % (ROUTES[e["route"]].replace("pdftotext -layout", "pdftotext") if e.get("raw")
                                 else ROUTES[e["route"]], "" if not e["opt"].get("css") else
                                 "; CSS `%s`" % e["opt"]["css"].replace("\n", " "))
        print("| `%s%s` | %s | %s | %s%s |" % (e["name"], ext, e["layout"], e["ds"], e["how"], route))


def main():
    if sys.argv[1:] == ["--list"]:
        listing()
        return
    global BUILD
    want = sys.argv[1:]
    BUILD = tempfile.mkdtemp(prefix="gd-corpus-")
    names = set()
    for e in E:
        assert e["name"] not in names, e["name"]
        names.add(e["name"])
        if want and not any(e["name"].startswith(w) for w in want):
            continue
        ext = build(e)
        print("made", e["name"] + ext)
    shutil.rmtree(BUILD, ignore_errors=True)


if __name__ == "__main__":
    main()
