#!/usr/bin/env bash
# Hostile-input cases of the site builder, each a one-page site, timed against Hugo on the same page:
# input that once took quadratic time or crashed. Each productstudio build must finish within a generous
# limit; the script exits 1 if one does not. Appends a section to the report named as the second argument.
# Usage: scripts/bench/site-hostile.sh PATH-TO-RELEASE-productstudio REPORT.md
set -euo pipefail
bin=$(realpath "${1:?usage: scripts/bench/site-hostile.sh PATH-TO-productstudio REPORT.md}")
report=${2:?usage: scripts/bench/site-hostile.sh PATH-TO-productstudio REPORT.md}
root=$(cd "$(dirname "$0")/../.." && pwd)
work="$root/.bench/hostile"
limit=10  # seconds; before the fixes these took over a minute, 79 s, and a crash
rm -rf "$work"
mkdir -p "$work"

python3 - "$work" <<'PY'
import os, sys
work = sys.argv[1]
cases = {
    # 20,000 numbered headings, then 20,000 headings that all want the id `x`.
    "headings": "\n\n".join([f"## x {n}" for n in range(1, 20001)] + ["## x"] * 20000),
    # 100,000 images nested in one another's alt text.
    "images": "![" * 100000 + "alt" + "](a.png)" * 100000,
    # A heading with 150,000 nested emphasis levels (0.9 MB).
    "emphasis": "# " + "*a " * 150000 + "deep" + " a*" * 150000,
}
for name, body in cases.items():
    content = os.path.join(work, name, "content")
    os.makedirs(content)
    with open(os.path.join(content, "_index.md"), "w") as f:
        f.write("---\ntitle: Hostile\n---\n" + body + "\n")
    with open(os.path.join(content, "a.png"), "wb") as f:
        f.write(b"PNG")
PY

"$root/../shared/bench/gen-site-corpus" --pages 2 --out "$work/skeleton" >/dev/null 2>&1  # for its minimal Hugo site
hugo_site="$work/skeleton/hugo"
{
  echo
  echo "### Hostile input (\`scripts/bench/site-hostile.sh\`, run by \`make bench-site\`)"
  echo
  echo "One page each, input that once took quadratic time or crashed the builder; each productstudio build must"
  echo "finish within ${limit} s. Hugo builds the same page through the corpus's minimal Hugo site, in the same run (one"
  echo "run each after a warm-up; Hugo's time includes its own start-up)."
  echo
  echo "| case | productstudio | Hugo | ratio | within ${limit} s |"
  echo "|---|---:|---:|---:|---|"
} >> "$report"

failed=0
for name in headings images emphasis; do
  site="$work/$name"
  ln -sfn "$root/templates" "$site/templates"
  mkdir -p "$site/hugo"
  cp "$hugo_site/hugo.toml" "$site/hugo/"
  cp -r "$hugo_site/layouts" "$site/hugo/"
  ln -sfn ../content "$site/hugo/content"
  hyperfine --style none --warmup 1 --runs 1 --export-json "$work/$name.json" \
    -n productstudio "'$bin' build --quiet --source '$site' --output '$work/$name-out'" \
    -n hugo "hugo --quiet -s '$site/hugo' -d '$work/$name-hugo-out'" >/dev/null
  line=$(python3 - "$work/$name.json" "$name" "$limit" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
ours, hugo, limit = results["productstudio"]["mean"], results["hugo"]["mean"], float(sys.argv[3])
names = {"headings": "20,000 headings `x N`, then 20,000 `x`", "images": "100,000 nested images",
         "emphasis": "150,000 nested emphasis levels in a heading"}
ok = ours <= limit
print(f"| {names[sys.argv[2]]} | {ours:.2f} s | {hugo:.2f} s | **{ours / hugo:.3f}x** | {'yes' if ok else '**no**'} |")
sys.exit(0 if ok else 3)
PY
  ) || failed=1
  echo "$line" >> "$report"
done
[ "$failed" -eq 0 ] || { echo "site-hostile: a case went over the ${limit} s limit" >&2; exit 1; }
