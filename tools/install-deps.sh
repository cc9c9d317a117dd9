#!/bin/sh
# Install what building and testing gov_disclosure needs, from Debian's
# packages, and only what is missing.  Runs as root or through sudo.
set -eu
PG_MAJOR=${PG_MAJOR:-15}
pkgs="make gcc postgresql-$PG_MAJOR postgresql-server-dev-$PG_MAJOR \
postgresql-$PG_MAJOR-pgtap libtap-parser-sourcehandler-pgtap-perl python3-psycopg2 libpostgresql-jdbc-java default-jdk-headless odbc-postgresql unixodbc-dev \
clang libclang-rt-14-dev \
libpq-dev poppler-utils pandoc \
chromium fonts-noto-cjk"
# gd_load reads .doc and .wps through LibreOffice: any installed LibreOffice
# will do (libreoffice-writer conflicts with the -nogui build), else the
# smaller -nogui one.  Chromium and a CJK font: the audit page is checked in a
# real browser (test/browser/run.sh).
command -v soffice >/dev/null 2>&1 || pkgs="$pkgs libreoffice-writer-nogui"

missing=""
for p in $pkgs; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed'; then
		missing="$missing $p"
	fi
done
[ -z "$missing" ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo
echo "installing:$missing"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
