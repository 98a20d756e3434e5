#!/usr/bin/env bash
# macOS .dmg (run on a Mac with JDK 25; not testable on the Linux CI). Usage: packaging/macos/build.sh
# The desktop heap as on Linux (common.sh); the AOT cache is trained on Linux only so far.
# JavaFX: Maven resolves the mac jars (javafx-*-mac.jar or -mac-aarch64.jar) on a Mac by itself.
source "$(dirname "$0")/../common.sh"
prepare_input
# the ICNS icon is made from the one source image with macOS's own tools
ICONSET="$OUT/interviewiq.iconset"; mkdir -p "$ICONSET"
for s in 16 32 128 256; do
  sips -z $s $s "$ROOT/resources/icons/interviewiq.png" --out "$ICONSET/icon_${s}x${s}.png" >/dev/null
done
iconutil -c icns "$ICONSET" -o "$OUT/interviewiq.icns"
jpackage --type dmg --name InterviewIQ --app-version "$VERSION" --vendor "InterviewIQ" \
  --input "$OUT/input" --main-jar "interviewiq-app-$VERSION.jar" --main-class com.interviewiq.app.Main \
  --module-path "$OUT/javafx" --add-modules "$MODULES" \
  --jlink-options '--strip-debug --no-man-pages --no-header-files --compress=zip-9 --generate-cds-archive' \
  --java-options '--enable-native-access=ALL-UNNAMED,javafx.graphics' \
  --java-options -Xms32m --java-options -Xmx512m --java-options -XX:+UseSerialGC \
  --icon "$OUT/interviewiq.icns" --mac-package-identifier com.interviewiq.console \
  --add-launcher interviewiq-cli="$ROOT/packaging/linux/cli-launcher.properties" \
  --dest "$OUT"
