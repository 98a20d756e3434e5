# Windows .msi (run on Windows with JDK 25 and the WiX Toolset 3.x on PATH; not testable on the Linux CI).
# Usage (PowerShell, from the repository root): .\packaging\windows\build.ps1
$ErrorActionPreference = "Stop"
$Root = (Resolve-Path "$PSScriptRoot\..\..").Path
$Out = "$Root\packaging\target"
$Version = ([xml](Get-Content "$Root\pom.xml")).project.version
$Modules = "java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.security.jgss,java.sql,java.transaction.xa,java.xml,jdk.crypto.ec,jdk.httpserver,jdk.management,jdk.unsupported,jdk.zipfs,javafx.controls,javafx.fxml"
Remove-Item -Recurse -Force "$Out\input","$Out\javafx" -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force "$Out\input","$Out\javafx" | Out-Null
& "$Root\mvnw.cmd" -q -B -DskipTests install
& "$Root\mvnw.cmd" -q -B -pl app dependency:copy-dependencies -DincludeScope=runtime "-DoutputDirectory=$Out\deps"
Copy-Item "$Root\app\target\interviewiq-app-$Version.jar" "$Out\input\"
Get-ChildItem "$Out\deps\*.jar" | ForEach-Object {
  if ($_.Name -like "javafx-*-win.jar") { Copy-Item $_.FullName "$Out\javafx\" }
  elseif ($_.Name -notlike "javafx-*") { Copy-Item $_.FullName "$Out\input\" }
}
# the desktop heap as on Linux (packaging/common.sh); the AOT cache is trained on Linux only so far
# a fixed upgrade UUID lets a newer .msi replace an older one
jpackage --type msi --name InterviewIQ --app-version $Version --vendor "InterviewIQ" `
  --input "$Out\input" --main-jar "interviewiq-app-$Version.jar" --main-class com.interviewiq.app.Main `
  --module-path "$Out\javafx" --add-modules $Modules `
  --jlink-options "--strip-debug --no-man-pages --no-header-files --compress=zip-9 --generate-cds-archive" `
  --java-options "--enable-native-access=ALL-UNNAMED,javafx.graphics" `
  --java-options "-Xms32m" --java-options "-Xmx512m" --java-options "-XX:+UseSerialGC" `
  --icon "$Root\resources\icons\interviewiq.ico" `
  --win-upgrade-uuid 5b0b7a3e-6f0e-4c1b-9f62-3c7d4e2a9b11 --win-menu --win-menu-group "InterviewIQ" --win-shortcut `
  --win-dir-chooser --add-launcher "interviewiq-cli=$Root\packaging\windows\cli-launcher.properties" `
  --dest $Out
