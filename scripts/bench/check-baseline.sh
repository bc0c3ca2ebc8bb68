#!/usr/bin/env bash
# The script a seller would write instead of `productstudio check`: for each file, one `exiftool -json` and one
# ImageMagick `identify`, whose facts a platform's rules would then be judged on. The benchmark's baseline.
# Usage: scripts/bench/check-baseline.sh FILE...
set -u
for file in "$@"; do
  exiftool -json -fast "$file" > /dev/null
  identify -format '%m %w %h %[colorspace] %[depth] %n\n' "$file" > /dev/null 2>&1
done
