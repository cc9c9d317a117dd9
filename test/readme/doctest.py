#!/usr/bin/env python3
"""README examples cannot drift: every ```sql and ```sh block of README.md
runs, in order, against one database, and the block of output that follows
it (an untagged ``` block) must be what it prints.

Runs inside a throwaway cluster (pg_virtualenv or the like: PGHOST, PGPORT,
PGUSER set).  The database holds the demo's data (test/demo/demo.sql), as
the README says; the examples run in a scratch folder holding the sample
files they name (test/data, test/load/files).

Conventions in README.md:
  * an output block is compared line by line, trailing blanks ignored; "…"
    in an output line matches any text (a line that is only "…" matches any
    number of lines): timings, paths and long messages are elided that way;
  * <!-- doctest: psql COMMAND --> before a block runs a psql meta-command
    first (e.g. \\set report `cat hongqi-2024.txt`), what a reader types
    before the example;
  * <!-- doctest: packages --> marks the installation block: the packages
    it installs with apt-get must be those make deps installs
    (tools/install-deps.sh), and its other commands are what make test runs.
  * <!-- doctest: make TARGET … --> marks a block of make commands: each
    target must exist in the Makefile (make test runs them, not this test).
Prints TAP; exit status 1 on any failure.  With --accept, an output block
that differs is replaced in README.md by what the example printed (review
the diff before committing it, as with pg_regress's results).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DB = "gd_readme"


def blocks(text):
    """(line, lang, code, directives, output or None, output's line span) for each code block."""
    lines = text.split("\n")
    out = []
    i = 0
    pending = []
    while i < len(lines):
        m = re.match(r"^```(\w*)\s*$", lines[i])
        d = re.match(r"^<!-- doctest: (.*) -->$", lines[i])
        if d:
            pending.append(d.group(1))
            i += 1
            continue
        if not m:
            if lines[i].strip():
                pending = []
            i += 1
            continue
        lang, start = m.group(1), i + 1
        j = start
        while j < len(lines) and lines[j] != "```":
            j += 1
        code = "\n".join(lines[start:j])
        i = j + 1
        if lang in ("sql", "sh"):
            output = None
            k = i
            if k < len(lines) and lines[k] == "```":
                e = k + 1
                while e < len(lines) and lines[e] != "```":
                    e += 1
                output = "\n".join(lines[k + 1:e])
                i = e + 1
                span = (k + 1, e)
            else:
                span = None
            out.append((start, lang, code, pending, output, span))
        pending = []
    return out


def matches(expected, actual):
    exp = [l.rstrip() for l in expected.strip("\n").split("\n")]
    act = [l.rstrip() for l in actual.strip("\n").split("\n")]

    def line_ok(e, a):
        if "…" not in e:
            return e == a
        pattern = ".*".join(re.escape(p) for p in e.split("…"))
        return re.fullmatch(pattern, a) is not None

    def walk(i, j):
        while i < len(exp):
            if exp[i].strip() == "…":
                return any(walk(i + 1, k) for k in range(j, len(act) + 1))
            if j >= len(act) or not line_ok(exp[i], act[j]):
                return False
            i, j = i + 1, j + 1
        return j == len(act)

    return walk(0, 0)


def run(cmd, cwd, env, stdin=None):
    p = subprocess.run(cmd, cwd=cwd, env=env, input=stdin, capture_output=True, text=True, timeout=600)
    return p.returncode, p.stdout + p.stderr


def deps_packages():
    src = open(os.path.join(ROOT, "tools", "install-deps.sh")).read().replace("$PG_MAJOR", "15")
    words = set(re.findall(r"[a-z0-9][a-z0-9.+-]*", src))
    return words


def main():
    accept = "--accept" in sys.argv[1:]
    readme = os.path.join(ROOT, "README.md")
    text = open(readme, encoding="utf-8").read()
    replacements = []
    env = dict(os.environ)
    env["PGDATABASE"] = DB
    bindir = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True).stdout.strip()
    env["PATH"] = bindir + os.pathsep + env["PATH"]
    work = tempfile.mkdtemp(prefix="gd-readme.")
    try:
        for d in ("test/data", "test/load/files"):
            for f in os.listdir(os.path.join(ROOT, d)):
                if os.path.isfile(os.path.join(ROOT, d, f)):  # test/data/corpus is the parser's, not the README's
                    shutil.copy(os.path.join(ROOT, d, f), work)
        os.makedirs(os.path.join(work, "reports"))
        for f in ("hongqi-2024.txt", "huaian-2024.pdf", "pingtan-2025.html", "pingtan-2025.docx"):
            shutil.copy(os.path.join(work, f), os.path.join(work, "reports"))
        run(["dropdb", "--if-exists", DB], work, env)
        rc, out = run(["createdb", DB], work, env)
        if rc != 0:
            print("not ok 1 - createdb %s\n# %s" % (DB, out))
            return 1
        rc, out = run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-c", "CREATE EXTENSION gov_disclosure",
                       "-f", os.path.join(ROOT, "test/demo/demo.sql")], ROOT, env)
        if rc != 0:
            print("not ok 1 - the demo's data loads\n# " + out[-2000:].replace("\n", "\n# "))
            return 1
        n = 0
        failed = 0
        for line, lang, code, directives, output, span in blocks(text):
            n += 1
            what = "README.md:%d (%s)" % (line, lang)
            targets = [d[len("make "):].split() for d in directives if d.startswith("make ")]
            if targets:
                mk = open(os.path.join(ROOT, "Makefile")).read()
                missing = [t for t in targets[0] if not re.search(r"^%s:" % re.escape(t), mk, re.M)]
                ok = not missing
                print("%s %d - %s: make targets %s exist%s" % ("ok" if ok else "not ok", n, what,
                      ", ".join(targets[0]), "" if ok else " (missing: %s)" % ", ".join(missing)))
                failed += not ok
                continue
            if "packages" in directives:
                need = set()
                for cmd in re.findall(r"apt-get install ([^\n#]*)", code):
                    need |= {w for w in cmd.split() if not w.startswith("-")}
                missing = sorted(need - deps_packages())
                ok = not missing
                print("%s %d - %s: the packages it installs are make deps' own%s" % (
                    "ok" if ok else "not ok", n, what, "" if ok else " (missing: %s)" % ", ".join(missing)))
                failed += not ok
                continue
            if lang == "sql":
                pre = "".join(d[len("psql "):] + "\n" for d in directives if d.startswith("psql "))
                rc, out = run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-P", "footer=off",
                               "-P", "null=", "-f", "-"], work, env, stdin=pre + code + "\n")
            else:
                rc, out = run(["sh", "-e", "-c", code], work, env)
            expect_error = output is not None and "ERROR:" in output
            ok = (rc == 0 or expect_error) and (output is None or matches(output, out))
            print("%s %d - %s%s" % ("ok" if ok else "not ok", n, what,
                                    "" if output is None else ": output as shown"))
            if not ok and accept and span is not None:
                replacements.append((span, out.rstrip("\n")))
            if not ok:
                failed += 1
                print("# exit status %d; printed:" % rc)
                for l in out.rstrip("\n").split("\n")[:60]:
                    print("#   " + l)
        print("%d passed, %d failed" % (n - failed, failed))
        if replacements:
            lines = text.split("\n")
            for (a, b), new in sorted(replacements, reverse=True):
                lines[a:b] = [l.rstrip() for l in new.split("\n")]
            open(readme, "w", encoding="utf-8").write("\n".join(lines))
            print("# %d output blocks replaced in README.md" % len(replacements))
        return 1 if failed else 0
    finally:
        run(["dropdb", "--if-exists", DB], work, env)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
