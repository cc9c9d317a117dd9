"""The numbers of the corpus, written by hand.

Every dataset says where its numbers come from.  Two kinds:

- transcribed: copied by hand from a real report (the hand-transcribed
  shared/reports/*.expected.json, or the seed read off its text); every cell
  as printed, None where the report leaves the cell empty;
- made up: the leaf cells (the six applicant columns of every outcome row,
  of 二、上年结转 and of 四、结转下年度) chosen by hand; the 总计 column,
  （七）总计 and 一、本年新收 are then computed by make_corpus.py (sums, and
  新收 = 总计 + 结转下年 − 上年结转), so that identities A, B and C hold.
  Table 四 blocks are written whole (total = the four parts, by hand).

Table 三 rows are in FORMAT.md order; columns 自然人, 商业企业, 科研机构,
社会公益组织, 法律服务机构, 其他, 总计.  Table 二 cells: key -> (as printed,
expected value in 万元 / count, or None when not stated).

Organ names of the made-up datasets are invented (青禾县, 澜湾区, 北塘镇,
丰源市, 石岭乡 are not the bodies of any report we hold).
"""

N = None

ROWS_2021 = [
    "new_received", "carried_over", "granted", "partially_granted",
    "withheld_state_secret", "withheld_prohibited_by_law",
    "withheld_security_stability", "withheld_third_party",
    "withheld_internal_affairs", "withheld_process_info",
    "withheld_enforcement_file", "withheld_inquiry_matter",
    "unavailable_not_held", "unavailable_needs_creation", "unavailable_unclear",
    "not_processed_complaint", "not_processed_duplicate",
    "not_processed_publication", "not_processed_excessive",
    "not_processed_confirmation", "other_no_supplement", "other_unpaid_fee",
    "other_misc", "total_processed", "carried_forward",
]
ROWS_2019 = ROWS_2021[:20] + ["other_handling"] + ROWS_2021[23:]


def rows(fmt):
    return ROWS_2021 if fmt == 2021 else ROWS_2019


# ---------------------------------------------------------------- transcribed

# The seed, shared/seed/hongqi-2024.txt (= test/data/hongqi-2024.txt), read
# off its text (the same numbers as test/unit/test_parse.c seed_t3).
Z7 = [0, 0, 0, 0, 0, 0, 0]
HONGQI_2024 = dict(
    source="shared/seed/hongqi-2024.txt, read off its text",
    organ="红旗区人民政府", year=2024, format=2021,
    t3=[
        [16, 0, 0, 0, 0, 4, 20], Z7,
        [6, 0, 0, 0, 0, 4, 10], [5, 0, 0, 0, 0, 0, 5],
        Z7, Z7, Z7, Z7, Z7, Z7, Z7, Z7,
        [5, 0, 0, 0, 0, 0, 5], Z7, Z7,
        Z7, Z7, Z7, Z7, Z7,
        Z7, Z7, Z7,
        [16, 0, 0, 0, 0, 4, 20], Z7,
    ],
    t4=[4, 7, 0, 0, 11, 1, 0, 0, 1, 2, 1, 0, 0, 2, 3],
    t2_format=2021,
    t2=dict(rules_issued=("0", 0), rules_repealed=("0", 0), rules_in_force=("0", 0),
            normative_docs_issued=("1", 1), normative_docs_repealed=("22", 22),
            normative_docs_in_force=("42", 42), licensing_decisions=("6935", 6935),
            penalty_decisions=("437", 437), coercion_decisions=("0", 0),
            fees_collected=("0", "0")),
)

