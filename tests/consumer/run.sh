#!/usr/bin/env bash
# Proves the packages from outside the solution, as a user gets them: packs Contracts.Runtime, Contracts.Generator and
# Contracts.Tool into a temporary local feed; builds tests/consumer/template (net8.0 and net10.0, warnings as errors)
# against that feed and runs it; installs the tool from the feed and runs `generate`, and `diff` when the tool has it.
# Usage: tests/consumer/run.sh [--no-build]   (--no-build packs what an earlier Release build left)
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo_root"

pack_build_flag=()
if [[ "${1:-}" == "--no-build" ]]; then pack_build_flag=(--no-build); fi

step() { printf -- '--- %s\n' "$*"; }
fail() { echo "error: $*" >&2; exit 1; }

work="$(mktemp -d "${TMPDIR:-/tmp}/contracts-consumer.XXXXXX")"
trap 'rm -rf "$work"' EXIT
feed="$work/feed"
consumer="$work/consumer"
mkdir -p "$feed"

# The consumer restores into its own package folder, kept between runs for framework packages (the net8.0 targeting and
# runtime packs). Contracts.* are removed first: every run packs them anew under the same version. Two runs at once on one
# machine share this folder and can remove each other's packages: run one at a time (CI does).
consumer_packages="${CONTRACTS_CONSUMER_PACKAGES:-$HOME/.cache/contracts-consumer/packages}"
mkdir -p "$consumer_packages"

rm -rf "$consumer_packages/contracts.generator" "$consumer_packages/contracts.runtime" "$consumer_packages/contracts.tool"

version="$(dotnet msbuild src/Contracts.Runtime/Contracts.Runtime.csproj -getProperty:Version)"
step "Pack $version into $feed"
for project in src/Contracts.Runtime generator/Contracts.Generator src/Contracts.Tool; do
  dotnet pack "$project" -c Release "${pack_build_flag[@]}" -o "$feed" -nologo -v quiet
done

list_zip() { if command -v unzip >/dev/null 2>&1; then unzip -Z1 "$1"; else python3 -m zipfile -l "$1" | awk 'NR>1 {print $1}'; fi; }
step "Package layout"
generator_files="$(list_zip "$feed/Contracts.Generator.$version.nupkg")"
echo "$generator_files" | grep -E '^(analyzers|build|lib|ref)/' | sed 's/^/  Contracts.Generator: /'
for expected in analyzers/dotnet/cs/Contracts.Generator.dll analyzers/dotnet/cs/Contracts.Generator.CodeFixes.dll analyzers/dotnet/cs/System.Text.Json.dll \
  analyzers/dotnet/cs/System.Text.Encodings.Web.dll analyzers/dotnet/cs/Microsoft.Bcl.AsyncInterfaces.dll \
  build/Contracts.Generator.props; do
  grep -qx "$expected" <<<"$generator_files" || fail "Contracts.Generator lacks $expected"
done
if grep -qE '^(lib|ref)/' <<<"$generator_files"; then fail "Contracts.Generator must not carry lib/ or ref/ (the generator is no reference)"; fi
list_zip "$feed/Contracts.Runtime.$version.nupkg" | grep -E '^lib/' | sed 's/^/  Contracts.Runtime:   /'

step "Consumer project (net8.0, net10.0) in $consumer"
cp -R tests/consumer/template "$consumer"
mkdir -p "$consumer/schemas"
cp schemas/replicate-create-prediction.apifox.txt "$consumer/schemas/"
# The same operation as OpenAPI YAML: found by the package's *.openapi.yaml glob and read by the generator's YAML reader.
cp tests/Contracts.Tests/Reading/Yaml/Fixtures/replicate.openapi.yaml "$consumer/schemas/"
sed -i "s|__CONTRACTS_FEED__|$feed|" "$consumer/nuget.config"
# First, before generated/ exists (a later build would compile the files the main build writes there as sources).
step "The analyzer runs in the consumer's build (CTR6001 on LimitProbe.cs)"
probe_status=0
NUGET_PACKAGES="$consumer_packages" dotnet build "$consumer/Consumer.csproj" -c Release -f net10.0 -p:ContractsVersion="$version" \
  -p:ContractsLimitProbe=true -p:TreatWarningsAsErrors=false -nologo -v minimal -clp:NoSummary >"$work/probe.txt" 2>&1 || probe_status=$?
