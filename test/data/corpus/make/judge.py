"""How run-together digits can be read, decided here, not by the parser.

For a run-together input the expectation depends on whether its digits
have one reading: a row of table 三 is 7 counts whose last is the sum of
the others; table 四 is 3 blocks of 5 whose 5th is the sum of 4; a table 二
item is as many counts as it has cells, with no constraint.  Counts have
no leading zeros, and a space (also U+3000, NBSP) between two digits is a
cut.  A table 三 row with several readings is decided by the column
identities A and B when exactly one combination of the rows' readings
satisfies them; otherwise it is ambiguous.
"""

import itertools

SEPARATORS = (" ", "\u3000", "\u00a0")


def _cut_at(way, pos):
    acc = 0
    for v in way:
        acc += len(str(v))
        if acc == pos:
            return True
        if acc > pos:
            return False
    return False


def splits(text, nparts, rule=None):
    """Every way to cut the digits of text into nparts counts (rule:
    'last_is_sum', 'blocks_of_5' or None); the rule prunes as it goes."""
    digits = ""
    breaks = set()
    for ch in text:
        if ch in SEPARATORS:
            if digits:
                breaks.add(len(digits))
            continue
        assert ch.isdigit(), repr(text)
        digits += ch
    breaks.discard(len(digits))
    out = []
    n = len(digits)

    def fits(parts):
        k = len(parts)
        if rule == "last_is_sum" and k == nparts:
            return sum(parts[:-1]) == parts[-1]
        if rule == "blocks_of_5" and k % 5 == 0:
            return sum(parts[k - 5:k - 1]) == parts[k - 1]
        return True

    def rec(i, parts):
        if len(parts) == nparts:
            if i == n:
                out.append(list(parts))
            return
        left = nparts - len(parts) - 1
        for j in range(i + 1, n - left + 1):
            if any(i < b < j for b in breaks):
                break
            p = digits[i:j]
            if len(p) > 1 and p[0] == "0":
                break
            parts.append(int(p))
            if fits(parts):
                rec(j, parts)
            parts.pop()

    rec(0, [])
    return [w for w in out if all(_cut_at(w, b) for b in breaks)]


def _part_ok(p, kind):
    if kind == "signed" and p[:1] in "+-":
        p = p[1:]
    if kind == "money" and p.count(".") == 1:
        a, b = p.split(".")
        return a.isdigit() and b.isdigit() and (len(a) == 1 or a[0] != "0")
    return p.isdigit() and (len(p) == 1 or p[0] != "0")


def item(text, kinds):
    """The readings of a table 二 item's run (its cells' texts glued): every
    cut of text into len(kinds) parts, each a count (digits), a signed
    count (+/- then digits) or an amount (digits with one decimal point),
    a unit (元, 万元, 亿元, 笔 …) allowed only at the very end."""
    m = len(text)
    while m > 0 and not (text[m - 1].isdigit()):
        m -= 1
    body = text[:m]
    out = []

    def rec(i, parts):
        k = len(parts)
        if k == len(kinds):
            if i == len(body):
                out.append(list(parts))
            return
        for j in range(i + 1, len(body) + 1):
            p = body[i:j]
            if _part_ok(p, kinds[k]):
                parts.append(p)
                rec(j, parts)
                parts.pop()

    rec(0, [])
    return out


def table3(row_text, keys):
    """row_text: key -> the row's digits as printed.  Returns (rows by key
    when there is exactly one reading, else None; why not, in words)."""
    ways = {k: splits(row_text[k], 7, "last_is_sum") for k in keys}
    none = [k for k in keys if not ways[k]]
    if none:
        return None, ("row(s) %s: no reading whose last count is the sum of the others"
                      % ", ".join(none))
    multi = [k for k in keys if len(ways[k]) > 1]
    fixed = {k: ways[k][0] for k in keys if len(ways[k]) == 1}
    outcome = keys[2:-2]
    good = []
    for combo in itertools.product(*[ways[k] for k in multi]):
        t = dict(fixed)
        t.update(zip(multi, combo))
        ok = True
        for c in range(7):
            tp = t["total_processed"][c]
            if sum(t[k][c] for k in outcome) != tp:
                ok = False
                break
            if t["new_received"][c] + t["carried_over"][c] != tp + t["carried_forward"][c]:
                ok = False
                break
        if ok:
            good.append(t)
            if len(good) > 1:
                break
    if len(good) == 1:
        return good[0], ""
    if not good:
        return None, ("rows %s have several readings each and no combination of them satisfies "
                      "identities A and B in every column" % ", ".join(multi))
    return None, ("rows %s: more than one combination of their readings satisfies identities A and B"
                  % ", ".join(multi))


def table4(text):
    return splits(text, 15, "blocks_of_5")


def _blocks_balance(cells):
    """Identity D where it can be judged: a block's total, when it and one
    of its parts are numbers, is the sum of its parts (blanks count 0)."""
    for b in range(3):
        parts, total = cells[5 * b:5 * b + 4], cells[5 * b + 4]
        if total is not None and any(p is not None for p in parts):
            if sum(p or 0 for p in parts) != total:
                return False
    return True


def table4_printed(cells):
    """The readings of table 四 printed as one line of text whose empty
    cells print nothing (pdftotext -layout): cells are the fifteen cells as
    printed ("" empty).  Table 四 is one row, so no other row tells where
    its empty cells stand: every way of putting the printed values in order
    into the fifteen cells is a reading, unless identity D rules it out;
    readings are told apart by where the numbers go (markers such as — are
    not stated wherever they go)."""
    vals = [c for c in cells if c != ""]
    out = set()
    for empty in itertools.combinations(range(15), 15 - len(vals)):
        it = iter(vals)
        placed = [None if i in empty else next(it) for i in range(15)]
        nums = tuple(int(v) if v is not None and v.isdigit() else None for v in placed)
        if _blocks_balance(nums):
            out.add(nums)
    return sorted(out, key=lambda t: [(-1 if v is None else v) for v in t])