# shared/reports/huaian-2024-pdftotext.expected.json (hand transcription of
# huaian-2024.pdf).
HUAIAN_2024 = dict(
    source="shared/reports/huaian-2024-pdftotext.expected.json",
    organ="淮安市人民政府", year=2024, format=2021,
    t3=[
        [3001, 53, 0, 0, 61, 4, 3119],
        [34, 0, 0, 0, 0, 0, 34],
        [1288, 21, 0, 0, 50, 3, 1362],
        [447, 7, 0, 0, 0, 0, 454],
        [2, 0, 0, 0, 0, 0, 2],
        [30, 1, 0, 0, 0, 0, 31],
        [5, 0, 0, 0, 0, 0, 5],
        [6, 0, 0, 0, 0, 0, 6],
        [7, 1, 0, 0, 0, 0, 8],
        [12, 0, 0, 0, 0, 0, 12],
        [9, 0, 0, 0, 0, 0, 9],
        [105, 0, 0, 0, 0, 0, 105],
        [746, 12, 0, 0, 10, 1, 769],
        [11, 0, 0, 0, 0, 0, 11],
        [1, 0, 0, 0, 0, 0, 1],
        [56, 6, 0, 0, 0, 0, 62],
        [25, 0, 0, 0, 0, 0, 25],
        [0, 0, 0, 0, 0, 0, 0],
        [0, 0, 0, 0, 0, 0, 0],
        [1, 0, 0, 0, 0, 0, 1],
        [67, 3, 0, 0, 1, 0, 71],
        [6, 0, 0, 0, 0, 0, 6],
        [108, 2, 0, 0, 0, 0, 110],
        [2932, 53, 0, 0, 61, 4, 3050],
        [103, 0, 0, 0, 0, 0, 103],
    ],
    t4=[72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20],
    t2_format=2021,
    t2=dict(rules_issued=("1", 1), rules_repealed=("0", 0), rules_in_force=("11", 11),
            normative_docs_issued=("8", 8), normative_docs_repealed=("26", 26),
            normative_docs_in_force=("66", 66), licensing_decisions=("447228", 447228),
            penalty_decisions=("3985758", 3985758), coercion_decisions=("88283", 88283),
            fees_collected=("96171.6", "96171.6")),
)

# shared/reports/pingtan-2025.expected.json (hand transcription of the page).
PINGTAN_2025 = dict(
    source="shared/reports/pingtan-2025.expected.json",
    organ="平潭综合实验区", year=2025, format=2021,
    t3=[
        [151, 3, 0, 0, 0, 0, 154], Z7,
        [33, 0, 0, 0, 0, 0, 33], [38, 0, 0, 0, 0, 0, 38],
        Z7, Z7, Z7, Z7,
        [3, 0, 0, 0, 0, 0, 3], [2, 0, 0, 0, 0, 0, 2],
        [3, 0, 0, 0, 0, 0, 3], [3, 0, 0, 0, 0, 0, 3],
        [49, 1, 0, 0, 0, 0, 50], [3, 0, 0, 0, 0, 0, 3], Z7,
        [2, 0, 0, 0, 0, 0, 2], Z7, Z7, Z7, Z7,
        [8, 0, 0, 0, 0, 0, 8], [2, 0, 0, 0, 0, 0, 2], [1, 0, 0, 0, 0, 0, 1],
        [147, 1, 0, 0, 0, 0, 148], [4, 2, 0, 0, 0, 0, 6],
    ],
    t4=[25, 3, 8, 0, 36, 3, 3, 0, 0, 6, 3, 0, 0, 0, 3],
    t2_format=2021,
    t2=dict(rules_issued=("0", 0), rules_repealed=("0", 0), rules_in_force=("0", 0),
            normative_docs_issued=("58", 58), normative_docs_repealed=("45", 45),
            normative_docs_in_force=("546", 546), licensing_decisions=("2418", 2418),
            penalty_decisions=("644", 644), coercion_decisions=("64", 64),
            fees_collected=("4166.241619", "4166.241619")),
)

