#!/usr/bin/env bash
# Fills tests/data/ (git-ignored) with the third-party data some tests need: the corpus of real API files and the JSON
# Schema and YAML test suites. Nothing of it is committed (other people's files, under their own licences).
#
#   bash tests/fetch-test-data.sh              copy from ../shared beside the repository if it is there, else download
#   bash tests/fetch-test-data.sh --download   download even when ../shared is there (needs git and github.com)
#   bash tests/fetch-test-data.sh --from DIR   copy from DIR (laid out like ../shared: corpus/, conformance/)
#   bash tests/fetch-test-data.sh --out DIR    write to DIR instead of tests/data (then set CONTRACTS_TEST_DATA=DIR)
#
# Downloads are pinned to commits and every corpus file is checked against its SHA-256, so a test never meets other
# bytes than the ones its counts were taken from.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$repo_root/tests/data"
from=""
download=false
while (( $# > 0 )); do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    --from) from="$2"; shift 2 ;;
    --download) download=true; shift ;;
    -h|--help) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "error: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
if [[ -z "$from" && "$download" == false && -d "$repo_root/../shared/corpus" ]]; then from="$repo_root/../shared"; fi

# The sets, by their place under a data root (tests/Contracts.Tests/TestData/TestDataSets.cs names the same paths).
sets=(corpus conformance/JSON-Schema-Test-Suite conformance/yaml-test-suite)

# Corpus files: name in corpus/ | repository | commit | path in the repository | SHA-256.
corpus_files=(
  "apifox2apipost__apifox4.json|Apipost-Team/apifox2apipost|247e5225d61ba9245fe65de8c1d9817406272509|test/data/apifox4.json|fb2715d30636c6d1a0e86e4134ee2a8fd791061e7afed4fdd382c1891338d9cb"
  "apifox-generator__details.json|halo951/apifox-generator|183665cbe9c49129ce45eb7e244e796c005605d2|details.json|e49471800def50577b0c5f1c01699b95bb04f2ceef0956a0444171e8960820af"
  "apifox-generator__treeList.json|halo951/apifox-generator|183665cbe9c49129ce45eb7e244e796c005605d2|treeList.json|0f39e2eaaa89b993d01fd27e9fc1e4c678d1ade19dba0d7589a17d86416b3918"
  "go-jt808__JT808协议.apifox.json|cuteLittleDevil/go-jt808|e80a7d3f1a95abc4274da9298144ac2d16e64628|example/web/testdata/JT808协议.apifox.json|f492fecaa7ecd42f9cbae6a9e003d7e5f4723bc20c388796729c0b4226ea7556"
  "RedRock-Video-BE__RedRockVideo.apifox.json|TuF3i/RedRock-Video-BE|d11bc079f9faf672c34dd8fa049b50cbe280ca4d|docs/RedRockVideo.apifox.json|84c9334163f584b65a652bc3b875604acb3eecd9aeed3a707262e686bad582b9"
  "napcat-sdk__apifox.openapi.json|faithleysath/napcat-sdk|bb39a03c324e2410450e7b03e1be5394b81ce39d|schemas/apifox.openapi.json|72932539cd3129c2b7057ba9171b1b8f6e07d55b7255e01baab8635c001c1266"
  "nova__默认模块.md|githubyxy/nova|7c2e240c89f8ab990a7693b9a6f4d193b39c3f19|doc/默认模块.md|b08afd9b5c50d088eeeba1ae210b381c737be54601cd71dfa74d5fd876d9deda"
  "HttpManageBackEnd__HTTP接口管理平台.md|ByteDance-FlyForword-HttpManage/HttpManageBackEnd|f25b95c1f5dcd7b070d0ad833c2d4f1d118bd845|HTTP接口管理平台.md|be1f3e4478fac02c7dfb49b3cdb8d26eaf2c908f69baadb03ebb963702011f34"
  "MoeTrip__api_spec.md|TomyJan/MoeTrip|4f509c2c096179b2cce9b2aa26ac1931479be241|docs/api/api_spec.md|5badfeba1b25e8b3cb53fbc52ad83c965a061ac7dfba0a2f5754d373de71cdaf"
  "pont__api-docs.json|alibaba/pont|3f1b7d4bbba3fd2dda2b832a8d297efa6e844a55|packages/pont-engine/__tests__/fixtures/api-docs.json|011d07916c1c0ff141444b2df9b65b414ed617e264f3e3fdcf3e99b0c4da6638"
  "swagger-typescript-api__schema.json|acacode/swagger-typescript-api|6fac02ce49e49bfd295d97b9a523b176c47b3c88|tests/spec/another-query-params/schema.json|03779d7a5fc258f3695ad01c831ccde94b9d12fe442e5182255e13839f28a490"
)
json_suite_repo="json-schema-org/JSON-Schema-Test-Suite"
json_suite_commit="44401e0c046704b476ec9d2e2fccdaee618f259d"
yaml_suite_repo="yaml/yaml-test-suite"
yaml_suite_commit="ccfa74e56afb53da960847ff6e6976c0a0825709"

