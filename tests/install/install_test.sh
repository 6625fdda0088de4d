#!/usr/bin/env bash
# Installs into a temporary prefix and builds the Debian package, then runs the installed
# executable from both, the way a user would.  usage: install_test.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "install_test: FAIL: $*" >&2; exit 1; }

# Runs the installed binary against its own examples: validate, init, analyze in every format.
exercise() {
    local bin=$1 share=$2
    "$bin" --version | grep -q . || fail "$bin --version printed nothing"
    "$bin" validate "$share/upgrade-risk/examples/q195908.xml" || fail "validate from $bin"
    "$bin" init "$work/starter.xml" 2>/dev/null || fail "init from $bin"
    "$bin" validate "$work/starter.xml" >/dev/null || fail "the starter written by $bin is not valid"
    rm -f "$work/starter.xml"
}

# 1. cmake --install into a temporary prefix.
prefix=$work/prefix
cmake --install "$build" --prefix "$prefix" >/dev/null
for file in bin/upgrade-risk share/upgrade-risk/examples/q195908.xml share/upgrade-risk/examples/starter.xml \
            share/doc/upgrade-risk/README.md share/man/man1/upgrade-risk.1.gz \
            share/bash-completion/completions/upgrade-risk; do
    [ -e "$prefix/$file" ] || fail "cmake --install did not install $file"
done
gzip -dc "$prefix/share/man/man1/upgrade-risk.1.gz" | grep -q '^\.TH UPGRADE-RISK 1' || fail "man page is not roff"
(cd / && exercise "$prefix/bin/upgrade-risk" "$prefix/share")

# 2. The Debian package: metadata, contents, and the binary run from the extracted tree.
(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/deb" >/dev/null) || fail "cpack -G DEB"
deb=$(ls "$work"/deb/upgrade-risk_*.deb)
info=$(dpkg-deb --info "$deb")
for field in "Package: upgrade-risk" "Maintainer: " "Section: admin" "Depends: .*libc6" "Description: predicts Exchange"; do
    grep -q "^ $field" <<<"$info" || fail "the package has no '$field' field:"$'\n'"$info"
done
contents=$(dpkg-deb --contents "$deb")
for file in ./usr/bin/upgrade-risk ./usr/share/man/man1/upgrade-risk.1.gz \
            ./usr/share/bash-completion/completions/upgrade-risk ./usr/share/upgrade-risk/examples/q195908.xml \
            ./usr/share/doc/upgrade-risk/README.md; do
    grep -q " $file\$" <<<"$contents" || fail "the package does not contain $file"
done
dpkg-deb -x "$deb" "$work/root"
(cd / && exercise "$work/root/usr/bin/upgrade-risk" "$work/root/usr/share")
echo "install_test: installed tree and $(basename "$deb") work"
