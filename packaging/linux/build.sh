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
if [[ $WHAT == deb || $WHAT == all ]]; then
  package deb
  ls -1 "$OUT"/*.deb
fi
if [[ $WHAT == rpm || ($WHAT == all && -x "$(command -v rpmbuild || true)") ]]; then
  package rpm
  ls -1 "$OUT"/*.rpm
fi
