#!/usr/bin/env bash
# Publishes Contracts.AotSample and Contracts.AotBaseline native (linux-x64), prints their sizes and times their
# start-up-to-exit with hyperfine (apt-get install hyperfine), or with a plain loop when hyperfine is missing.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$repo_root/artifacts/aot-compare"
runs="${RUNS:-100}"
rm -rf "$out"

for project in Contracts.AotSample Contracts.AotBaseline; do
  dotnet publish "$repo_root/src/$project/$project.csproj" -c Release -r linux-x64 -o "$out/$project" -nologo -v quiet
  "$out/$project/$project" > /dev/null   # each must pass its own checks before it is timed
done

sample="$out/Contracts.AotSample/Contracts.AotSample"
baseline="$out/Contracts.AotBaseline/Contracts.AotBaseline"
sample_size=$(stat -c %s "$sample")
baseline_size=$(stat -c %s "$baseline")
echo "size: sample $sample_size bytes, baseline $baseline_size bytes, ratio $(awk "BEGIN { printf \"%.3f\", $sample_size / $baseline_size }")"

if command -v hyperfine > /dev/null; then
  hyperfine -N --warmup 10 --runs "$runs" --export-markdown "$out/startup.md" "$sample" "$baseline"
  cat "$out/startup.md"
else
  for binary in "$sample" "$baseline"; do
    start=$(date +%s%N)
    for _ in $(seq "$runs"); do "$binary" > /dev/null; done
    echo "$(basename "$binary"): $(( ($(date +%s%N) - start) / runs / 1000 )) us per run (mean of $runs)"
  done
fi
