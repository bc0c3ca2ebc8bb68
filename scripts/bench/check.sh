#!/usr/bin/env bash
# `productstudio check` benchmarks, written to bench/results/check.md. On the images of the gen-asset-corpus
# corpus (named mostly by the convention; the one `make bench-inspect` uses), with hyperfine, side by side:
#   - `check --profile shopify` (no pixel rules) against `inspect` on the same files (target: at most 1.10x);
#   - `check --profile amazon --slot main` (pixels for every file) against `inspect --pixels` (target: at most 1.10x);
#   - `check --profile amazon` against scripts/bench/check-baseline.sh (one exiftool and one identify per file),
#     on a subset (target: at least 20x faster);
#   - `check --profile shopify` with a history database that knows every file, against the same with
#     --no-history (target: at most 1.10x plus the time to hash the files at 1.5 GB/s).
# Usage: scripts/bench/check.sh PATH/TO/productstudio
# Knobs: CHECK_BENCH_COUNT (images, default 10000), CHECK_BENCH_BASELINE (files for the script baseline, default 300),
#        CHECK_BENCH_RUNS (hyperfine runs of the pixel case, default 3), CHECK_BENCH_HEADER_RUNS (of the others, default 15).
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$(realpath "${1:-.build/release/productstudio}")
[ -x "$bin" ] || { echo "check.sh: need $bin (run: make release)" >&2; exit 2; }
count=${CHECK_BENCH_COUNT:-10000}
subset_size=${CHECK_BENCH_BASELINE:-300}
runs=${CHECK_BENCH_RUNS:-3}
headers_runs=${CHECK_BENCH_HEADER_RUNS:-15}  # these runs take half a second each; more of them tame the noise
corpus=.bench/inspect-$count
work=.bench/check-work
mkdir -p bench/results

python=""
for candidate in python3 /usr/bin/python3; do
  if "$candidate" -c "import PIL" 2>/dev/null; then python=$candidate; break; fi
