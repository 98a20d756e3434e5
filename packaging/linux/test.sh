#!/usr/bin/env bash
# CI check of the Linux installers: builds the app-image and the .deb, runs the CLI launcher from a
# read-only copy of the image and from the extracted .deb (validate --json on a temporary data dir),
# checks the image stays under its size budget, and that both carry an AOT cache the launcher maps (and
# that a start without it still works, quietly).
source "$(dirname "$0")/../common.sh"
IMAGE_BUDGET_MB=195 # docs/PACKAGING.md: the runtime, the jars (27 MB of them the semantic model) and the AOT cache
bash "$ROOT/packaging/linux/build.sh" deb
WORK=$(mktemp -d)
trap 'chmod -R u+w "$WORK" 2>/dev/null; rm -rf "$WORK"' EXIT

size=$(du -sm "$OUT/interviewiq" | cut -f1)
echo "app-image size: ${size} MB"
[[ $size -le $IMAGE_BUDGET_MB ]] || { echo "FAIL: the app-image is ${size} MB, over ${IMAGE_BUDGET_MB} MB" >&2; exit 1; }

# one version of each library: two on the class path means the first in the launcher's order wins, not Maven's choice
twice=$(ls "$OUT/interviewiq/lib/app" | grep '\.jar$' | sed -E 's/-[0-9][0-9A-Za-z.]*(-[a-z0-9_-]+)?\.jar$//' | sort | uniq -d)
[[ -z $twice ]] || { echo "FAIL: the app-image holds two versions of: $twice" >&2; exit 1; }
echo "OK   app-image: one version of each library"

check_validate() { # $1 = launcher, $2 = label
  local data="$WORK/data-$2"
  local json
  json=$("$1" validate --json --data-dir "$data" 2>"$WORK/err-$2")
  echo "$json" | grep -q '"ok" : true' || { echo "FAIL: $2 validate: $json" >&2; exit 1; }
  # the JVM logs a cache it cannot use on stdout: the launchers keep that quiet (-Xlog:aot*=off)
  ! { echo "$json"; cat "$WORK/err-$2"; } | grep -q '\[aot' \
    || { echo "FAIL: $2 validate printed AOT messages: $(grep '\[aot' "$WORK/err-$2")" >&2; exit 1; }
  echo "OK   $2: validate --json passed"
}

# the launcher maps the AOT cache (the JVM's own log says so; JAVA_TOOL_OPTIONS reaches the launcher's JVM)
# and the application's classes come from it rather than from the jars
check_aot_cache() { # $1 = image dir, $2 = label
  local log="$WORK/aot-$2.log" from_cache
  [[ -s $1/lib/app/interviewiq.aot ]] || { echo "FAIL: $2 has no lib/app/interviewiq.aot" >&2; exit 1; }
  JAVA_TOOL_OPTIONS="-Xlog:aot=info,class+load=info:file=$log" "$1/bin/interviewiq-cli" validate \
    --data-dir "$WORK/data-aot-$2" >/dev/null 2>&1 || { echo "FAIL: $2 validate with the AOT log on" >&2; exit 1; }
  grep -q 'Mapped static .*region' "$log" || { echo "FAIL: $2 did not map its AOT cache: $(grep -m3 aot "$log")" >&2; exit 1; }
  from_cache=$(grep -c 'com\.interviewiq\..* source: shared objects file' "$log" || true)
  [[ $from_cache -gt 100 ]] || { echo "FAIL: $2 loaded only $from_cache of its own classes from the AOT cache" >&2; exit 1; }
  echo "OK   $2: AOT cache mapped, $from_cache application classes loaded from it"
}

# On a machine without a GPU device the console draws in software and keeps Mesa's OpenGL out of its process
# (JavaFX would load it, reject the software rasteriser and fall back anyway: 45-50 MB of an idle console)
check_console_without_gl() { # $1 = image dir
  if [[ -e /dev/dri ]] || compgen -G "/dev/nvidia*" >/dev/null; then
    echo "SKIP console rendering: this machine has a GPU device"; return 0
  fi
  if ! command -v xvfb-run >/dev/null; then echo "SKIP console rendering: no xvfb-run"; return 0; fi
  local home="$WORK/home-console"
  # the window's "shown" line is awaited (at most 60 s), then the process's mappings are read while it runs
  INTERVIEWIQ_HOME="$home" xvfb-run -a -s "-screen 0 1280x1024x24" bash -c '
    "$1/bin/interviewiq" >/dev/null 2>&1 & pid=$!
    log="$INTERVIEWIQ_HOME/logs/interviewiq.log"
    for _ in $(seq 600); do grep -q "console window shown" "$log" 2>/dev/null && break; sleep 0.1; done
    shown=$(grep -o "console window shown.*" "$log" 2>/dev/null); gl=$(grep -c -E "libLLVM|swrast_dri|libGLX_mesa" /proc/$pid/maps)
    kill $pid; wait $pid 2>/dev/null
    [[ -n $shown ]] || { echo "FAIL: the console showed no window within 60 s: $(tail -3 "$log")" >&2; exit 1; }
    grep -q "rendering: no GPU device" "$log" || { echo "FAIL: the console did not choose software rendering: $(grep rendering "$log")" >&2; exit 1; }
    [[ $gl -eq 0 ]] || { echo "FAIL: the console loaded OpenGL ($gl Mesa mappings) on a machine without a GPU" >&2; exit 1; }
    echo "OK   console: $shown, software rendering, no OpenGL loaded"' _ "$1"
}

# the installed app must not write to its install directory
cp -a "$OUT/interviewiq" "$WORK/image"
chmod -R a-w "$WORK/image"
check_validate "$WORK/image/bin/interviewiq-cli" app-image
check_aot_cache "$WORK/image" app-image
check_console_without_gl "$WORK/image"

# without its cache (or with one that no longer matches) the app starts as before, only slower, and quietly
cp -a "$OUT/interviewiq" "$WORK/nocache"
rm "$WORK/nocache/lib/app/interviewiq.aot"
check_validate "$WORK/nocache/bin/interviewiq-cli" without-aot-cache

deb=$(ls "$OUT"/interviewiq_*.deb | head -1)
dpkg-deb -x "$deb" "$WORK/deb"
dpkg-deb -f "$deb" Depends | grep -q libgtk-3-0 || { echo "FAIL: the .deb does not depend on libgtk-3-0" >&2; exit 1; }
check_validate "$WORK/deb/opt/interviewiq/bin/interviewiq-cli" deb
check_aot_cache "$WORK/deb/opt/interviewiq" deb
echo "packaging checks OK (app-image and .deb)"
