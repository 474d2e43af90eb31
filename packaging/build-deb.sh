#!/usr/bin/env bash
# Builds packaging/target/guichet_VERSION_amd64.deb from kiosk/target/guichet.jar:
# a jlinked Java runtime and the jar as a jpackage app-image under /opt/guichet, /usr/bin/guichet,
# the systemd units, /etc/guichet/guichet.yaml (conffile), and the maintainer scripts.
# The class list for the AppCDS archive is recorded here by a training run of the kiosk's first
# screen in tmux; postinst dumps the archive against the installed paths (JDK 17 checks the jar's
# absolute path, so an archive dumped in the build tree would be refused on the target).
#   bash packaging/build-deb.sh            (after mvn package; needs a JDK 17, tmux, dpkg-deb, fakeroot)
set -euo pipefail
cd "$(dirname "$0")/.."
here=packaging
out="$here/target"
jar=kiosk/target/guichet.jar
[ -f "$jar" ] || { echo "build-deb.sh: $jar is missing: run mvn -B package first" >&2; exit 1; }
version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -n 1)"
version="${version%-SNAPSHOT}"
jdk="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}"
rm -rf "$out" && mkdir -p "$out/input"
cp "$jar" "$out/input/guichet.jar"

# 1. The runtime: the modules jdeps finds, plus those reached by reflection or service loading
#    (JDBC and Flyway's logging and naming, Lanterna's signals, Flyway's jar scanning).
modules="$("$jdk/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 "$jar")"
modules="$modules,java.logging,java.naming,java.management,jdk.unsupported,jdk.zipfs,jdk.charsets"
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --compress=2 --generate-cds-archive --output "$out/runtime"

# 2. The app image: launcher /opt/guichet/bin/guichet, jar in lib/app, runtime in lib/runtime.
#    -Xshare:auto: if the archive is missing or stale the JVM runs without it; -Xlog:cds off so a
#    refused archive never prints on the kiosk's screen.
"$jdk/bin/jpackage" --type app-image --name guichet --app-version "$version" \
  --input "$out/input" --main-jar guichet.jar --main-class fr.guichet.app.Main \
  --runtime-image "$out/runtime" --dest "$out/image" \
  --java-options '-XX:SharedArchiveFile=$APPDIR/guichet.jsa' \
  --java-options '-Xshare:auto' --java-options '-Xlog:cds=off' \
  --java-options '-Xlog:cds+dynamic=off' \
  --java-options '-XX:TieredStopAtLevel=1' --java-options '-XX:+UseSerialGC' \
  --java-options '-Dfile.encoding=UTF-8'

# 3. Training run: the kiosk's first screen and a few commands, recording the classes loaded.
bash "$here/record-classes.sh" "$out/image/guichet/lib/runtime/bin/java" \
  "$out/image/guichet/lib/app/guichet.jar" "$out/image/guichet/lib/app/guichet.classlist"

# 4. The package tree.
root="$out/root"
mkdir -p "$root/opt" "$root/usr/bin" "$root/lib/systemd/system" "$root/etc/guichet" \
  "$root/etc/default" "$root/usr/share/doc/guichet" "$root/DEBIAN"
cp -a "$out/image/guichet" "$root/opt/guichet"
ln -s /opt/guichet/bin/guichet "$root/usr/bin/guichet"
install -m 0644 "$here"/systemd/*.service "$here"/systemd/*.timer "$root/lib/systemd/system/"
install -m 0644 "$here/etc/guichet.yaml" "$root/etc/guichet/guichet.yaml"
install -m 0600 "$here/etc/default-guichet" "$root/etc/default/guichet"
install -m 0644 "$here/etc/copyright" "$root/usr/share/doc/guichet/copyright"
install -m 0755 "$here"/debian/postinst "$here"/debian/prerm "$here"/debian/postrm "$root/DEBIAN/"
install -m 0644 "$here/debian/conffiles" "$root/DEBIAN/conffiles"
size_kb="$(du -sk --exclude=DEBIAN "$root" | cut -f1)"
sed -e "s/@VERSION@/$version/" -e "s/@SIZE@/$size_kb/" "$here/debian/control.in" \
  > "$root/DEBIAN/control"
deb="$out/guichet_${version}_amd64.deb"
fakeroot dpkg-deb --build -Zxz "$root" "$deb" >/dev/null
echo "$deb"
