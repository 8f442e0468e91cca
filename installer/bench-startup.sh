#!/bin/sh
# Cold start of the installed app to its interactive case list, beside a bare JavaFX window started by the same
# bundled runtime with the same JavaFX jars (with the JVM's defaults, and with the app's JVM options); also the app
# with class-data sharing switched off.
# Usage (after installing the .deb and ./mvnw test-compile): DISPLAY=:99 installer/bench-startup.sh [runs [data-folder]]
# With a data folder (e.g. one `turnaround --data-dir F generate-demo 100000 --seed 1` filled), the app starts on it;
# without, on a new folder holding the sample case.
set -eu
runs=${1:-7}
library=${2:-}
app=/opt/turnaround/bin/turnaround
java=/opt/turnaround/lib/runtime/bin/java
lib=/opt/turnaround/lib/app/lib
fx=$(ls "$lib"/javafx-*.jar | paste -sd: -)
# The app's JVM options from its launcher configuration, less those naming its folder (its CDS archive).
opts=$(sed -n 's/^java-options=//p' /opt/turnaround/lib/app/turnaround.cfg | grep -v APPDIR | paste -sd' ' -)
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
appdata=${library:-$data}
"$app" --data-dir "$appdata" --measure-startup >/dev/null 2>&1   # the first run adds the sample case (and warms the file)
ms() { "$@" 2>/dev/null | sed -n 's/^startup-ms //p'; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
: > "$data/app"; : > "$data/bare"; : > "$data/bareopts"; : > "$data/nocds"; : > "$data/stages"; : > "$data/barestages"
i=0
while [ $i -lt "$runs" ]; do
    "$java" -cp "target/test-classes:$fx" 'io.turnaround.bench.BareWindow$Launcher' 2>/dev/null > "$data/run"
    sed -n 's/^startup-ms //p' "$data/run" >> "$data/bare"
    sed -n 's/^startup-stage //p' "$data/run" >> "$data/barestages"
    # shellcheck disable=SC2086 # the options are separate words
    ms "$java" $opts -cp "target/test-classes:$fx" 'io.turnaround.bench.BareWindow$Launcher' >> "$data/bareopts"
    "$app" --data-dir "$appdata" --measure-startup 2>/dev/null > "$data/run"
    sed -n 's/^startup-ms //p' "$data/run" >> "$data/app"
    sed -n 's/^startup-stage //p' "$data/run" >> "$data/stages"
    ms env JAVA_TOOL_OPTIONS=-Xshare:off "$app" --data-dir "$appdata" --measure-startup >> "$data/nocds"
    i=$((i + 1))
done
a=$(median < "$data/app"); b=$(median < "$data/bare"); o=$(median < "$data/bareopts"); n=$(median < "$data/nocds")
echo "installed.startup.app.median_ms $a  (runs: $(paste -sd' ' "$data/app"); $(sqlite3 "$appdata/turnaround.db" 'SELECT count(*) FROM cases' 2>/dev/null || echo '?') cases)"
echo "installed.startup.app_without_cds.median_ms $n"
echo "installed.startup.bare.median_ms $b  (runs: $(paste -sd' ' "$data/bare"))"
echo "installed.startup.bare_with_app_options.median_ms $o  (runs: $(paste -sd' ' "$data/bareopts"))"
# Where the time went: the median of each stage the app and the bare window print (milliseconds from the JVM's start).
stages() {   # stages FILE NAME-PREFIX: each stage's median, in the order first seen
    for stage in $(awk '{print $1}' "$1" | awk '!seen[$0]++'); do
        echo "$2.$stage.median_ms $(awk -v s="$stage" '$1 == s {print $2}' "$1" | median)"
    done
}
stages "$data/stages" installed.startup.stage
stages "$data/barestages" installed.startup.bare.stage
awk -v a="$a" -v b="$b" -v o="$o" 'BEGIN { printf "installed.startup.ratio %.2f  (goal <= 1.30; against the bare window with the app'"'"'s options %.2f)\n", a / b, a / o }'
# What the installed app takes on disk: in all, its runtime, its own jars, and the class-data-sharing archive the
# package's post-install script dumped.
echo "installed.size_mb $(du -sm /opt/turnaround | cut -f1)"
echo "installed.runtime_mb $(du -sm /opt/turnaround/lib/runtime | cut -f1)"
echo "installed.app_mb $(du -sm /opt/turnaround/lib/app | cut -f1)"
for jsa in /opt/turnaround/lib/app/*.jsa; do
    [ -f "$jsa" ] && echo "installed.cds_archive_mb $(du -sm "$jsa" | cut -f1)"
done
deb=$(ls target/installer/*.deb 2>/dev/null | head -1 || true)
[ -n "$deb" ] && echo "package.deb_mb $(du -m "$deb" | cut -f1)  ($deb)"
exit 0
