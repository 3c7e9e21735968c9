#!/usr/bin/env bash
# Fuzzes the schema readers with AFL++ through SharpFuzz for <seconds> (default 600). The target is the second
# argument: "schema" (default: every reader through the generator's entry point) or "yaml" (the YAML reader).
# Installs AFL++ (apt) and the SharpFuzz instrumenter (NuGet) when missing; everything it builds or finds goes to
# artifacts/fuzz/<target>/ (crashes in artifacts/fuzz/<target>/findings/default/crashes). Replay one input on an uninstrumented build
# (instrumented code needs AFL++'s shared memory):
#   CONTRACTS_FUZZ_TARGET=<target> dotnet run --project tools/fuzz/Contracts.Fuzz -- <input-file>
set -euo pipefail

seconds="${1:-600}"
target="${2:-schema}"
case "$target" in schema|yaml) ;; *) echo "unknown target '$target': use schema or yaml" >&2; exit 2 ;; esac
fuzz_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$fuzz_dir/../.." && pwd)"
shared="$repo_root/../shared"
work="$repo_root/artifacts/fuzz/$target"

if ! command -v afl-fuzz >/dev/null 2>&1; then
  if [[ $(id -u) -eq 0 ]]; then apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y afl++;
  else sudo apt-get update && DEBIAN_FRONTEND=noninteractive sudo apt-get install -y afl++; fi
fi
if [[ ! -x "$work/tools/sharpfuzz" ]]; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$work/tools"
fi

rm -rf "$work/bin"
dotnet publish "$fuzz_dir/Contracts.Fuzz/Contracts.Fuzz.csproj" -c Release -o "$work/bin"
# Only the generator is instrumented: coverage of the runtime and System.Text.Json would drown the readers' own.
"$work/tools/sharpfuzz" "$work/bin/Contracts.Generator.dll"

# Seeds: the repository's schemas, the shared seeds and corpus (files small enough for AFL++ to mutate quickly),
# the hand-made small seeds here, and every input the regression tests keep.
seeds="$work/seeds"
rm -rf "$seeds" && mkdir -p "$seeds"
add_seeds() { for file in "$@"; do [[ -f "$file" && $(stat -c %s "$file") -le 65536 ]] && cp "$file" "$seeds/$(basename "$file")" || true; done; }
if [[ "$target" == yaml ]]; then
  # The YAML Test Suite's source files are YAML themselves, in every style the reader knows.
  add_seeds "$fuzz_dir"/seeds/*.yaml "$repo_root"/tests/Contracts.Tests/Reading/Yaml/Fixtures/*
  if [[ -d "$shared" ]]; then add_seeds "$shared"/conformance/yaml-test-suite/src/*.yaml; else echo "note: $shared is missing; seeding without it"; fi
  dictionary="$fuzz_dir/yaml.dict"
else
  add_seeds "$repo_root"/schemas/* "$fuzz_dir"/seeds/* "$repo_root"/tests/Contracts.Tests/Hostile/Fuzz/*
  if [[ -d "$shared" ]]; then add_seeds "$shared"/seeds/* "$shared"/corpus/*.json "$shared"/corpus/*.md; else echo "note: $shared is missing; seeding without it"; fi
  # The corpus as tests/fetch-test-data.sh lays it out, when it is there.
  add_seeds "${CONTRACTS_TEST_DATA:-$repo_root/tests/data}"/corpus/*.json
  dictionary="$fuzz_dir/schema.dict"
fi
echo "$(ls "$seeds" | wc -l) seed files"

# A later run resumes the earlier findings ("-i -") only when asked: AFL_RESUME=1.
input="$seeds"
if [[ "${AFL_RESUME:-0}" == 1 && -d "$work/findings/default/queue" ]]; then input="-"; else rm -rf "$work/findings"; fi
export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_SKIP_BIN_CHECK=1
export DOTNET_TieredPGO=0 DOTNET_CLI_TELEMETRY_OPTOUT=1
export CONTRACTS_FUZZ_TARGET="$target"
afl-fuzz -i "$input" -o "$work/findings" -x "$dictionary" -t 10000 -m none -V "$seconds" \
  -- dotnet "$work/bin/Contracts.Fuzz.dll" || status=$?

crashes="$work/findings/default/crashes"
count=$(find "$crashes" -type f -name 'id:*' 2>/dev/null | wc -l)
echo "fuzzed for $seconds s; $count crash input(s) in $crashes"
exit "${status:-0}"