# shared/reports/shanghai-2019-html.expected.json (2019 format; None = the
# page's &nbsp;).
SHANGHAI_2019 = dict(
    source="shared/reports/shanghai-2019-html.expected.json",
    organ="上海市人民政府办公厅", year=2019, format=2019,
    t3=[
        [821, 35, N, N, 2, 1, 859],
        [18, N, N, N, N, N, 18],
        [258, 12, N, N, 1, 1, N],
        [3, N, N, N, N, N, N],
        [14, N, N, N, N, N, N],
        [N, N, N, N, N, N, N],
        [N, N, N, N, N, N, N],
        [N, N, N, N, N, N, N],
        [5, N, N, N, N, N, N],
        [3, 1, N, N, N, N, N],
        [N, N, N, N, N, N, N],
        [10, 2, N, N, N, N, N],
        [252, 12, N, N, 1, N, N],
        [44, 3, N, N, N, N, N],
        [25, N, N, N, N, N, N],
        [148, 1, N, N, N, N, N],
        [5, 4, N, N, N, N, N],
        [N, N, N, N, N, N, N],
        [N, N, N, N, N, N, N],
        [N, N, N, N, N, N, N],
        [N, N, N, N, N, N, N],
        [767, 35, N, N, 2, 1, 805],
        [72, N, N, N, N, N, 72],
    ],
    t4=[5, N, N, 2, 7, 8, N, N, 1, 9, N, N, N, N, N],
    t2_format=2019,
    t2=dict(rules_made=("13", 13), rules_published=("13", 13), rules_total_published=("524", 524),
            normative_docs_made=("60", 60), normative_docs_published=("60", 60),
            normative_docs_total_published=("368", 368),
            licensing_items_prev=("0", 0), licensing_items_change=("0", 0), licensing_decisions=("0", 0),
            other_services_items_prev=("0", 0), other_services_items_change=("0", 0),
            other_services_decisions=("0", 0),
            penalty_items_prev=("0", 0), penalty_items_change=("0", 0), penalty_decisions=("0", 0),
            coercion_items_prev=("0", 0), coercion_items_change=("0", 0), coercion_decisions=("0", 0),
            fee_items_prev=("0", 0), fee_items_change=("0", 0),
            procurement_projects=("6", 6), procurement_amount=("251000元", "25.1")),
    # the shanghai table is inconsistent only through its blank 总计 cells
    unbalanced_ok=True,
)

# shared/reports/pingtan-2021-flattened.expected.json
PINGTAN_2021 = dict(
    source="shared/reports/pingtan-2021-flattened.expected.json",
    organ="平潭综合实验区", year=2021, format=2021,
    t3=[
        [64, 0, 0, 2, 0, 4, 70], Z7,
        [27, 0, 0, 2, 0, 1, 30], [5, 0, 0, 0, 0, 0, 5],
        Z7, Z7, Z7, Z7, [1, 0, 0, 0, 0, 0, 1], Z7,
        [6, 0, 0, 0, 0, 0, 6], [1, 0, 0, 0, 0, 0, 1],
        [22, 0, 0, 0, 0, 3, 25], Z7, Z7,
        Z7, Z7, Z7, Z7, Z7,
        Z7, Z7, [1, 0, 0, 0, 0, 0, 1],
        [63, 0, 0, 2, 0, 4, 69], [1, 0, 0, 0, 0, 0, 1],
    ],
    t4=[1, 0, 2, 0, 3, 12, 0, 0, 0, 12, 0, 0, 0, 0, 0],
    t2_format=2021,
    t2=dict(rules_issued=("0", 0), rules_repealed=("0", 0), rules_in_force=("0", 0),
            normative_docs_issued=("69", N), normative_docs_repealed=("3", N),
            normative_docs_in_force=("665", N), licensing_decisions=("2293", 2293),
            penalty_decisions=("1282", 1282), coercion_decisions=("42", 42),
            fees_collected=("24252.311082", "24252.311082")),
)

# ------------------------------------------------------------------ made up

