#!/usr/bin/env bash
# Regenerates dashboard-ab.png and pool-advisor.png: the real console under Xvfb on a temporary H2
# file, interview load for a minute in sync, a live switch to async, a minute more, then the Dashboard's
# Compare window and the Settings screen's pool advisor. Needs what take.sh needs.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$HERE/../.."
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
DATA=$(mktemp -d)
trap 'rm -rf "$DATA"' EXIT
printf '{"dark": false, "width": 1400, "height": 900, "x": 0, "y": 0}\n' > "$DATA/ui-state.json"
xvfb-run -a -s "-screen 0 1400x900x24" "$JAVA" \
  -cp "$ROOT/app/target/interviewiq.jar:$ROOT/ui/target/test-classes" com.interviewiq.ui.shell.ConsoleTools \
  advisor-shots "$HERE" "$DATA"
ls -1 "$HERE"/dashboard-ab.png "$HERE"/pool-advisor.png
