#!/usr/bin/env bash
# Linux installers: app-image (always), .deb (dpkg-deb + fakeroot), .rpm (when rpmbuild exists).
# Usage: packaging/linux/build.sh [app-image|deb|rpm|all]   Output: packaging/target/
source "$(dirname "$0")/../common.sh"
WHAT=${1:-all}
prepare_input
app_image
echo "app-image: $OUT/interviewiq ($(du -sm "$OUT/interviewiq" | cut -f1) MB)"
package() {
  # built from the input rather than the app-image: only then does jpackage take our icon into the package
  # shellcheck disable=SC2046
  jpackage --type "$1" $(jpackage_common) --jlink-options "$JLINK_OPTIONS" \
    --description "InterviewIQ Console: interviews and database pool monitoring, sync JDBC or async R2DBC" \
    --linux-package-name interviewiq --linux-menu-group "Office;Development" --linux-app-category misc \
    --linux-shortcut --linux-package-deps libgtk-3-0 --dest "$OUT" 2>&1 | grep -v "No JDK Modules found" || true
}
# jpackage copies the jars and links the runtime afresh for a package, so the app-image's AOT cache
# would not match them: the .deb is opened, trained like the image (common.sh) and closed again
train_deb() {
  local deb tree="$OUT/deb-tree"
  deb=$(ls "$OUT"/interviewiq_*.deb | head -1)
  rm -rf "$tree"
  dpkg-deb -R "$deb" "$tree"
  rm -f "$tree"/opt/interviewiq/lib/runtime/lib/server/classes*.jsa
  strip_native_symbols "$tree/opt/interviewiq/lib/runtime"
  train_aot_cache "$tree/opt/interviewiq"
  sed -i "s/^Installed-Size: .*/Installed-Size: $(du -sk --exclude=DEBIAN "$tree" | cut -f1)/" "$tree/DEBIAN/control"
  dpkg-deb --root-owner-group -b "$tree" "$deb" >/dev/null
  rm -rf "$tree"
}
if [[ $WHAT == deb || $WHAT == all ]]; then
  package deb
  train_deb
  ls -1 "$OUT"/*.deb
fi
if [[ $WHAT == rpm || ($WHAT == all && -x "$(command -v rpmbuild || true)") ]]; then
  package rpm
  ls -1 "$OUT"/*.rpm
fi
