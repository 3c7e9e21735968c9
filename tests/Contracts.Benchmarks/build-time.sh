#!/usr/bin/env bash
# Build time as a user feels it: consumer projects of the synthetic export (100, 300 and 1,000 operations, three schemas
# per operation) and of the napcat-sdk corpus file, each timed for a clean build, a rebuild after a one-file C# edit, and
# the same with ContractsInclude keeping 10% of the operations; plus the 1,000-operation API in a class library of its own
# with the edit made in the app that references it. Prints a Markdown table (and writes it to artifacts/build-time.md).
#
#   bash tests/Contracts.Benchmarks/build-time.sh [SIZES...]      e.g. build-time.sh 100 300   (default: 100 300 1000)
#
# The consumers reference the generator and runtime projects and import the package's props, as a packaged consumer
# does. Each build runs with --no-restore after a restore, with the build server off (-nodeReuse:false, no shared
# compilation), so every figure includes starting the compiler. Sizes 100 and 300 took 5 minutes on an idle machine, 1,000 another 8.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
sizes=("$@")
(( ${#sizes[@]} > 0 )) || sizes=(100 300 1000)
work="$(mktemp -d "${TMPDIR:-/tmp}/contracts-build-time.XXXXXX")"
trap 'rm -rf "$work"' EXIT
out="$repo_root/artifacts/build-time.md"
mkdir -p "$(dirname "$out")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
build_flags=(-c Release --no-restore -nologo -v quiet -clp:NoSummary -nodeReuse:false -p:UseSharedCompilation=false)

echo "building the generator, the runtime and the benchmark program once"
dotnet build "$repo_root/tests/Contracts.Benchmarks" -c Release -nologo -v quiet -clp:NoSummary >/dev/null
benchmarks="$repo_root/tests/Contracts.Benchmarks/bin/Release/net10.0/Contracts.Benchmarks"

seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }'; }

# write_project DIR SCHEMA INCLUDE: a consumer holding SCHEMA (named api.openapi.json), filtered when INCLUDE is set.
write_project() {
  local dir="$1" schema="$2" include="$3"
  mkdir -p "$dir"
  cp "$schema" "$dir/api.openapi.json"
  cat >"$dir/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$repo_root/generator/Contracts.Generator/build/Contracts.Generator.props" />
  <PropertyGroup>
    <OutputType>Library</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <NoWarn>\$(NoWarn);CTR1003;CTR1005;CTR2001;CTR2002;CTR2003;CTR2004;CTR2005;CTR2006;CTR2007;CTR2008;CTR2009;CTR2010;CTR2011;CTR3001;CTR3002;CTR4001;CTR4002;CTR4004;CTR4005</NoWarn>
    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
  </PropertyGroup>
  <ItemGroup>
    <AdditionalFiles Update="api.openapi.json" ContractsNamespace="Consumer.Api" ContractsClientName="ApiClient" ContractsInclude="$include" />
    <ProjectReference Include="$repo_root/src/Contracts.Runtime/Contracts.Runtime.csproj" />
    <ProjectReference Include="$repo_root/generator/Contracts.Generator/Contracts.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
  </ItemGroup>
</Project>
XML
  printf 'namespace Consumer;\n\npublic static class Edited\n{\n    public static int Value => 1;\n}\n' >"$dir/Edited.cs"
}

generated_chars() { find "$1/obj" -path '*generated*' -name '*.g.cs' -exec cat {} + 2>/dev/null | wc -m; }

rows=()
measure() {
  local label="$1" dir="$2" clean edit chars
  dotnet restore "$dir" -nologo -v quiet >/dev/null
  clean="$(seconds dotnet build "$dir" "${build_flags[@]}")"
  echo "public static class Edited2 { public static int Value => 2; }" >>"$dir/Edited.cs"
  edit="$(seconds dotnet build "$dir" "${build_flags[@]}")"
  chars="$(generated_chars "$dir")"
  echo "  $label: clean $clean s, after a one-file edit $edit s, $chars generated characters (load $(cut -d' ' -f1 /proc/loadavg))"
  rows+=("| $label | $clean | $edit | $chars |")
}

for size in "${sizes[@]}"; do
  "$benchmarks" --write-synthetic "$size" "$work/synthetic-$size.json"
  write_project "$work/all-$size" "$work/synthetic-$size.json" ""
  measure "synthetic, $size operations" "$work/all-$size"
  # Four operations per resource folder (资源/resourcesN): folders whose number ends in 0 are 10% of them.
  write_project "$work/tenth-$size" "$work/synthetic-$size.json" "资源/resources*0"
  measure "synthetic, $size operations, 10% included" "$work/tenth-$size"
done

napcat=""
for candidate in "${CONTRACTS_TEST_DATA:-}/corpus" "$repo_root/tests/data/corpus" "$repo_root/../shared/corpus"; do
  if [[ -f "$candidate/napcat-sdk__apifox.openapi.json" ]]; then napcat="$candidate/napcat-sdk__apifox.openapi.json"; break; fi
done
if [[ -n "$napcat" ]]; then
  write_project "$work/napcat" "$napcat" ""
  measure "napcat-sdk (144 operations)" "$work/napcat"
  write_project "$work/napcat-tenth" "$napcat" "/get_*"
  measure "napcat-sdk, /get_* included" "$work/napcat-tenth"
else
  echo "napcat-sdk__apifox.openapi.json not found (bash tests/fetch-test-data.sh); skipped"
fi

# The advice in the README: the API in its own library, the edit in the app.
largest="${sizes[-1]}"
write_project "$work/library" "$work/synthetic-$largest.json" ""
mkdir -p "$work/app"
cat >"$work/app/App.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Library</OutputType>
    <TargetFramework>net10.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$work/library/Consumer.csproj" />
  </ItemGroup>
</Project>
XML
printf 'namespace App;\n\npublic static class Uses\n{\n    public static string Client => nameof(Consumer.Api.ApiClient);\n}\n' >"$work/app/Uses.cs"
dotnet restore "$work/app" -nologo -v quiet >/dev/null
clean="$(seconds dotnet build "$work/app" "${build_flags[@]}")"
echo "public static class Edited { }" >>"$work/app/Uses.cs"
edit="$(seconds dotnet build "$work/app" "${build_flags[@]}")"
echo "  app + library of $largest operations: clean $clean s, after an edit in the app $edit s"
rows+=("| app referencing a library of $largest operations (edit in the app) | $clean | $edit | (in the library) |")

{
  echo "Build time, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "| consumer | clean build (s) | rebuild after a one-file C# edit (s) | generated characters |"
  echo "|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
} | tee "$out"
