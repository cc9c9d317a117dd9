#!/bin/sh
# make demo, last part: gd_load loads a folder of the bundled real reports
# in their original formats (PDF, HTML, text, a Word file) into a store of
# its own, and prints its per-file outcomes and the stored reports.
set -eu
dir=$(mktemp -d /tmp/gd-demo-load.XXXXXX)
trap 'rm -rf "$dir"' EXIT
cp test/load/files/huaian-2024.pdf test/data/pingtan-2025.html test/data/hongqi-2024.txt test/load/files/pingtan-2025.docx "$dir/"
sed '1,/^---$/d' test/data/shanghai-2019-html.txt > "$dir/shanghai-2019.html"
cp test/data/nanhu-2019-collapsed-cells-partial.txt "$dir/"
psql -X -q -c "SELECT gd_create_store('demo_folder')" >/dev/null
echo "== 9. 载入文件夹 / gd_load: a folder of real reports in their original formats =="
# exit status 1: not every file was loaded (the collapsed page is refused, as
# it should be); anything else is a failure of the demo
status=0
"$(pg_config --bindir)/gd_load" --store demo_folder -o "$dir/outcomes.jsonl" "$dir" > "$dir/gd_load.out" || status=$?
sed "s#$dir/##g" "$dir/gd_load.out"
if [ "$status" -ne 1 ]; then
    echo "gd_load exited $status where 1 (one file refused) was expected" >&2
    exit 1
fi
psql -X -c "SELECT organ, year, format, partial, source FROM demo_folder ORDER BY organ" | sed "s#$dir/##g"
psql -X -q -v ON_ERROR_STOP=1 -f test/demo/explore.sql
