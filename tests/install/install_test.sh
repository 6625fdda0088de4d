#!/usr/bin/env bash
# Installs into a temporary prefix and builds the Debian package, then runs the installed
# executable from both, the way a user would.  usage: install_test.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "install_test: FAIL: $*" >&2; exit 1; }

# Runs the installed binary against its own examples: validate, schema, init, analyze in every
# format it lists.
exercise() {
    local bin=$1 share=$2
    local example=$share/upgrade-risk/examples/q195908.xml out=$work/out
    mkdir -p "$out"
    "$bin" --version | grep -q . || fail "$bin --version printed nothing"
    "$bin" validate "$example" >/dev/null || fail "validate from $bin"
    "$bin" schema >"$out/schema.xsd" || fail "schema from $bin"
    cmp -s "$out/schema.xsd" "$share/upgrade-risk/schema/inventory-1.xsd" ||
        fail "$bin schema differs from the installed XSD"
    xmllint --noout --schema "$out/schema.xsd" "$example" 2>/dev/null || fail "the printed XSD rejects $example"
    (cd "$out" && "$bin" init 2>/dev/null) || fail "init from $bin"
    "$bin" validate "$out/inventory.xml" >/dev/null || fail "the starter written by $bin is not valid"
    (cd "$out" && "$bin" init 2>/dev/null) && fail "init from $bin overwrote inventory.xml without --force"
    local formats
    formats=$("$bin" analyze --help | sed -n 's/^ *\([a-z]*\): .*/\1/p' | sort -u)
    [ -n "$formats" ] || fail "$bin analyze --help lists no formats"
    local args=() format
    for format in $formats; do args+=(-o "$format=$out/report.$format"); done
    "$bin" analyze "$example" "${args[@]}" 2>/dev/null || fail "analyze from $bin (formats: $formats)"
    for format in $formats; do
        [ -s "$out/report.$format" ] || fail "analyze from $bin wrote no $format report"
    done
    rm -rf "$out"
}

# 1. cmake --install into a temporary prefix.
prefix=$work/prefix
cmake --install "$build" --prefix "$prefix" >/dev/null
for file in bin/upgrade-risk share/upgrade-risk/examples/q195908.xml share/upgrade-risk/examples/starter.xml \
            share/upgrade-risk/schema/inventory-1.xsd \
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
            ./usr/share/upgrade-risk/schema/inventory-1.xsd ./usr/share/doc/upgrade-risk/README.md; do
    grep -q " $file\$" <<<"$contents" || fail "the package does not contain $file"
done
dpkg-deb -x "$deb" "$work/root"
(cd / && exercise "$work/root/usr/bin/upgrade-risk" "$work/root/usr/share")
echo "install_test: installed tree and $(basename "$deb") work"
