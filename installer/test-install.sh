#!/bin/sh
# Installs the .deb on this Debian 12 machine and proves what the installer promises: the menu entry,
# class-data sharing, a first start in a real (Xvfb) window with the sample case, a case created, the PDF
# exported, the data kept across a reinstall, and a clean removal that leaves the user's data alone.
#
# Usage (as root): installer/test-install.sh [path/to/turnaround_*.deb]
# Needs: apt, Xvfb (installed if missing).
set -eu

deb=$(readlink -f "${1:-$(ls target/installer/turnaround_*_amd64.deb | head -n 1)}")
app=/opt/turnaround/bin/turnaround
home=$(mktemp -d)
# Java takes the home folder from the password database, not $HOME: the standard XDG variable moves the
# data folder into the scratch home instead.
export HOME="$home" XDG_DATA_HOME="$home/.local/share"
unset TURNAROUND_DATA_DIR
data="$XDG_DATA_HOME/turnaround"
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

command -v Xvfb >/dev/null || apt-get install -y xvfb >/dev/null

step "install $deb"
apt-get install -y "$deb" >/dev/null
[ -x "$app" ] || fail "no launcher at $app"
[ -f /usr/share/applications/turnaround-turnaround.desktop ] || fail "no menu entry"
grep -q '^Icon=/opt/turnaround/lib/turnaround.png' /usr/share/applications/turnaround-turnaround.desktop || fail "menu entry without icon"
[ -f /opt/turnaround/lib/app/turnaround.jsa ] || fail "no class-data sharing archive"
"$app" --version
[ "$(readlink -f /usr/bin/turnaround)" = "$(readlink -f "$app")" ] || fail "turnaround is not on the PATH"
bash -c '. /usr/share/bash-completion/completions/turnaround && complete -p turnaround' >/dev/null || fail "no bash completion"
"$app" export-pdf --help | grep -q -- '--revision' || fail "no help for export-pdf"
command -v appstreamcli >/dev/null || apt-get install -y appstream >/dev/null
[ -f /usr/share/metainfo/io.turnaround.Turnaround.metainfo.xml ] || fail "no AppStream metainfo"
appstreamcli validate --no-net /usr/share/metainfo/io.turnaround.Turnaround.metainfo.xml || fail "the AppStream metainfo does not validate"

step "first start from the menu entry, in a window (Xvfb): the case list with the sample case"
menu=/usr/share/applications/turnaround-turnaround.desktop
grep -q '^Name=Turnaround$' "$menu" || fail "the menu entry is not named Turnaround"
exec_line=$(sed -n 's/^Exec=//p' "$menu" | sed 's/ *%[a-zA-Z]//g')
Xvfb :97 -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$home"' EXIT
sleep 1
DISPLAY=:97 $exec_line --measure-startup | grep '^startup-ms ' || fail "the installed app did not show its window"
"$app" list | grep -q 'SAMPLE-FIRE' || fail "no sample case after the first start"
[ "$(stat -c %a "$data")" = 700 ] || fail "the data folder is not private"
case "$(readlink -f "$data")" in /opt/*) fail "data inside the install folder";; esac

step "create a case, export its summary"
"$app" export-json 1 --out "$home/case.json"
"$app" import "$home/case.json" >/dev/null
[ "$("$app" list | wc -l)" = 2 ] || fail "the new case is not listed"
"$app" export-pdf 1 --out "$home/summary.pdf" >/dev/null
head -c 5 "$home/summary.pdf" | grep -q '%PDF-' || fail "no PDF"

step "summaries in every script the demo cases use (the slimmed ICU and SQLite jars of the package)"
"$app" --data-dir "$home/demo" generate-demo 12 --seed 3 >/dev/null
for id in $("$app" --data-dir "$home/demo" list | cut -f1); do
    "$app" --data-dir "$home/demo" export-pdf "$id" --out "$home/demo-$id.pdf" >/dev/null || fail "no PDF of demo case $id"
done

step "a noexec temporary folder does not stop it (SQLite's library loads from the app's folder)"
noexec="$home/noexec-tmp"
mkdir -p "$noexec"
if mount -t tmpfs -o noexec tmpfs "$noexec" 2>/dev/null; then mounted=1; else mounted=0; noexec="$home/no-such-folder"; fi
TMPDIR="$noexec" JAVA_TOOL_OPTIONS="-Djava.io.tmpdir=$noexec" "$app" list 2>/dev/null | grep -q SAMPLE-FIRE || fail "no start with a noexec /tmp"
[ "$mounted" = 1 ] && umount "$noexec"

step "reinstall: the cases are still there"
apt-get install -y --reinstall "$deb" >/dev/null
[ "$("$app" list | wc -l)" = 2 ] || fail "cases lost by the reinstall"
[ -f /opt/turnaround/lib/app/turnaround.jsa ] || fail "no class-data sharing archive after the reinstall"

installed_mb=$(du -sm /opt/turnaround | cut -f1)
jsa_mb=$(du -sm /opt/turnaround/lib/app/turnaround.jsa | cut -f1)
step "remove: the program goes, the user's data stays"
apt-get remove -y turnaround >/dev/null
[ ! -e /opt/turnaround ] || fail "/opt/turnaround left behind: $(find /opt/turnaround | head)"
[ ! -e /usr/share/applications/turnaround-turnaround.desktop ] || fail "menu entry left behind"
[ ! -e /usr/share/metainfo/io.turnaround.Turnaround.metainfo.xml ] || fail "AppStream metainfo left behind"
[ ! -e /usr/bin/turnaround ] || fail "/usr/bin/turnaround left behind"
[ ! -e /usr/share/bash-completion/completions/turnaround ] || fail "completion left behind"
[ -f "$data/turnaround.db" ] || fail "the user's data was removed"
echo "OK: install, first start, case, PDF, reinstall and removal all behave"
echo "package: $(stat -c %s "$deb" | awk '{printf "%.1f MB", $1/1048576}'); installed: ${installed_mb} MB in /opt/turnaround (of which the class-data sharing archive made at install: $(echo "$jsa_mb") MB)"
