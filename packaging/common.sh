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
  # one reactor build: app's dependencies on engine and ui resolve to their fresh jars, nothing is installed
  # into the local repository (MVN: another Maven command, e.g. one that takes a lock). Only the app's own
  # copy is taken: it holds the versions Maven chose for the application, while the ui module alone
  # resolves older commons-io/-compress/-codec that would sit beside them (and, first in the launcher's
  # alphabetical class path, win).
  local deps="$ROOT/app/target/dependency"
  rm -rf "$deps"
  (cd "$ROOT" && ${MVN:-./mvnw} -q -B -ntp -DskipTests -pl app -am package dependency:copy-dependencies \
      -DincludeScope=runtime)
  cp "$ROOT/app/target/interviewiq-app-$VERSION.jar" "$OUT/input/"
  for jar in "$deps"/*.jar; do
    name=$(basename "$jar")
    if [[ $name =~ ^javafx-.*-[0-9.]+-[a-z0-9-]+\.jar$ ]]; then
      cp "$jar" "$OUT/javafx/" # the platform jars (linux, win, mac...) hold the classes and native libraries
    elif [[ $name != javafx-* ]]; then
      cp "$jar" "$OUT/input/" # the platform-neutral javafx jars are empty shells and are left out
    fi
  done
  strip_foreign_natives
}

# ONNX Runtime and the tokenizer (the semantic evaluator) carry native libraries for five platforms,
# about 110 MB of which this installer's platform needs one: the others are dropped from the copies
# (docs/PACKAGING.md). Rewritten with python3's zipfile: no zip tool needed.
strip_foreign_natives() {
  local os arch ort djl
  case "$(uname -s)" in Linux) os=linux ;; Darwin) os=osx ;; *) os=win ;; esac
  case "$(uname -m)" in x86_64|amd64) arch=x64 ;; *) arch=aarch64 ;; esac
  ort="ai/onnxruntime/native/$os-$arch/"
  djl="native/lib/$os-$([[ $arch == x64 ]] && echo x86_64 || echo aarch64)/"
  for jar in "$OUT"/input/onnxruntime-*.jar "$OUT"/input/tokenizers-*.jar; do
    [[ -f $jar ]] || continue
    python3 - "$jar" "$ort" "$djl" <<'PY'
import sys, zipfile, os
jar, keep_ort, keep_djl = sys.argv[1:4]
tmp = jar + ".tmp"
with zipfile.ZipFile(jar) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
    for e in src.infolist():
        n = e.filename
        foreign = (n.startswith("ai/onnxruntime/native/") and not n.startswith(keep_ort) and n != "ai/onnxruntime/native/") \
            or (n.startswith("native/lib/") and n.count("/") >= 3 and not n.startswith(keep_djl))
        if not foreign:
            dst.writestr(e, src.read(n))
os.replace(tmp, jar)
PY
  done
}

# what every Linux package shares: the app, its runtime, two launchers (interviewiq = the console,
# interviewiq-cli = the command line) and the icon
jpackage_common() {
  echo --name interviewiq --app-version "$VERSION" --vendor InterviewIQ \
    --input "$OUT/input" --main-jar "interviewiq-app-$VERSION.jar" --main-class com.interviewiq.app.Main \
    --module-path "$OUT/javafx" --add-modules "$MODULES" \
    $(for o in $JAVA_OPTIONS; do echo --java-options "$o"; done) \
    --icon "$ROOT/resources/icons/interviewiq.png" \
    --add-launcher interviewiq-cli="$ROOT/packaging/linux/cli-launcher.properties"
}

# What both launchers pass to the JVM (docs/PACKAGING.md says why each):
# - the AOT cache made by the training run below (JEP 483/514). A missing or mismatched cache only
#   costs speed: the JVM then starts without it; -Xlog:aot*=off keeps that quiet on the console.
# - a desktop heap: at most 512 MB (left alone, the JVM takes up to a quarter of the machine's RAM,
#   6 GB on a 24 GB machine, and H2 sizes its cache from that) starting at 32 MB (rather than 1/64 of the
#   RAM), with the serial collector: G1's own structures took 38 MB of an idle console's memory, and
#   with one interactive user and a heap this size its pauses stay short. The bench and simulate are
#   subcommands of the same launchers and run inside it (docs/BENCHMARKS.md).
# - malloc's freed memory handed back to the system every 5 s (glibc keeps it in per-thread arenas otherwise:
#   an idle console held 15-20 MB more without it; the launcher cannot set MALLOC_ARENA_MAX, an environment variable).
AOT_CACHE=interviewiq.aot
JAVA_OPTIONS="--enable-native-access=ALL-UNNAMED,javafx.graphics -XX:AOTCache=\$APPDIR/$AOT_CACHE -Xlog:aot*=off
 -Xms32m -Xmx512m -XX:+UseSerialGC -XX:TrimNativeHeapInterval=5000"

# jlink's CDS archive of JDK classes speeds start-up of a JVM without the AOT cache (docs/BENCHMARKS.md)
JLINK_OPTIONS='--strip-debug --no-man-pages --no-header-files --compress=zip-9 --generate-cds-archive'

app_image() {
  rm -rf "$OUT/interviewiq"
  # shellcheck disable=SC2046 # word splitting of jpackage_common is intended (no spaces in paths here)
  jpackage --type app-image $(jpackage_common) --jlink-options "$JLINK_OPTIONS" --dest "$OUT" 2>&1 \
    | grep -v "No JDK Modules found" || true
  test -x "$OUT/interviewiq/bin/interviewiq"
  # the CDS variant for heaps over 32 GB (no compressed oops) is 14 MB that a laptop console never uses
  rm -f "$OUT/interviewiq/lib/runtime/lib/server/classes_nocoops.jsa"
  # the AOT cache below holds the JDK classes a start-up uses, in place of jlink's archive (14 MB)
  rm -f "$OUT/interviewiq/lib/runtime/lib/server/classes.jsa"
  strip_native_symbols "$OUT/interviewiq/lib/runtime"
  train_aot_cache "$OUT/interviewiq"
}

# The runtime's native libraries carry their full symbol tables (libjvm.so alone 5 MB of them); the dynamic
# symbols stay, so a crash report still names the JVM's exported functions. Done before the AOT training.
strip_native_symbols() {
  if ! command -v strip >/dev/null; then
    echo "note: no strip (binutils): the runtime's libraries keep their symbol tables"
    return 0
  fi
  find "$1" -name '*.so' -type f -exec strip --strip-unneeded {} +
}

# The AOT cache (JDK 25, JEP 483/514): one training run of the image's own JVM, class path and options,
# recording with -XX:AOTCacheOutput instead of reading with -XX:AOTCache. It runs `validate` on a fresh
# data dir and, with a display (or xvfb-run), opens the console until its first frame is shown
# (com.interviewiq.app.AotTraining). The cache lands in lib/app beside the jars (the launchers' $APPDIR).
train_aot_cache() {
  local image=$1 cfg="$1/lib/app/interviewiq-cli.cfg" data console=() wrap=()
  data=$(mktemp -d)
  if [[ -n ${DISPLAY:-} ]]; then
    console=(console)
  elif command -v xvfb-run >/dev/null; then
    console=(console); wrap=(xvfb-run -a -s "-screen 0 1280x1024x24")
  fi
  rm -f "$image/lib/app/$AOT_CACHE"
  cp "$cfg" "$OUT/cli.cfg.orig"
  sed -i -e "s|^java-options=-XX:AOTCache=.*|java-options=-XX:AOTCacheOutput=$image/lib/app/$AOT_CACHE|" \
      -e "s|^app.mainclass=.*|app.mainclass=com.interviewiq.app.AotTraining|" "$cfg"
  echo "AOT training run (validate${console:+ and the console}): log in $OUT/aot-training.log"
  local rc=0
  "${wrap[@]}" "$image/bin/interviewiq-cli" "$data/data" validate "${console[@]}" >"$OUT/aot-training.log" 2>&1 || rc=$?
  mv "$OUT/cli.cfg.orig" "$cfg"
  rm -rf "$data"
  if [[ $rc -ne 0 || ! -s "$image/lib/app/$AOT_CACHE" ]]; then
    echo "FAIL: AOT training run exited $rc; see $OUT/aot-training.log" >&2
    return 1
  fi
  echo "AOT cache: $(du -m "$image/lib/app/$AOT_CACHE" | cut -f1) MB"
}