# 青禾县人民政府 2022: every applicant column used, distinct values, so that
# a column read one place off shows.
QINGHE_2022 = dict(
    source="made up (leaf cells by hand, totals computed)",
    organ="青禾县人民政府", year=2022, format=2021,
    leaves=dict(
        carried_over=[6, 0, 0, 0, 0, 1],
        granted=[46, 7, 1, 0, 3, 2],
        partially_granted=[12, 2, 0, 1, 0, 0],
        withheld_state_secret=[0, 0, 0, 0, 0, 0],
        withheld_prohibited_by_law=[1, 0, 0, 0, 0, 0],
        withheld_security_stability=[2, 0, 0, 0, 0, 0],
        withheld_third_party=[5, 1, 0, 0, 1, 0],
        withheld_internal_affairs=[3, 0, 0, 0, 0, 0],
        withheld_process_info=[4, 1, 0, 0, 0, 0],
        withheld_enforcement_file=[2, 0, 0, 0, 1, 0],
        withheld_inquiry_matter=[6, 0, 0, 0, 0, 0],
        unavailable_not_held=[38, 5, 0, 2, 2, 1],
        unavailable_needs_creation=[7, 1, 0, 0, 0, 0],
        unavailable_unclear=[3, 0, 0, 0, 0, 0],
        not_processed_complaint=[9, 0, 0, 0, 0, 0],
        not_processed_duplicate=[4, 1, 0, 0, 0, 0],
        not_processed_publication=[1, 0, 0, 0, 0, 0],
        not_processed_excessive=[2, 0, 0, 0, 0, 0],
        not_processed_confirmation=[1, 0, 0, 0, 0, 0],
        other_no_supplement=[5, 1, 0, 0, 0, 0],
        other_unpaid_fee=[0, 0, 0, 0, 0, 0],
        other_misc=[3, 0, 0, 1, 0, 0],
        carried_forward=[8, 1, 0, 0, 1, 0],
    ),
    t4=[6, 2, 3, 1, 12, 2, 1, 0, 1, 4, 1, 0, 1, 0, 2],
    t2_format=2021,
    t2=dict(rules_issued=("1", 1), rules_repealed=("0", 0), rules_in_force=("9", 9),
            normative_docs_issued=("14", 14), normative_docs_repealed=("6", 6),
            normative_docs_in_force=("87", 87), licensing_decisions=("12873", 12873),
            penalty_decisions=("2391", 2391), coercion_decisions=("57", 57),
            fees_collected=("318.52", "318.52")),
)

# 澜湾区统计局 2023: a small body; None = printed blank (—, /, 无, empty).
LANWAN_2023 = dict(
    source="made up (leaf cells by hand, totals computed; blank cells by hand)",
    organ="澜湾区统计局", year=2023, format=2021,
    leaves=dict(
        carried_over=[1, N, N, N, N, N],
        granted=[4, 1, N, N, N, N],
        partially_granted=[2, N, N, N, N, N],
        withheld_state_secret=[N, N, N, N, N, N],
        withheld_prohibited_by_law=[N, N, N, N, N, N],
        withheld_security_stability=[N, N, N, N, N, N],
        withheld_third_party=[1, N, N, N, N, N],
        withheld_internal_affairs=[N, N, N, N, N, N],
        withheld_process_info=[N, N, N, N, N, N],
        withheld_enforcement_file=[N, N, N, N, N, N],
        withheld_inquiry_matter=[N, N, N, N, N, N],
        unavailable_not_held=[3, N, N, N, 1, N],
        unavailable_needs_creation=[N, N, N, N, N, N],
        unavailable_unclear=[N, N, N, N, N, N],
        not_processed_complaint=[1, N, N, N, N, N],
        not_processed_duplicate=[N, N, N, N, N, N],
        not_processed_publication=[N, N, N, N, N, N],
        not_processed_excessive=[N, N, N, N, N, N],
        not_processed_confirmation=[N, N, N, N, N, N],
        other_no_supplement=[N, N, N, N, N, N],
        other_unpaid_fee=[N, N, N, N, N, N],
        other_misc=[N, 1, N, N, N, N],
        carried_forward=[2, N, N, N, N, N],
    ),
    t4=[1, N, N, N, 1, N, N, N, N, N, N, N, N, N, N],
    t2_format=2021,
    t2=dict(rules_issued=("/", N), rules_repealed=("/", N), rules_in_force=("/", N),
            normative_docs_issued=("0", 0), normative_docs_repealed=("1", 1),
            normative_docs_in_force=("3", 3), licensing_decisions=("0", 0),
            penalty_decisions=("2笔", 2), coercion_decisions=("0", 0),
            fees_collected=("984361元", "98.4361")),
)

