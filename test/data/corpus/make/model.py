"""Datasets completed and checked; the expected files written from them.

Nothing here reads the parser's output: a dataset's cells are the numbers
written by hand in datasets.py (totals of the made-up ones computed here by
plain sums), and an input's expectation is its dataset's cells after the
changes the input's entry in make_corpus.py names (a column printed blank,
a cell left not stated because its digits have no unique split, ...).
"""

import copy
from decimal import Decimal

from datasets import rows

NCOL = 7


def complete(ds):
    """A copy of ds with t3 filled in (made-up datasets) and checked."""
    ds = copy.deepcopy(ds)
    if "t3" not in ds:
        keys = rows(ds["format"])
        lv = ds["leaves"]
        outcome = keys[2:-2]
        t3 = {}

        def s(vals):
            st = [v for v in vals if v is not None]
            return sum(st) if st else None

        for k in outcome + ["carried_over", "carried_forward"]:
            r = list(lv[k])
            assert len(r) == 6, (ds["organ"], k)
            t3[k] = r + [s(r)]
        tp = []
        for c in range(NCOL):
            tp.append(s([t3[k][c] for k in outcome]))
        t3["total_processed"] = tp
        nr = []
        for c in range(NCOL):
            parts = [tp[c], t3["carried_forward"][c]]
            v = s(parts)
            if v is not None and t3["carried_over"][c] is not None:
                v -= t3["carried_over"][c]
            nr.append(v)
        t3["new_received"] = nr
        ds["t3"] = [t3[k] for k in keys]
    check(ds)
    return ds


def _z(v):
    return 0 if v is None else v


def check(ds):
    """Identities A, B, C (FORMAT.md) and D on a dataset; a failure stops."""
    keys = rows(ds["format"])
    t3 = dict(zip(keys, ds["t3"]))
    assert len(ds["t3"]) == len(keys), ds["organ"]
    problems = []
    for k in keys:
        r = t3[k]
        assert len(r) == NCOL, (ds["organ"], k)
        if r[6] is not None and any(v is not None for v in r[:6]):
            if sum(_z(v) for v in r[:6]) != r[6]:
                problems.append("C %s" % k)
    outcome = keys[2:-2]
    for c in range(NCOL):
        tp = t3["total_processed"][c]
        if tp is not None and any(t3[k][c] is not None for k in outcome):
            if sum(_z(t3[k][c]) for k in outcome) != tp:
                problems.append("B col %d" % c)
        nr = t3["new_received"][c]
        if nr is not None and tp is not None:
            if nr + _z(t3["carried_over"][c]) != tp + _z(t3["carried_forward"][c]):
                problems.append("A col %d" % c)
    t4 = ds["t4"]
    for b in range(3):
        blk = t4[b * 5:b * 5 + 5]
        if blk[4] is not None and any(v is not None for v in blk[:4]):
            if sum(_z(v) for v in blk[:4]) != blk[4]:
                problems.append("D block %d" % b)
    for k in keys:
        for v in t3[k]:
            assert v is None or (isinstance(v, int) and v >= 0), (ds["organ"], k, v)
    if problems and not ds.get("unbalanced_ok"):
        raise SystemExit("dataset %s %d breaks %s" % (ds["organ"], ds["year"], problems))


def fmt_cell(v):
    return "-" if v is None else str(v)


def write_expected(path, name, entry, ds):
    """The expectation of one input (see README.md for the format)."""
    out = []
    out.append("# %s: expected, written from make/datasets.py (%s)" % (name, ds["source"]))
    if entry.get("why"):
        for line in entry["why"].split("\n"):
            out.append("# " + line)
    out.append("layout: %s" % entry["layout"])
    out.append("expect: %s" % entry["expect"])
    if entry["expect"] == "refused":
        if entry.get("refusal"):
            out.append("refusal: %s" % entry["refusal"])
        out.append("")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")
        return
    if entry.get("organ", ds["organ"]) is not None:
        out.append("organ: %s" % entry.get("organ", ds["organ"]))
    out.append("year: %d" % ds["year"])
    out.append("format: %d" % ds["format"])
    out.append("applications:")
    for k, r in zip(rows(ds["format"]), ds["t3"]):
        out.append("%s %s" % (k, " ".join(fmt_cell(v) for v in r)))
    if ds.get("t4") is not None:
        out.append("appeals: %s" % " ".join(fmt_cell(v) for v in ds["t4"]))
    if ds.get("t2") is not None:
        out.append("proactive: %d" % ds["t2_format"])
        for k, (_, v) in ds["t2"].items():
            if isinstance(v, str):
                Decimal(v)		# a number of 万元
            out.append("%s %s" % (k, fmt_cell(v)))
    out.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