done
[ -n "$python" ] || { echo "check.sh: no python3 with Pillow (scripts/install-deps.sh bench installs python3-pil)" >&2; exit 2; }
if [ ! -d "$corpus/images" ]; then
  rm -rf "$corpus" && mkdir -p "$corpus/videos"
  "$python" ../shared/bench/gen-asset-corpus --count "$count" --videos --seed 1 --out "$corpus/images"
  mv "$corpus"/images/*.mp4 "$corpus/videos/"
fi
rm -rf "$work" && mkdir -p "$work/subset"
images=$(find "$corpus/images" -type f | wc -l)
bytes=$(du -sb "$corpus/images" | cut -f1)
# The baseline subset: every (images / subset)-th image, linked into one folder so both see the same files.
step=$(( images / subset_size > 0 ? images / subset_size : 1 ))
find "$corpus/images" -type f | sort | awk -v s="$step" 'NR % s == 0' | head -n "$subset_size" | while IFS= read -r f; do
  ln -s "$(realpath "$f")" "$work/subset/"
done
subset=$(find "$work/subset" -type l | wc -l)

# A history database in which one task per 100 files produced every image (the account has credits enough).
export PRODUCTSTUDIO_DB="$PWD/$work/studio.sqlite" PRODUCTSTUDIO_ACCOUNT=bench@example.com PRODUCTSTUDIO_NOW=2026-11-30T12:00:00Z
"$bin" credits open bench@example.com > /dev/null
"$bin" credits adjust --amount 100000000 --reason "benchmark balance" > /dev/null
find "$corpus/images" -type f -print0 | sort -z | xargs -0 -n 100 sh -c '
  task=$("$0" history start --tool image --quality standard --count $# --sku BENCH --use main --format json | python3 -c "import json,sys; print(json.load(sys.stdin)[\"task\"])")
  "$0" history complete "$task" --output "$@" > /dev/null' "$bin"
cat "$corpus"/images/* > /dev/null  # warm the page cache for every command alike

hyperfine --style basic --warmup 2 --runs "$headers_runs" --export-json "$work/headers.json" \
  -n inspect "$bin inspect --format json $corpus/images > /dev/null" \
  -n "check --profile shopify" "$bin check --no-history --profile shopify --format json $corpus/images > /dev/null || true" \
  -n "check --profile shopify, history" "$bin check --profile shopify --format json $corpus/images > /dev/null || true" \
  -n "inspect, text" "$bin inspect --format text $corpus/images > /dev/null" \
  -n "check --profile shopify, text" "$bin check --no-history --profile shopify --format text $corpus/images > /dev/null || true"
hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$work/pixels.json" \
  -n "inspect --pixels" "$bin inspect --pixels --format json $corpus/images > /dev/null" \
  -n "check --profile amazon --slot main" "$bin check --no-history --profile amazon --slot main --format json $corpus/images > /dev/null || true"
hyperfine --style basic --warmup 1 --runs 1 --export-json "$work/baseline.json" \
  -n "check --profile amazon" "$bin check --no-history --profile amazon --format json $work/subset > /dev/null || true" \
  -n "exiftool + identify per file" "scripts/bench/check-baseline.sh $work/subset/*"

"$python" - "$work" "$images" "$subset" "$bytes" "$(nproc)" > bench/results/check.md <<'PY'
import json, sys
work, images, subset, size, cores = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
def load(name):
    return {r["command"]: r["median"] for r in json.load(open(f"{work}/{name}.json"))["results"]}
headers, pixels, baseline = load("headers"), load("pixels"), load("baseline")
verdict = lambda ok: "met" if ok else "**not met**"
hashing = size / 1.5e9
print("## check: verdicts against platform profiles")
print()
print(f"Corpus from `gen-asset-corpus --seed 1`: {images:,} images ({size / 1e9:.2f} GB; JPEG, PNG and WebP, most named "
      f"by the convention). Medians of hyperfine runs on {cores} cores, the commands of a table side by side in one run.")
print()
print("| command | median s | files/s | against | ratio | target | verdict |")
print("|---|---:|---:|---|---:|---:|---|")
def row(name, value, files, peer=None, peer_value=None, target=None, ok=None):
    ratio = f"**{value / peer_value:.2f}x**" if peer_value else ""
    print(f"| `{name}` | {value:.2f} | {files / value:,.0f} | {peer or ''} | {ratio} | {target or ''} | {'' if ok is None else verdict(ok)} |")
inspect, shopify, history = headers["inspect"], headers["check --profile shopify"], headers["check --profile shopify, history"]
row("inspect", inspect, images)
row("check --profile shopify", shopify, images, "`inspect`", inspect, "<= 1.10x", shopify <= 1.10 * inspect)
row("check --profile shopify, history", history, images, "no history", shopify, f"<= 1.10x + {hashing:.2f} s",
    history <= 1.10 * shopify + hashing)
row("inspect, text report", headers["inspect, text"], images)
row("check --profile shopify, text report", headers["check --profile shopify, text"], images, "`inspect`, text", headers["inspect, text"])
row("inspect --pixels", pixels["inspect --pixels"], images)
row("check --profile amazon --slot main", pixels["check --profile amazon --slot main"], images, "`inspect --pixels`",
    pixels["inspect --pixels"], "<= 1.10x", pixels["check --profile amazon --slot main"] <= 1.10 * pixels["inspect --pixels"])
ours, script = baseline["check --profile amazon"], baseline["exiftool + identify per file"]
row(f"check --profile amazon ({subset} files)", ours, subset)
row(f"exiftool + identify per file ({subset} files)", script, subset, "`check`", ours, ">= 20x slower", script >= 20 * ours)
print()
print(f"With the history, every file is hashed (SHA-256 through libcrypto) and looked up: "
      f"{history - shopify:+.2f} s against {hashing:.2f} s to hash {size / 1e9:.2f} GB at 1.5 GB/s "
      f"(`openssl dgst -sha256` on this machine reads about that from memory). The script baseline runs one file after "
      f"another, as such a script does; `check` reads on all cores.")
print()
print("Rerun: `make bench-check` (or `scripts/bench/check.sh .build/release/productstudio`; knobs `CHECK_BENCH_COUNT`, "
      "`CHECK_BENCH_BASELINE`, `CHECK_BENCH_RUNS`).")
PY
echo "wrote bench/results/check.md"
cat bench/results/check.md