# 北塘镇人民政府 2019: the 2019 format (23 rows, one （六）其他处理 row) and
# the 2019 table 二 with signed 本年增/减 cells and 元 amounts.
BEITANG_2019 = dict(
    source="made up (leaf cells by hand, totals computed)",
    organ="北塘镇人民政府", year=2019, format=2019,
    leaves=dict(
        carried_over=[2, 0, 0, 0, 0, 0],
        granted=[17, 3, 0, 0, 1, 0],
        partially_granted=[4, 0, 0, 0, 0, 1],
        withheld_state_secret=[0, 0, 0, 0, 0, 0],
        withheld_prohibited_by_law=[1, 0, 0, 0, 0, 0],
        withheld_security_stability=[0, 0, 0, 0, 0, 0],
        withheld_third_party=[2, 0, 0, 0, 0, 0],
        withheld_internal_affairs=[0, 0, 0, 0, 0, 0],
        withheld_process_info=[3, 1, 0, 0, 0, 0],
        withheld_enforcement_file=[0, 0, 0, 0, 0, 0],
        withheld_inquiry_matter=[1, 0, 0, 0, 0, 0],
        unavailable_not_held=[9, 2, 1, 0, 0, 0],
        unavailable_needs_creation=[2, 0, 0, 0, 0, 0],
        unavailable_unclear=[1, 0, 0, 0, 0, 0],
        not_processed_complaint=[5, 0, 0, 0, 0, 0],
        not_processed_duplicate=[2, 0, 0, 0, 0, 0],
        not_processed_publication=[0, 0, 0, 0, 0, 0],
        not_processed_excessive=[0, 0, 0, 0, 0, 0],
        not_processed_confirmation=[1, 0, 0, 0, 0, 0],
        other_handling=[3, 1, 0, 0, 0, 0],
        carried_forward=[3, 1, 0, 0, 0, 0],
    ),
    t4=[2, 1, 0, 1, 4, 1, 0, 1, 0, 2, 0, 0, 0, 1, 1],
    t2_format=2019,
    t2=dict(rules_made=("0", 0), rules_published=("0", 0), rules_total_published=("0", 0),
            normative_docs_made=("3", 3), normative_docs_published=("3", 3),
            normative_docs_total_published=("26", 26),
            licensing_items_prev=("52", 52), licensing_items_change=("-3", -3), licensing_decisions=("1290", 1290),
            other_services_items_prev=("12", 12), other_services_items_change=("+2", 2),
            other_services_decisions=("340", 340),
            penalty_items_prev=("8", 8), penalty_items_change=("0", 0), penalty_decisions=("77", 77),
            coercion_items_prev=("3", 3), coercion_items_change=("-1", -1), coercion_decisions=("12", 12),
            fee_items_prev=("4", 4), fee_items_change=("-2", -2),
            procurement_projects=("14", 14), procurement_amount=("984361元", "98.4361")),
)

