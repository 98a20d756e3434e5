#!/usr/bin/env bash
# CI check of the Linux installers: builds the app-image and the .deb, runs the CLI launcher from a
# read-only copy of the image and from the extracted .deb (validate --json on a temporary data dir),
# and checks the image stays under 120 MB.
source "$(dirname "$0")/../common.sh"
bash "$ROOT/packaging/linux/build.sh" deb
WORK=$(mktemp -d)
trap 'chmod -R u+w "$WORK" 2>/dev/null; rm -rf "$WORK"' EXIT

size=$(du -sm "$OUT/interviewiq" | cut -f1)
echo "app-image size: ${size} MB"
[[ $size -lt 120 ]] || { echo "FAIL: the app-image is ${size} MB, over 120 MB" >&2; exit 1; }

check_validate() { # $1 = launcher, $2 = label
  local data="$WORK/data-$2"
  local json
  json=$("$1" validate --json --data-dir "$data")
  echo "$json" | grep -q '"ok" : true' || { echo "FAIL: $2 validate: $json" >&2; exit 1; }
  echo "OK   $2: validate --json passed"
}

# the installed app must not write to its install directory
cp -a "$OUT/interviewiq" "$WORK/image"
chmod -R a-w "$WORK/image"
check_validate "$WORK/image/bin/interviewiq-cli" app-image

deb=$(ls "$OUT"/interviewiq_*.deb | head -1)
dpkg-deb -x "$deb" "$WORK/deb"
dpkg-deb -f "$deb" Depends | grep -q libgtk-3-0 || { echo "FAIL: the .deb does not depend on libgtk-3-0" >&2; exit 1; }
check_validate "$WORK/deb/opt/interviewiq/bin/interviewiq-cli" deb
echo "packaging checks OK (app-image and .deb)"
