#!/usr/bin/env bash
# Joins the sections the benchmark scripts wrote (bench/results/*.md) into BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
{
  echo "# Benchmarks"
  echo
  echo "Written by \`make bench\` (each part alone: \`make bench-site\`, \`make bench-ledger\`, \`make bench-inspect\`, \`make bench-inspect-accuracy\`, \`make bench-check\`, \`make bench-review\`, \`make bench-serve\`)."
  echo "The machines are noisy: compare the ratios against the peer measured in the same run, not the seconds."
  for part in site ledger inspect inspect-accuracy check review serve; do
    if [ -f "bench/results/$part.md" ]; then echo; cat "bench/results/$part.md"; fi
  done
} > BENCHMARKS.md
echo "wrote BENCHMARKS.md"
