#!/usr/bin/env bash
# `productstudio inspect` accuracy on a collection of real-world kinds of files, written to
# bench/results/inspect-accuracy.md: scripts/bench/inspect-accuracy.py makes the collection (over 2,000 files)
# and compares every field with exiftool, ImageMagick identify, ffprobe and libvips. Exits 1 when a field
# agrees on less than 99.5 % of the files that have it.
# Usage: scripts/bench/inspect-accuracy.sh PATH/TO/productstudio
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$(realpath "${1:-.build/release/productstudio}")
[ -x "$bin" ] || { echo "inspect-accuracy.sh: need $bin (run: make release)" >&2; exit 2; }
mkdir -p bench/results .bench/inspect-accuracy

# The APNGs and animated WebPs are written by Pillow: use the first Python that has it (Debian's python3-pil).
python=""
for candidate in python3 /usr/bin/python3; do
  if "$candidate" -c "import PIL" 2>/dev/null; then python=$candidate; break; fi
done
[ -n "$python" ] || { echo "inspect-accuracy.sh: no python3 with Pillow (scripts/install-deps.sh bench installs python3-pil)" >&2; exit 2; }

"$python" scripts/bench/inspect-accuracy.py "$bin" .bench/inspect-accuracy bench/results/inspect-accuracy.md
