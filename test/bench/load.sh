#!/bin/sh
# The loader's benchmark: 1,000 report files made from the bundled samples
# (test/data, test/load/files), each with its own organ, region and year,
# loaded by gd_load into an empty store.  A measurement, not a test.  Runs
# inside pg_virtualenv from the repository root:
#
#   pg_virtualenv -t -v 15 sh test/bench/load.sh        (N=1000 JOBS=2)
#
# Mix: 80 % text (UTF-8 tab-separated, GB18030, UTF-16), 15 % HTML (half
# of it GBK), 5 % PDF.  Text and HTML get their organ and year rewritten in
# the title; a PDF cannot be rewritten, so each PDF is loaded under its own
# organ with --organ: PDFs go to runs of their own,
# timed separately and added.
set -eu
N=${N:-1000}
JOBS=${JOBS:-2}
GD_LOAD=${GD_LOAD:-$(pg_config --bindir)/gd_load}
db=gd_load_bench
dir=$(mktemp -d /tmp/gd-load-bench.XXXXXX)
trap 'rm -rf "$dir"' EXIT
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
psql -X -q -d "$db" -c "CREATE EXTENSION gov_disclosure"

hongqi=test/data/hongqi-2024.txt
shanghai=$(mktemp); sed '1,/^---$/d' test/data/shanghai-2019-html.txt > "$shanghai"
html=test/data/pingtan-2025.html
npdf=$((N / 20)); nhtml=$((N * 15 / 100)); ntxt=$((N - npdf - nhtml))
mkdir "$dir/files" "$dir/pdf"
i=0
while [ $i -lt $ntxt ]; do
	organ="第${i}区人民政府"; year=$((2019 + i % 7))
	case $((i % 4)) in
	0|1) sed "s/红旗区人民政府/$organ/g; s/2024 年政府/$year 年政府/" "$hongqi" > "$dir/files/r$i.txt" ;;
	2) sed "s/红旗区人民政府/$organ/g; s/2024 年政府/$year 年政府/" "$hongqi" | iconv -f UTF-8 -t GB18030 > "$dir/files/r$i.txt" ;;
	3) { printf '\377\376'; sed "s/上海市人民政府办公厅/$organ/g" "$shanghai" | iconv -f UTF-8 -t UTF-16LE; } > "$dir/files/r$i.txt" ;;
	esac
	i=$((i + 1))
done
i=0
while [ $i -lt $nhtml ]; do
	organ="第${i}县人民政府"
	if [ $((i % 2)) -eq 0 ]; then
		sed "s/平潭综合实验区/$organ/g" "$html" > "$dir/files/p$i.html"
	else
		sed "s/平潭综合实验区/$organ/g; s/<meta charset=\"utf-8\"/<meta charset=\"gb2312\"/" "$html" | iconv -f UTF-8 -t GBK > "$dir/files/p$i.html"
	fi
	i=$((i + 1))
done
i=0
while [ $i -lt $npdf ]; do cp test/load/files/huaian-2024.pdf "$dir/pdf/h$i.pdf"; i=$((i + 1)); done
bytes=$(cat "$dir/files"/* "$dir/pdf"/* | wc -c)

start=$(date +%s.%N)
"$GD_LOAD" -d "$db" -q -o "$dir/o1.jsonl" --region 110101 --jobs "$JOBS" "$dir/files" > "$dir/out1.txt" || true
mid=$(date +%s.%N)
# PDFs: one run per file (each under its own organ), in JOBS parallel lanes
ls "$dir/pdf" | awk -v j="$JOBS" '{print (NR % j) " " $0}' > "$dir/lanes"
lane=0
while [ $lane -lt "$JOBS" ]; do
	( awk -v l=$lane '$1 == l {print $2}' "$dir/lanes" | while read -r f; do
		"$GD_LOAD" -d "$db" -q -o - --region 320800 --organ "淮安${f%.pdf}" --jobs 1 "$dir/pdf/$f" >/dev/null || true
	done ) &
	lane=$((lane + 1))
done
wait
end=$(date +%s.%N)
stored=$(psql -X -At -d "$db" -c "SELECT count(*) FROM gd_reports")
outcomes=$(cat "$dir/out1.txt" | tail -1)
echo "files: $N ($ntxt text, $nhtml HTML, $npdf PDF), $((bytes / 1024 / 1024)) MB, jobs $JOBS"
echo "text+HTML: $outcomes"
printf 'text+HTML %.1f s, PDF %.1f s (%d runs), total %.1f s; reports stored: %s\n' \
	"$(echo "$mid - $start" | bc)" "$(echo "$end - $mid" | bc)" "$npdf" "$(echo "$end - $start" | bc)" "$stored"
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db"
rm -f "$shanghai"
