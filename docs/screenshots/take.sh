#!/usr/bin/env bash
# Regenerates the console screenshots in this folder: runs the real console under Xvfb on a
# temporary H2 file with some load and one live mode switch, visits every page in the light and
# dark theme and saves each as PNG. Needs: apt-get install xvfb libgtk-3-0 (and a built jar and the
# ui test classes, where the tour lives so it does not ship: ./mvnw -q -DskipTests package).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$HERE/../.."
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
DATA=$(mktemp -d)
trap 'rm -rf "$DATA"' EXIT
# a fixed window size so the pictures are comparable
printf '{"dark": false, "width": 1400, "height": 900, "x": 0, "y": 0}\n' > "$DATA/ui-state.json"
xvfb-run -a -s "-screen 0 1400x900x24" "$JAVA" \
  -cp "$ROOT/app/target/interviewiq.jar:$ROOT/ui/target/test-classes" com.interviewiq.ui.shell.ConsoleTools \
  screenshots "$HERE" "$DATA"
ls -1 "$HERE"/*.png
