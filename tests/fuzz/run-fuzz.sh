#!/usr/bin/env bash
# tests/fuzz/run-fuzz.sh [SECONDS] [TARGET…] — fuzz Tend's readers for SECONDS (60) each.
#
#   build-aux/dev exec tests/fuzz/run-fuzz.sh 600               # every target, 10 min each
#   build-aux/dev exec tests/fuzz/run-fuzz.sh 600 fuzz-backup   # one
#
# Targets: fuzz-month-file (reading and writing month files), fuzz-backup (reading a backup
# and previewing its import), fuzz-sealed-month (opening a sealed month's envelope with the
# journal key) and fuzz-key-file (reading key.json and unlocking it). Configures its own clang
# build with ASan and UBSan (including -fsanitize=function) in _build/fuzz (once), builds the
# libFuzzer targets, and runs each on a scratch copy of its seeds: tests/fuzz/corpus and
# regressions for the month file, corpus-backup and regressions-backup for the backup,
# corpus-sealed and regressions-sealed for the envelope, corpus-key and regressions-key for
# the key file. Inputs that crash are kept in _build/fuzz/artifacts/; the script then exits
# non-zero. Add each, once fixed, to the target's regressions folder: the test-fuzz-replay
# tests run them in every test run.
set -euo pipefail

seconds="${1:-60}"
case "$seconds" in
  ''|*[!0-9]*) echo "usage: $0 [SECONDS] [TARGET…]" >&2; exit 2 ;;
esac
shift || true
targets=("$@")
all="fuzz-month-file fuzz-backup fuzz-sealed-month fuzz-key-file"
# shellcheck disable=SC2206  # the names have no spaces
[ ${#targets[@]} -gt 0 ] || targets=($all)

src="${TEND_SRC_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
build="$src/_build/fuzz"
artifacts="$build/artifacts"

if [ ! -f "$build/build.ninja" ]; then
  echo "run-fuzz: configuring $build with clang, ASan and UBSan"
  CC=clang meson setup "$build" "$src" --buildtype=debugoptimized -Dwerror=true \
    -Dfuzzing=true -Db_sanitize=address,undefined -Db_lundef=false >"$build.setup.log" 2>&1 ||
    { cat "$build.setup.log" >&2; exit 1; }
fi

for target in "${targets[@]}"; do
  case "$target" in
    fuzz-month-file|fuzz-backup|fuzz-sealed-month|fuzz-key-file) ;;
    *) echo "run-fuzz: no target $target ($all)" >&2; exit 2 ;;
  esac
done

if ! ninja -C "$build" "${targets[@]/#/tests/fuzz/}" >"$build/fuzz-build.log" 2>&1; then
  cat "$build/fuzz-build.log" >&2
  exit 1
fi
mkdir -p "$artifacts"

# The seeds (and the inputs that once crashed it) stay as they are; libFuzzer adds what it
# finds to a scratch copy.
corpus="$(mktemp -d "${TMPDIR:-/tmp}/tend-fuzz-corpus.XXXXXX")"
trap 'rm -rf "$corpus"' EXIT

failed=0
for target in "${targets[@]}"; do
  case "$target" in
    fuzz-month-file) seeds=(corpus regressions) ;;
    fuzz-backup) seeds=(corpus-backup regressions-backup) ;;
    fuzz-sealed-month) seeds=(corpus-sealed regressions-sealed) ;;
    fuzz-key-file) seeds=(corpus-key regressions-key) ;;
  esac
  log="$build/$target.log"
  mkdir -p "$corpus/$target"
  for folder in "${seeds[@]}"; do
    if [ -d "$src/tests/fuzz/$folder" ]; then
      find "$src/tests/fuzz/$folder" -maxdepth 1 -type f -exec cp {} "$corpus/$target/" \;
    fi
  done
  before=$(find "$artifacts" -type f | wc -l)

  echo "run-fuzz: $target for $seconds s from $(ls "$corpus/$target" | wc -l) seeds (log: $log)"
  # GLib stops on a fatal critical or g_error() with a breakpoint trap (it assumes a
  # debugger is there): handle_sigtrap has ASan, and so libFuzzer, keep the input that did it.
  set +e
  ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:symbolize=1:handle_sigtrap=1" \
  UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1" \
    "$build/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -max_len=65536 \
      -print_final_stats=1 -artifact_prefix="$artifacts/$target-" "$corpus/$target" >"$log" 2>&1
  status=$?
  set -e

  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
  cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -n 1 || true)
  found=$(( $(find "$artifacts" -type f | wc -l) - before ))

  echo "run-fuzz: $target: ${runs:-?} executions (${speed:-?}/s), ${cov:-no coverage line}," \
       "corpus grew to $(ls "$corpus/$target" | wc -l) inputs"

  # libFuzzer that stops early without an artifact (a sanitizer that halts in its own set-up,
  # say) still fails here: too few executions for the time is no smoke test.
  if [ "$status" -ne 0 ] || [ "$found" -gt 0 ] || [ "${runs:-0}" -lt 100 ]; then
    echo "run-fuzz: $target FOUND A CRASH (exit status $status, ${runs:-0} executions);" \
         "inputs in $artifacts:" >&2
    find "$artifacts" -type f -name "$target-*" -newer "$build/fuzz-build.log" -printf '  %p\n' >&2
    tail -n 60 "$log" >&2
    failed=1
  fi
done

[ "$failed" -eq 0 ] || exit 1
echo "run-fuzz: no crash found"