# 丰源市交通运输局 2020: 2019 format, a large （六）其他处理, 亿元.
FENGYUAN_2020 = dict(
    source="made up (leaf cells by hand, totals computed)",
    organ="丰源市交通运输局", year=2020, format=2019,
    leaves=dict(
        carried_over=[5, 2, 0, 0, 0, 0],
        granted=[31, 9, 2, 0, 0, 1],
        partially_granted=[6, 1, 0, 0, 0, 0],
        withheld_state_secret=[1, 0, 0, 0, 0, 0],
        withheld_prohibited_by_law=[0, 0, 0, 0, 0, 0],
        withheld_security_stability=[0, 0, 0, 0, 0, 0],
        withheld_third_party=[4, 2, 0, 0, 0, 0],
        withheld_internal_affairs=[1, 0, 0, 0, 0, 0],
        withheld_process_info=[2, 0, 0, 0, 0, 0],
        withheld_enforcement_file=[3, 0, 0, 0, 0, 0],
        withheld_inquiry_matter=[0, 0, 0, 0, 0, 0],
        unavailable_not_held=[22, 4, 0, 1, 0, 0],
        unavailable_needs_creation=[5, 0, 0, 0, 0, 0],
        unavailable_unclear=[2, 0, 0, 0, 0, 0],
        not_processed_complaint=[11, 1, 0, 0, 0, 0],
        not_processed_duplicate=[3, 0, 0, 0, 0, 0],
        not_processed_publication=[1, 0, 0, 0, 0, 0],
        not_processed_excessive=[0, 0, 0, 0, 0, 0],
        not_processed_confirmation=[2, 0, 0, 0, 0, 0],
        other_handling=[14, 3, 0, 0, 1, 0],
        carried_forward=[7, 1, 0, 0, 0, 0],
    ),
    t4=[3, 1, 2, 0, 6, 2, 0, 1, 1, 4, 1, 0, 0, 0, 1],
    t2_format=2019,
    t2=dict(rules_made=("0", 0), rules_published=("0", 0), rules_total_published=("0", 0),
            normative_docs_made=("5", 5), normative_docs_published=("5", 5),
            normative_docs_total_published=("41", 41),
            licensing_items_prev=("37", 37), licensing_items_change=("+4", 4), licensing_decisions=("8812", 8812),
            other_services_items_prev=("6", 6), other_services_items_change=("0", 0),
            other_services_decisions=("213", 213),
            penalty_items_prev=("95", 95), penalty_items_change=("-12", -12), penalty_decisions=("1604", 1604),
            coercion_items_prev=("7", 7), coercion_items_change=("0", 0), coercion_decisions=("18", 18),
            fee_items_prev=("2", 2), fee_items_change=("-1", -1),
            procurement_projects=("23", 23), procurement_amount=("1.2亿元", "12000")),
)

