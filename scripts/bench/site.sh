#!/usr/bin/env bash
# Site-build benchmark: productstudio build (the repository's own templates) against Debian's hugo on the
# same generated corpora of 1,000 and 10,000 pages, in the same hyperfine runs. Writes bench/results/site.md.
# Usage: scripts/bench/site.sh PATH-TO-RELEASE-productstudio [PAGES...]
set -euo pipefail
bin=$(realpath "${1:?usage: scripts/bench/site.sh PATH-TO-productstudio [PAGES...]}")
shift
if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(1000 10000); fi
root=$(cd "$(dirname "$0")/../.." && pwd)
work="$root/.bench"
mkdir -p "$work" "$root/bench/results"
runs=${BENCH_RUNS:-5}

cc -O2 -o "$work/cmark-per-page" "$root/../shared/bench/cmark-per-page.c" -lcmark-gfm-extensions -lcmark-gfm

report="$work/site-report.md"
{
  echo "## Help-site build (\`make bench-site\`)"
  echo
  echo "Corpora from \`../shared/bench/gen-site-corpus --pages N\` (seed 1); productstudio renders them through the"
  echo "repository's own \`templates/\`, Hugo $(hugo version | awk '{print $2}') through the corpus's \`hugo/\` site. hyperfine, $runs runs after"
  echo "a warm-up (two for rebuilds), both tools alternating in one run; peak memory is the largest RSS of three \`/usr/bin/time\` runs."
  echo "*Rebuild* writes over the previous output, as a writer does between edits (Hugo overwrites \`public/\`;"
  echo "productstudio writes into its staging twin and skips files whose bytes did not change). *Clean* starts"
  echo "each run from no output at all (the previous output is moved aside, not deleted: ext4 does not reuse inodes"
  echo "freed in the last 30 seconds, and a deletion just before a run doubles the next run's kernel time)."
  echo "Machine: $(nproc) cores; \`$(uname -r)\`; run $(date -u +%Y-%m-%d)."
  echo
  echo "| pages | case | productstudio wall | Hugo wall | wall ratio | productstudio CPU | Hugo CPU | productstudio peak RSS | Hugo peak RSS | memory ratio |"
  echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|"
} > "$report"

peak() {  # command... : prints the largest max-RSS (KB) of three runs
  local best=0 kb
  for _ in 1 2 3; do
    kb=$(/usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1)
    [ "$kb" -gt "$best" ] && best=$kb
  done
  echo "$best"
}

floor_lines=()
for pages in "${sizes[@]}"; do
  corpus="$work/site-$pages"
  if [ ! -d "$corpus/content" ]; then
    rm -rf "$corpus"
    "$root/../shared/bench/gen-site-corpus" --pages "$pages" --out "$corpus" >/dev/null
  fi
  ln -sfn "$root/templates" "$corpus/templates"
  ours="$work/out-$pages"
  theirs="$work/hugo-out-$pages"
  for case in rebuild clean; do
    # Clean: each run starts with no output; the previous one is moved aside, not deleted, because ext4
    # does not reuse inodes freed in the last 30 seconds, and deleting 20,000 entries just before a run
    # doubles the kernel time of whichever tool runs next. The moved outputs are deleted after the case.
    # Rebuild: two warm-ups, so productstudio's staging twin holds a previous generation, as it does
    # from a writer's second build on.
    if [ "$case" = clean ]; then
      mkdir -p "$work/moved-aside"
      prep_ours="mv '$ours' \"$work/moved-aside/ours-\$(date +%s%N)\" 2>/dev/null; mv '$work/.out-$pages.staging' \"$work/moved-aside/staging-\$(date +%s%N)\" 2>/dev/null || true"
      prep_theirs="mv '$theirs' \"$work/moved-aside/hugo-\$(date +%s%N)\" 2>/dev/null || true"
      warmup=1
    else
      prep_ours="true"
      prep_theirs="true"
      warmup=2
    fi
    hyperfine --style none --warmup "$warmup" --runs "$runs" --export-json "$work/site-$pages-$case.json" \
      --prepare "$prep_ours" -n productstudio "'$bin' build --quiet --force --source '$corpus' --output '$ours'" \
      --prepare "$prep_theirs" -n hugo "hugo --quiet -s '$corpus/hugo' -d '$theirs'" >/dev/null
    if [ "$case" = clean ]; then
      rm -rf "$work/moved-aside"
      sync
      sleep 35  # let the deleted inodes age past ext4's 30 seconds before anything else is measured
    fi
    ours_kb=$(peak "$bin" build --quiet --force --source "$corpus" --output "$ours")
    hugo_kb=$(peak hugo --quiet -s "$corpus/hugo" -d "$theirs")
    python3 - "$work/site-$pages-$case.json" "$pages" "$case" "$ours_kb" "$hugo_kb" >> "$report" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
