#!/usr/bin/env bash
# Shared by the packaging scripts: JDK 25, the version from the pom, and the jpackage input
# (the app's own jar and its runtime dependencies; JavaFX goes on the module path so jlink can
# link it into the runtime with its native libraries).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/packaging/target"
if [[ -z "${JAVA_HOME:-}" || ! -x "$JAVA_HOME/bin/jpackage" ]]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
export PATH="$JAVA_HOME/bin:$PATH"
VERSION=$(sed -n 's:.*<version>\([^<]*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -1)
# the JDK modules the app needs (found with jdeps over the app and its dependencies; see docs/PACKAGING.md)
MODULES=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.security.jgss,java.sql,java.transaction.xa,java.xml,jdk.crypto.ec,jdk.httpserver,jdk.management,jdk.unsupported,jdk.zipfs,javafx.controls,javafx.fxml

prepare_input() {
  rm -rf "$OUT/input" "$OUT/javafx"
  mkdir -p "$OUT/input" "$OUT/javafx"
  (cd "$ROOT" && ./mvnw -q -B -ntp -DskipTests install)
  (cd "$ROOT" && ./mvnw -q -B -ntp -pl app dependency:copy-dependencies -DincludeScope=runtime \
      -DoutputDirectory="$OUT/deps")
  cp "$ROOT/app/target/interviewiq-app-$VERSION.jar" "$OUT/input/"
  for jar in "$OUT"/deps/*.jar; do
    name=$(basename "$jar")
    if [[ $name =~ ^javafx-.*-[0-9.]+-[a-z0-9-]+\.jar$ ]]; then
      cp "$jar" "$OUT/javafx/" # the platform jars (linux, win, mac...) hold the classes and native libraries
    elif [[ $name != javafx-* ]]; then
      cp "$jar" "$OUT/input/" # the platform-neutral javafx jars are empty shells and are left out
    fi
  done
  rm -rf "$OUT/deps"
}

# what every Linux package shares: the app, its runtime, two launchers (interviewiq = the console,
# interviewiq-cli = the command line) and the icon
jpackage_common() {
  echo --name interviewiq --app-version "$VERSION" --vendor InterviewIQ \
    --input "$OUT/input" --main-jar "interviewiq-app-$VERSION.jar" --main-class com.interviewiq.app.Main \
    --module-path "$OUT/javafx" --add-modules "$MODULES" \
    --java-options --enable-native-access=ALL-UNNAMED,javafx.graphics \
    --icon "$ROOT/resources/icons/interviewiq.png" \
    --add-launcher interviewiq-cli="$ROOT/packaging/linux/cli-launcher.properties"
}

# jlink's CDS archive of JDK classes speeds start-up (docs/BENCHMARKS.md)
JLINK_OPTIONS='--strip-debug --no-man-pages --no-header-files --compress=zip-9 --generate-cds-archive'

app_image() {
  rm -rf "$OUT/interviewiq"
  # shellcheck disable=SC2046 # word splitting of jpackage_common is intended (no spaces in paths here)
  jpackage --type app-image $(jpackage_common) --jlink-options "$JLINK_OPTIONS" --dest "$OUT" 2>&1 \
    | grep -v "No JDK Modules found" || true
  test -x "$OUT/interviewiq/bin/interviewiq"
  # the CDS variant for heaps over 32 GB (no compressed oops) is 14 MB that a laptop console never uses
  rm -f "$OUT/interviewiq/lib/runtime/lib/server/classes_nocoops.jsa"
}
