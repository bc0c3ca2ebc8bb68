#!/usr/bin/env bash
# `check --format html` and `check --fix` benchmarks, written to bench/results/review.md. On the 1,000-image subset of
# the gen-asset-corpus corpus that `make bench-inspect` times `inspect --pixels` on (every tenth image), with hyperfine:
#   - `check --profile amazon --format html --output FILE` against `inspect --pixels` (target: at most 1.25x), and the
#     page's size per image (target: under 40 KB);
#   - `check --profile amazon --slot main --fix DIR` against scripts/bench/fix-baseline.sh, one ImageMagick
#     `convert IN -background white -flatten -gravity center -extent WxH -strip OUT` per file, on the files the fix
#     copies (target: at least 3x faster).
# Usage: scripts/bench/review.sh PATH/TO/productstudio
# Knobs: REVIEW_BENCH_COUNT (corpus images, default 10000), REVIEW_BENCH_SUBSET (default 1000),
#        REVIEW_BENCH_RUNS (hyperfine runs of the page, default 5), REVIEW_BENCH_FIX (the first N files of the subset
#        for the fix benchmark, default all of them).
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$(realpath "${1:-.build/release/productstudio}")
[ -x "$bin" ] || { echo "review.sh: need $bin (run: make release)" >&2; exit 2; }
count=${REVIEW_BENCH_COUNT:-10000}
subset_size=${REVIEW_BENCH_SUBSET:-1000}
runs=${REVIEW_BENCH_RUNS:-5}
fix_size=${REVIEW_BENCH_FIX:-$subset_size}
corpus=.bench/inspect-$count
work=.bench/review-work
mkdir -p bench/results

python=""
for candidate in python3 /usr/bin/python3; do
  if "$candidate" -c "import PIL" 2>/dev/null; then python=$candidate; break; fi