copy_from() {
  local source="$1" set
  echo "copying test data from $source to $out"
  for set in "${sets[@]}"; do
    if [[ ! -d "$source/$set" ]]; then echo "error: $source/$set is missing" >&2; exit 1; fi
    rm -rf "${out:?}/$set"
    mkdir -p "$(dirname "$out/$set")"
    cp -R "$source/$set" "$out/$set"
    chmod -R u+w "$out/$set"
  done
}

# Checks out one commit of a public repository into a fresh folder (shallow: that commit only).
checkout() {
  local repository="$1" commit="$2" folder="$3"
  rm -rf "$folder"
  git init -q "$folder"
  git -C "$folder" fetch -q --depth 1 "https://github.com/$repository.git" "$commit"
  git -C "$folder" -c advice.detachedHead=false checkout -q FETCH_HEAD
}

copy_licence() {
  local folder="$1" target="$2" name
  for name in LICENSE LICENSE.md LICENSE.txt LICENCE License COPYING; do
    if [[ -f "$folder/$name" ]]; then cp "$folder/$name" "$target"; return 0; fi
  done
  return 1
}

download() {
  command -v git >/dev/null || { echo "error: downloading needs git" >&2; exit 1; }
  local entry name repository commit path sha folder actual
  # Global, not local: the EXIT trap runs after this function has returned (set -u would find it unset).
  download_work="$(mktemp -d)"
  trap 'rm -rf "$download_work"' EXIT
  local work="$download_work"
  echo "downloading test data into $out (pinned commits)"
  rm -rf "${out:?}/corpus"
  mkdir -p "$out/corpus/licenses"
  for entry in "${corpus_files[@]}"; do
    IFS='|' read -r name repository commit path sha <<<"$entry"
    folder="$work/${repository//\//__}"
    [[ -d "$folder/.git" ]] || checkout "$repository" "$commit" "$folder"
    cp "$folder/$path" "$out/corpus/$name"
    actual="$(sha256sum "$out/corpus/$name" | cut -d' ' -f1)"
    if [[ "$actual" != "$sha" ]]; then echo "error: $name has SHA-256 $actual, expected $sha" >&2; exit 1; fi
    copy_licence "$folder" "$out/corpus/licenses/${repository#*/}.LICENSE" || echo "note: $repository has no licence file (its package metadata declares one; see README)"
    echo "  corpus/$name  ($repository@${commit:0:7})"
  done

  checkout "$json_suite_repo" "$json_suite_commit" "$work/json-suite"
  rm -rf "${out:?}/conformance/JSON-Schema-Test-Suite"
  mkdir -p "$out/conformance/JSON-Schema-Test-Suite/tests"
  cp -R "$work/json-suite/tests/draft4" "$work/json-suite/tests/draft2020-12" "$out/conformance/JSON-Schema-Test-Suite/tests/"
  cp "$work/json-suite/LICENSE" "$work/json-suite/README.md" "$out/conformance/JSON-Schema-Test-Suite/"
  echo "commit $json_suite_commit" >"$out/conformance/JSON-Schema-Test-Suite/COMMIT"
  echo "  conformance/JSON-Schema-Test-Suite  ($json_suite_repo@${json_suite_commit:0:7})"

  checkout "$yaml_suite_repo" "$yaml_suite_commit" "$work/yaml-suite"
  rm -rf "${out:?}/conformance/yaml-test-suite"
  mkdir -p "$out/conformance/yaml-test-suite"
  cp -R "$work/yaml-suite/src" "$out/conformance/yaml-test-suite/"
  copy_licence "$work/yaml-suite" "$out/conformance/yaml-test-suite/LICENSE"
  echo "commit $yaml_suite_commit" >"$out/conformance/yaml-test-suite/COMMIT"
  echo "  conformance/yaml-test-suite  ($yaml_suite_repo@${yaml_suite_commit:0:7})"
}

mkdir -p "$out"
if [[ -n "$from" ]]; then copy_from "$from"; else download; fi
echo "done: $(find "$out" -type f | wc -l) files in $out"
