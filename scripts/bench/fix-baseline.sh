#!/usr/bin/env bash
# The ImageMagick way to fix main images, one command per file, for scripts/bench/review.sh to time `check --fix`
# against: flatten onto white, pad to the frame (centred) and strip the metadata.
# Usage: scripts/bench/fix-baseline.sh LIST OUT-FOLDER, LIST holding "PATH<TAB>WIDTHxHEIGHT" lines.
set -euo pipefail
list=${1:?usage: fix-baseline.sh LIST OUT-FOLDER}
out=${2:?usage: fix-baseline.sh LIST OUT-FOLDER}
mkdir -p "$out"
while IFS=$'\t' read -r file frame; do
  name=$(basename "$file")
  convert "$file" -background white -flatten -gravity center -extent "$frame" -strip "$out/${name%.*}.jpg"
done < "$list"
