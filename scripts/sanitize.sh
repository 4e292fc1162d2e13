#!/usr/bin/env bash
# The sanitizer and fuzz step of CI (scripts/test.sh runs it after the normal
# suite). Builds a second tree with clang, AddressSanitizer + UBSan and
# libFuzzer's coverage instrumentation (TELUSUR_SANITIZERS=ON,
# TELUSUR_FUZZ=ON), runs the fast ctest labels under the sanitizers, then
# each fuzzer of tests/fuzz/ over its committed seeds and crash regressions.
# Any sanitizer report, failed test or fuzzer crash fails the step; a
# crashing input is copied to tests/fuzz/regressions/<target>/, where the
# FuzzReplay suite replays it in every build once committed.
#
# Each fuzzer starts from a fixed seed (FUZZ_SEED), so that a run explores
# the same inputs first; a different seed explores elsewhere.
#
# Environment: SANITIZE_BUILD_DIR (build-sanitize), SANITIZE_LABELS
# (unit|db|cli), FUZZ_SECONDS (60 per fuzzer; 0 skips fuzzing), FUZZ_SEED
# (1), FUZZ_JOBS (fuzzers run side by side; default: all of them, so the
# step takes FUZZ_SECONDS whatever the core count), FUZZ_TARGETS.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
build_dir=${SANITIZE_BUILD_DIR:-build-sanitize}
labels=${SANITIZE_LABELS:-unit|db|cli}
fuzz_seconds=${FUZZ_SECONDS:-60}
fuzz_seed=${FUZZ_SEED:-1}
fuzz_targets=${FUZZ_TARGETS:-jsonl_reader query analyzer}
fuzz_jobs=${FUZZ_JOBS:-$(wc -w <<<"$fuzz_targets")}
started=$SECONDS

# -O1 and line tables only: the sanitizer tree compiles much faster than with
# -O2 -g, and stack traces still name file and line.
cmake -S . -B "$build_dir" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only" \
  -DTELUSUR_SANITIZERS=ON -DTELUSUR_FUZZ=ON -DTELUSUR_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build "$build_dir" -j "$(nproc)" --target telusur_tests telusur_fuzzers
echo "sanitize: built in $((SECONDS - started)) s"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
# Leaks inside Xapian itself (see the file) are not ours to fix.
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/fuzz/lsan.supp:print_suppressions=0}
tests_started=$SECONDS
ctest --test-dir "$build_dir" --output-on-failure -j "$(nproc)" -L "^($labels)\$"
echo "sanitize: labels $labels passed under ASan+UBSan in $((SECONDS - tests_started)) s"

[ "$fuzz_seconds" -gt 0 ] || exit 0
# New inputs go to a scratch corpus, not into the committed seeds.
scratch=$build_dir/fuzz-run
rm -rf "$scratch"
# -timeout: a hang guard (wall time, generous for a loaded machine); the
# 2 s bound on a query is HostileQueryRun's.
fuzz_one() {
  local target=$1 dir=$scratch/$1 status=0
  mkdir -p "$dir/new" "$dir/artifacts" tests/fuzz/regressions/"$target"
  "$build_dir/tests/fuzz/fuzz_$target" -max_total_time="$fuzz_seconds" -seed="$fuzz_seed" -timeout=20 -print_final_stats=1 \
    -dict=tests/fuzz/"$target".dict -artifact_prefix="$dir/artifacts/" \
    "$dir/new" tests/fuzz/corpus/"$target" tests/fuzz/regressions/"$target" >"$dir/log" 2>&1 || status=$?
  echo "$status" >"$dir/status"
}
running=0
for target in $fuzz_targets; do
  fuzz_one "$target" &
  running=$((running + 1))
  if [ "$running" -ge "$fuzz_jobs" ]; then wait -n; running=$((running - 1)); fi
done
wait
failed=0
for target in $fuzz_targets; do
  status=$(cat "$scratch/$target/status")
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$scratch/$target/log" | grep -o '[0-9]*$' || echo '?')
  if [ "$status" -eq 0 ]; then
    echo "sanitize: fuzz_$target: $runs executions in ${fuzz_seconds} s (seed $fuzz_seed), no crash"
  else
    failed=1
    echo "sanitize: fuzz_$target FAILED (exit $status); its log:"
    tail -n 60 "$scratch/$target/log"
    for input in "$scratch/$target"/artifacts/*; do
      [ -e "$input" ] || continue
      cp "$input" tests/fuzz/regressions/"$target"/
      echo "sanitize: crashing input saved as tests/fuzz/regressions/$target/$(basename "$input")" \
        "(rerun: $build_dir/tests/fuzz/fuzz_$target $input); fix the defect, commit the input"
    done
  fi
done
echo "sanitize: done in $((SECONDS - started)) s"
exit "$failed"