(( probe_status == 0 )) || { cat "$work/probe.txt"; fail "the probe build failed"; }
grep -q 'LimitProbe.cs(7,[0-9]*): warning CTR6001: NumOutputs = 9 breaks the maximum 8' "$work/probe.txt" \
  || { cat "$work/probe.txt"; fail "the analyzer did not report CTR6001 on LimitProbe.cs"; }
grep -m1 'CTR6001' "$work/probe.txt" | sed 's/^/  /'

step "Consumer build (net8.0, net10.0, warnings as errors)"
NUGET_PACKAGES="$consumer_packages" dotnet build "$consumer/Consumer.csproj" -c Release -p:ContractsVersion="$version" \
  -p:EmitCompilerGeneratedFiles=true -p:CompilerGeneratedFilesOutputPath=generated -nologo -v quiet -clp:NoSummary
# The ContractsExclude metadata reached the generator: the excluded operation and the schema only it uses are absent.
shop_client="$(find "$consumer/generated" -name 'Shop.ShopClient.g.cs' | head -n 1)"
[[ -n "$shop_client" ]] || fail "the filtered schema file generated no client"
grep -q 'CreateOrderAsync' "$shop_client" || fail "ContractsInclude: CreateOrderAsync is missing"
if grep -q 'ListOrderItemsAsync' "$shop_client"; then fail "ContractsExclude: ListOrderItemsAsync was generated"; fi
if find "$consumer/generated" -name 'Shop.Audit.g.cs' | grep -q .; then fail "Audit is used by no operation and was generated"; fi
for tfm in net8.0 net10.0; do
  out="$consumer/bin/Release/$tfm/linux-x64"
  [[ -f "$out/Contracts.Runtime.dll" ]] || fail "$tfm: Contracts.Runtime.dll did not flow to the consumer"
  [[ ! -e "$out/Contracts.Generator.dll" ]] || fail "$tfm: the generator flowed as a reference"
  "$out/Consumer"
done

step "Tool installed from the feed"
tools="$work/tools"
# A config with no sources of its own: the tool can come only from the feed given here.
printf '<configuration><packageSources><clear /></packageSources></configuration>\n' >"$work/feed-only.nuget.config"
NUGET_PACKAGES="$consumer_packages" dotnet tool install --tool-path "$tools" --add-source "$feed" \
  --configfile "$work/feed-only.nuget.config" --version "$version" Contracts.Tool
"$tools/contracts" generate "$consumer/schemas" --out "$work/generated"
generated_count="$(find "$work/generated" -name '*.g.cs' | wc -l)"
(( generated_count > 0 )) || fail "contracts generate wrote no .g.cs file"
echo "contracts generate wrote $generated_count files"

if "$tools/contracts" diff --help >/dev/null 2>&1; then
  # A tighter limit in the prose of the seed: a breaking change the report must name.
  sed 's/最大值:8。/最大值:4。/' schemas/replicate-create-prediction.apifox.txt >"$work/new.apifox.txt"
  diff_status=0
  "$tools/contracts" diff schemas/replicate-create-prediction.apifox.txt "$work/new.apifox.txt" >"$work/diff.txt" || diff_status=$?
  cat "$work/diff.txt"
  (( diff_status == 1 )) || fail "contracts diff exited $diff_status, expected 1 (a breaking change)"
  grep -q 'request-property-maximum-decreased' "$work/diff.txt" || fail "contracts diff did not report the lower maximum"
else
  echo "contracts diff is not in this tool yet; skipped"
fi
echo "consumer: OK"