done
[ -n "$python" ] || { echo "review.sh: no python3 with Pillow (scripts/install-deps.sh bench installs python3-pil)" >&2; exit 2; }
if [ ! -d "$corpus/images" ]; then
  rm -rf "$corpus" && mkdir -p "$corpus/videos"
  "$python" ../shared/bench/gen-asset-corpus --count "$count" --videos --seed 1 --out "$corpus/images"
  mv "$corpus"/images/*.mp4 "$corpus/videos/"
fi
rm -rf "$work" && mkdir -p "$work/subset" "$work/fix-subset"
images=$(find "$corpus/images" -type f | wc -l)
# The subset: every (images / subset)-th image, linked into one folder so every command sees the same files.
step=$(( images / subset_size > 0 ? images / subset_size : 1 ))
find "$corpus/images" -type f | sort | awk -v s="$step" 'NR % s == 0' | head -n "$subset_size" | while IFS= read -r f; do
  ln -s "$(realpath "$f")" "$work/subset/"
done
subset=$(find "$work/subset" -type l | wc -l)
find "$work/subset" -type l | sort | head -n "$fix_size" | while IFS= read -r f; do ln -s "$(readlink "$f")" "$work/fix-subset/"; done
fixed_files=$(find "$work/fix-subset" -type l | wc -l)
subset_bytes=$(find -L "$work/subset" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
export PRODUCTSTUDIO_DB="$PWD/$work/none/studio.sqlite" PRODUCTSTUDIO_ACCOUNT="" PRODUCTSTUDIO_NOW=2026-11-30T12:00:00Z
cat "$work"/subset/* > /dev/null  # warm the page cache for every command alike

# The review page: written to a fresh name each run (--output never replaces a file).
hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$work/page.json" \
  --prepare "rm -f $work/review.html" \
  -n "inspect --pixels" "$bin inspect --pixels --format json $work/subset > /dev/null" \
  -n "check --format html" "$bin check --profile amazon --format html --output $work/review.html $work/subset 2> /dev/null || true"
rm -f "$work/review.html"
"$bin" check --profile amazon --format html --output "$work/review.html" "$work/subset" 2> /dev/null || true
page_bytes=$(stat -c %s "$work/review.html")

# The fix: the files the plan copies, with the frame each is padded to (the square of its longer side, as
# `amazon --slot main` pads), listed for the baseline before the timing.
"$bin" check --profile amazon --slot main --fix "$work/fixed" --dry-run --format json "$work/fix-subset" > "$work/plan.json" || true
"$bin" inspect --format json "$work/fix-subset" > "$work/facts.json"
"$python" - "$work" > "$work/baseline.list" <<'PY'
import json, sys
work = sys.argv[1]
copied = {entry["path"] for entry in json.load(open(f"{work}/plan.json"))["files"] if entry["copy"] is not None}
for facts in json.load(open(f"{work}/facts.json"))["assets"]:
    if facts["path"] in copied and facts.get("width"):
        side = max(facts["width"], facts["height"])
        print(f"{work}/fix-subset/{facts['path']}\t{side}x{side}")
PY
copies=$(wc -l < "$work/baseline.list")
hyperfine --style basic --warmup 0 --runs 1 --export-json "$work/fix.json" \
  --prepare "rm -rf $work/fixed $work/baseline" \
  -n "check --fix" "$bin check --profile amazon --slot main --fix $work/fixed $work/fix-subset > /dev/null || true" \
  -n "convert per file" "scripts/bench/fix-baseline.sh $work/baseline.list $work/baseline"

"$python" - "$work" "$subset" "$subset_bytes" "$page_bytes" "$copies" "$(nproc)" "$fixed_files" "$images" \
  "REVIEW_BENCH_COUNT=$count REVIEW_BENCH_SUBSET=$subset_size REVIEW_BENCH_RUNS=$runs REVIEW_BENCH_FIX=$fix_size" > bench/results/review.md <<'PY'
import json, sys
work, subset, size, page, copies, cores, fixed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), sys.argv[6], int(sys.argv[7])
images, knobs = int(sys.argv[8]), sys.argv[9]
def load(name, key):
    return {r["command"]: key(r) for r in json.load(open(f"{work}/{name}.json"))["results"]}
median, cpu = (lambda r: r["median"]), (lambda r: r["user"] + r["system"])
pages, fixes, page_cpu = load("page", median), load("fix", median), load("page", cpu)
verdict = lambda ok: "met" if ok else "**not met**"
inspect, html = pages["inspect --pixels"], pages["check --format html"]
inspect_cpu, html_cpu = page_cpu["inspect --pixels"], page_cpu["check --format html"]
ours, convert = fixes["check --fix"], fixes["convert per file"]
print("## check --format html and check --fix: the review page and corrected copies")
print()
print(f"A {subset:,}-image subset ({size / 1e6:.0f} MB) of the {images:,}-image `gen-asset-corpus --seed 1` corpus, "
      f"picked as `make bench-inspect` picks its `--pixels` subset; the fix on the first {fixed:,} of them. Medians of hyperfine runs on {cores} cores, the commands of a table side by side in one run.")
print()
print("| command | median s | files/s | against | ratio | target | verdict |")
print("|---|---:|---:|---|---:|---:|---|")
print(f"| `inspect --pixels` | {inspect:.2f} | {subset / inspect:,.0f} | | | | |")
print(f"| `check --profile amazon --format html --output FILE` | {html:.2f} | {subset / html:,.0f} | `inspect --pixels` | "
      f"**{html / inspect:.2f}x** | <= 1.25x | {verdict(html <= 1.25 * inspect)} |")
print(f"| `check --profile amazon --slot main --fix DIR` ({fixed} files, {copies} copies) | {ours:.2f} | {copies / ours:,.1f} | | | | |")
print(f"| `convert … -flatten -extent … -strip` per file (the same {copies}) | {convert:.2f} | {copies / convert:,.1f} | "
      f"`check --fix` | **{convert / ours:.2f}x** slower | >= 3x slower | {verdict(convert >= 3 * ours)} |")
print()
print(f"In CPU time (user + system, means), which other processes on a busy machine disturb less: `inspect --pixels` "
      f"{inspect_cpu:.2f} s, the review page {html_cpu:.2f} s: **{html_cpu / inspect_cpu:.2f}x** "
      f"(target <= 1.25x, {verdict(html_cpu <= 1.25 * inspect_cpu)}).")
print()
print(f"The page is {page / 1e6:.2f} MB for {subset:,} images: **{page / subset / 1000:.1f} KB per image** "
      f"(target: under 40 KB, {verdict(page / subset < 40_000)}); its thumbnails come from the reduced decode the pixel "
      f"rules use. `check --fix` also re-checks every copy, which the ImageMagick baseline does not; the baseline is "
      f"given each file's frame size, worked out before the timing.")
print()
print("Rerun: `make bench-review` (or `scripts/bench/review.sh .build/release/productstudio`; knobs `REVIEW_BENCH_COUNT`, "
      f"`REVIEW_BENCH_SUBSET`, `REVIEW_BENCH_RUNS`, `REVIEW_BENCH_FIX`). This run: `{knobs}`.")
PY
echo "wrote bench/results/review.md"
cat bench/results/review.md
