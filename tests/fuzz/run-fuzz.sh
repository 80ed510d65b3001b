#!/usr/bin/env bash
# tests/fuzz/run-fuzz.sh [SECONDS] — fuzz reading and writing month files for SECONDS (60).
#
#   build-aux/dev exec tests/fuzz/run-fuzz.sh 600
#
# Configures its own clang build with ASan and UBSan in _build/fuzz (once), builds the
# libFuzzer target, and runs it on a scratch copy of the seed corpus in tests/fuzz/corpus.
# Inputs that crash are kept in _build/fuzz/artifacts/; the script then exits non-zero. Add
# each, once fixed, to tests/fuzz/regressions/: test-fuzz-replay runs them in every test run.
set -euo pipefail

seconds="${1:-60}"
case "$seconds" in
  ''|*[!0-9]*) echo "usage: $0 [SECONDS]" >&2; exit 2 ;;
esac

src="${TEND_SRC_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
build="$src/_build/fuzz"
target="$build/tests/fuzz/fuzz-month-file"
artifacts="$build/artifacts"
log="$build/fuzz-month-file.log"

if [ ! -f "$build/build.ninja" ]; then
  echo "run-fuzz: configuring $build with clang, ASan and UBSan"
  CC=clang meson setup "$build" "$src" --buildtype=debugoptimized -Dwerror=true \
    -Dfuzzing=true -Db_sanitize=address,undefined -Db_lundef=false >"$build.setup.log" 2>&1 ||
    { cat "$build.setup.log" >&2; exit 1; }
fi

if ! ninja -C "$build" tests/fuzz/fuzz-month-file >"$build/fuzz-build.log" 2>&1; then
  cat "$build/fuzz-build.log" >&2
  exit 1
fi

# The seeds (and the inputs that once crashed it) stay as they are; libFuzzer adds what it
# finds to a scratch copy.
corpus="$(mktemp -d "${TMPDIR:-/tmp}/tend-fuzz-corpus.XXXXXX")"
trap 'rm -rf "$corpus"' EXIT
cp "$src"/tests/fuzz/corpus/* "$src"/tests/fuzz/regressions/* "$corpus/"
mkdir -p "$artifacts"
before=$(find "$artifacts" -type f | wc -l)

echo "run-fuzz: fuzzing for $seconds s from $(ls "$corpus" | wc -l) seeds (log: $log)"
set +e
ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:symbolize=1" \
UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1" \
  "$target" -max_total_time="$seconds" -timeout=10 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$corpus" >"$log" 2>&1
status=$?
set -e

runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -n 1 || true)
after=$(find "$artifacts" -type f | wc -l)
found=$((after - before))

echo "run-fuzz: ${runs:-?} executions (${speed:-?}/s), ${cov:-no coverage line}," \
     "corpus grew to $(ls "$corpus" | wc -l) inputs"

if [ "$status" -ne 0 ] || [ "$found" -gt 0 ]; then
  echo "run-fuzz: FOUND A CRASH (exit status $status); inputs in $artifacts:" >&2
  find "$artifacts" -type f -newer "$build/fuzz-build.log" -printf '  %p\n' >&2
  tail -n 60 "$log" >&2
  exit 1
fi

echo "run-fuzz: no crash found"