pages, case, ours_kb, hugo_kb = sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
o, h = results["productstudio"], results["hugo"]
cpu = lambda r: r["user"] + r["system"]
print(f"| {int(pages):,} | {case} | {o['mean']:.2f} s ± {o['stddev']:.2f} | {h['mean']:.2f} s ± {h['stddev']:.2f} | "
      f"**{o['mean'] / h['mean']:.2f}x** | {cpu(o):.2f} s | {cpu(h):.2f} s | {ours_kb / 1024:.0f} MB | {hugo_kb / 1024:.0f} MB | "
      f"**{ours_kb / hugo_kb:.2f}x** |")
PY
  done
  start=$(date +%s.%N)
  find "$corpus/content" -name '*.md' | LC_ALL=C sort | "$work/cmark-per-page" >/dev/null
  end=$(date +%s.%N)
  floor_lines+=("$(printf '| %s | %.2f s |' "$pages" "$(python3 -c "print($end - $start)")")")
done

largest=${sizes[-1]}
python3 - "$work/site-$largest-rebuild.json" "$work/site-$largest-clean.json" "$largest" "$report" >> "$report" <<'PY'
import json, re, sys
def results(path):
    return {x["command"]: x for x in json.load(open(path))["results"]}
rebuild_runs, clean_runs, pages = results(sys.argv[1]), results(sys.argv[2]), int(sys.argv[3])
ratio = lambda r: r["productstudio"]["mean"] / r["hugo"]["mean"]
cpu = lambda r, tool: r[tool]["user"] + r[tool]["system"]
rebuild, clean = ratio(rebuild_runs), ratio(clean_runs)
memory = max(float(m) for m in re.findall(r"\*\*([0-9.]+)x\*\* \|$", open(sys.argv[4]).read(), re.M)[-2:])
verdict = lambda value: "met" if value <= 0.25 else "**not met**"
print()
print(f"Against the targets at {pages:,} pages (at most 0.25x Hugo): wall time {rebuild:.3f}x on a rebuild ({verdict(rebuild)}), "
      f"the case the issue's procedure measures (hyperfine repeating both builds over their previous output), "
      f"and {clean:.3f}x on a clean build ({verdict(clean)}); peak memory {memory:.2f}x ({verdict(memory)}). "
      f"CPU seconds, clean against rebuild: productstudio {cpu(clean_runs, 'productstudio'):.2f} against "
      f"{cpu(rebuild_runs, 'productstudio'):.2f}, Hugo {cpu(clean_runs, 'hugo'):.2f} against {cpu(rebuild_runs, 'hugo'):.2f}.")
PY
echo >> "$report"
cat >> "$report" <<'TXT'
Where the time goes (`perf record -F 999 -g` of a 10,000-page rebuild, 2026-11-26, share of CPU samples):
Mustache rendering through swift-mustache about 26%, the cmark-gfm library about 13% and the link rewriting and
heading ids around it about 6%, YAML front matter through Yams about 7%, the page context with its sidebar about
5%, glibc's malloc about 17% spread over all of these, and the kernel's file reads and writes about 12%. Under
callgrind (1,000 pages) a page looks up 47 template values, and each `{{variable}}` costs swift-mustache about
16,000 instructions: more than half in Swift dynamic casts to the engine's protocols, a quarter in splitting
the name at its dots. The lookups alone are 29% of the build's instructions.
TXT
{
  echo
  echo "For scale, cmark-gfm alone (\`../shared/bench/cmark-per-page.c\`, one core, Markdown to HTML and nothing else):"
  echo
  echo "| pages | cmark-gfm alone |"
  echo "|---:|---:|"
  printf '%s\n' "${floor_lines[@]}"
  echo
  echo "Rerun: \`make bench-site\` (or \`scripts/bench/site.sh .build/release/productstudio 1000 10000\`)."
} >> "$report"
"$root/scripts/bench/site-hostile.sh" "$bin" "$report"
mv "$report" "$root/bench/results/site.md"
cat "$root/bench/results/site.md"