# 石岭乡人民政府 2024: a small body with rows of zeros (run-together "0000000").
SHILING_2024 = dict(
    source="made up (leaf cells by hand, totals computed)",
    organ="石岭乡人民政府", year=2024, format=2021,
    leaves=dict(
        carried_over=[0, 0, 0, 0, 0, 0],
        granted=[3, 0, 0, 0, 0, 0],
        partially_granted=[0, 0, 0, 0, 0, 0],
        withheld_state_secret=[0, 0, 0, 0, 0, 0],
        withheld_prohibited_by_law=[0, 0, 0, 0, 0, 0],
        withheld_security_stability=[0, 0, 0, 0, 0, 0],
        withheld_third_party=[0, 0, 0, 0, 0, 0],
        withheld_internal_affairs=[0, 0, 0, 0, 0, 0],
        withheld_process_info=[0, 0, 0, 0, 0, 0],
        withheld_enforcement_file=[0, 0, 0, 0, 0, 0],
        withheld_inquiry_matter=[0, 0, 0, 0, 0, 0],
        unavailable_not_held=[1, 0, 0, 0, 0, 0],
        unavailable_needs_creation=[0, 0, 0, 0, 0, 0],
        unavailable_unclear=[0, 0, 0, 0, 0, 0],
        not_processed_complaint=[0, 0, 0, 0, 0, 0],
        not_processed_duplicate=[0, 0, 0, 0, 0, 0],
        not_processed_publication=[0, 0, 0, 0, 0, 0],
        not_processed_excessive=[0, 0, 0, 0, 0, 0],
        not_processed_confirmation=[0, 0, 0, 0, 0, 0],
        other_no_supplement=[0, 0, 0, 0, 0, 0],
        other_unpaid_fee=[0, 0, 0, 0, 0, 0],
        other_misc=[0, 0, 0, 0, 0, 0],
        carried_forward=[0, 0, 0, 0, 0, 0],
    ),
    t4=[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    t2_format=2021,
    t2=dict(rules_issued=("0", 0), rules_repealed=("0", 0), rules_in_force=("0", 0),
            normative_docs_issued=("0", 0), normative_docs_repealed=("0", 0),
            normative_docs_in_force=("4", 4), licensing_decisions=("16", 16),
            penalty_decisions=("0", 0), coercion_decisions=("0", 0),
            fees_collected=("0", "0")),
)

# 中共青禾县委、青禾县人民政府 2023 (a joint report; organ with 、): the
# research and public-interest columns used.
QINGHE_JOINT_2023 = dict(
    source="made up (leaf cells by hand, totals computed)",
    organ="中共青禾县委、青禾县人民政府", year=2023, format=2021,
    leaves=dict(
        carried_over=[9, 1, 0, 0, 0, 0],
        granted=[58, 6, 2, 1, 0, 0],
        partially_granted=[9, 0, 1, 0, 0, 0],
        withheld_state_secret=[0, 0, 0, 0, 0, 0],
        withheld_prohibited_by_law=[2, 0, 0, 0, 0, 0],
        withheld_security_stability=[1, 0, 0, 0, 0, 0],
        withheld_third_party=[7, 0, 0, 0, 0, 0],
        withheld_internal_affairs=[0, 0, 0, 0, 0, 0],
        withheld_process_info=[6, 2, 0, 0, 0, 0],
        withheld_enforcement_file=[0, 0, 0, 0, 0, 0],
        withheld_inquiry_matter=[4, 0, 0, 0, 0, 0],
        unavailable_not_held=[51, 3, 1, 0, 2, 0],
        unavailable_needs_creation=[8, 0, 0, 0, 0, 0],
        unavailable_unclear=[2, 0, 0, 0, 0, 0],
        not_processed_complaint=[13, 0, 0, 0, 0, 0],
        not_processed_duplicate=[6, 0, 0, 0, 0, 0],
        not_processed_publication=[0, 0, 0, 0, 0, 0],
        not_processed_excessive=[3, 0, 0, 0, 0, 0],
        not_processed_confirmation=[1, 0, 0, 0, 0, 0],
        other_no_supplement=[4, 0, 0, 0, 0, 0],
        other_unpaid_fee=[1, 0, 0, 0, 0, 0],
        other_misc=[2, 1, 0, 0, 0, 0],
        carried_forward=[11, 0, 0, 0, 1, 0],
    ),
    t4=[9, 4, 2, 1, 16, 3, 0, 2, 2, 7, 2, 1, 0, 1, 4],
    t2_format=2021,
    t2=dict(rules_issued=("0", 0), rules_repealed=("0", 0), rules_in_force=("0", 0),
            normative_docs_issued=("11", 11), normative_docs_repealed=("4", 4),
            normative_docs_in_force=("73", 73), licensing_decisions=("23516", 23516),
            penalty_decisions=("3847", 3847), coercion_decisions=("129", 129),
            fees_collected=("1.2亿元", "12000")),
)


ALL = dict(
    hongqi2024=HONGQI_2024, huaian2024=HUAIAN_2024, pingtan2025=PINGTAN_2025,
    shanghai2019=SHANGHAI_2019, pingtan2021=PINGTAN_2021,
    qinghe2022=QINGHE_2022, lanwan2023=LANWAN_2023, beitang2019=BEITANG_2019,
    fengyuan2020=FENGYUAN_2020, shiling2024=SHILING_2024,
    qinghejoint2023=QINGHE_JOINT_2023,
)
