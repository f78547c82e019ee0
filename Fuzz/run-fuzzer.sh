#!/usr/bin/env bash
# Runs one libFuzzer target for FUZZ_SECONDS with the committed seeds and a dictionary made
# from the lexicon. New corpus entries and crash files go under Fuzz/out/NAME (gitignored).
#   Fuzz/run-fuzzer.sh NAME BINARY [extra libFuzzer flags...]
set -euo pipefail
name=$1; binary=$2; shift 2
cd "$(dirname "$0")/.."
out=Fuzz/out/$name
mkdir -p "$out/corpus" "$out/crashes"
dict=$out/lexicon.dict
resources=Sources/NKCore/Resources
case $name in
  figures) python3 Fuzz/make-dictionary.py "$resources/lexicon.json" > "$dict" ;;
  # The pipeline reads measures and page furniture too; \x1e splits articles (FuzzPipeline.swift).
  *) python3 Fuzz/make-dictionary.py "$resources"/*.json --extra='\x1e' > "$dict" ;;
esac
echo "fuzz $name: ${FUZZ_SECONDS:-60}s, dictionary $(wc -l < "$dict") entries, log $out/log" >&2
# -max_len bounds one input: cost on long inputs is the benchmarks' business, a slow unit here
# (-timeout) is still reported. The first corpus folder receives what the fuzzer finds.
status=0
# libFuzzer reports a Swift trap itself (SIGILL); Swift's own backtracer would run under ASan and
# be reported as a second, bogus crash.
export SWIFT_BACKTRACE=enable=no
"$binary" -max_total_time="${FUZZ_SECONDS:-60}" -dict="$dict" -max_len="${FUZZ_MAX_LEN:-4096}" \
  -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb=2048 -print_final_stats=1 \
  -artifact_prefix="$out/crashes/" "$@" "$out/corpus" "Fuzz/corpus/$name" > "$out/log" 2>&1 || status=$?
grep -E "^(#[0-9]+ *DONE|stat::number_of_executed_units|stat::peak_rss_mb)|cov:" "$out/log" | tail -4 >&2
if [ $status -ne 0 ]; then
  echo "fuzz $name: FOUND A PROBLEM (exit $status); see $out/log and $out/crashes/" >&2
  grep -E "ERROR|Fatal error|SUMMARY|Test unit written" "$out/log" | head -10 >&2
fi
exit $status
