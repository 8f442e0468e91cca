#!/bin/sh
# Cold start of the installed app to its interactive case list, beside a bare JavaFX window started by the same
# bundled runtime with the same JavaFX jars; also the app with class-data sharing switched off.
# Usage (after installing the .deb and ./mvnw test-compile): DISPLAY=:99 installer/bench-startup.sh [runs]
set -eu
runs=${1:-7}
app=/opt/turnaround/bin/turnaround
java=/opt/turnaround/lib/runtime/bin/java
lib=/opt/turnaround/lib/app/lib
fx=$(ls "$lib"/javafx-*.jar | paste -sd: -)
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
"$app" --data-dir "$data" --measure-startup >/dev/null 2>&1   # the first run adds the sample case
ms() { "$@" 2>/dev/null | sed -n 's/^startup-ms //p'; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
: > "$data/app"; : > "$data/bare"; : > "$data/nocds"
i=0
while [ $i -lt "$runs" ]; do
    ms "$java" -cp "target/test-classes:$fx" 'io.turnaround.bench.BareWindow$Launcher' >> "$data/bare"
    ms "$app" --data-dir "$data" --measure-startup >> "$data/app"
    ms env JAVA_TOOL_OPTIONS=-Xshare:off "$app" --data-dir "$data" --measure-startup >> "$data/nocds"
    i=$((i + 1))
done
a=$(median < "$data/app"); b=$(median < "$data/bare"); n=$(median < "$data/nocds")
echo "installed.startup.app.median_ms $a  (runs: $(paste -sd' ' "$data/app"))"
echo "installed.startup.app_without_cds.median_ms $n"
echo "installed.startup.bare.median_ms $b"
awk -v a="$a" -v b="$b" 'BEGIN { printf "installed.startup.ratio %.2f  (goal <= 1.30)\n", a / b }'
