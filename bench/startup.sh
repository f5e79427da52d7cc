#!/bin/sh
# Start-up time of `bin/idbridge --help` (and `plugins`, which also loads every plugin zip) of the built distribution,
# and of `--help` with logging switched off (slf4j's NOP provider), which shows what initialising logback costs.
# Uses hyperfine when installed (apt-get install hyperfine), else a loop timed with date +%s%N.
# Usage, from the repository root after `mvn -B -o -q -pl distribution package`: bench/startup.sh [runs]
set -e
runs=${1:-20}
idbridge=${IDBRIDGE:-distribution/target/idbridge/bin/idbridge}
if [ ! -x "$idbridge" ]; then
  echo "no $idbridge: build the distribution first (mvn -B -o -q -pl distribution package)" >&2
  exit 1
fi
if command -v hyperfine >/dev/null 2>&1; then
  table=$(mktemp)
  hyperfine --warmup 3 --runs "$runs" --export-markdown "$table" \
    "$idbridge --help" "$idbridge plugins" \
    "JAVA_OPTS=-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider $idbridge --help"
  cat "$table"
  rm -f "$table"
else
  for command in --help plugins; do
    "$idbridge" $command >/dev/null 2>&1
    total=0
    i=0
    while [ "$i" -lt "$runs" ]; do
      start=$(date +%s%N)
      "$idbridge" $command >/dev/null 2>&1
      end=$(date +%s%N)
      total=$((total + end - start))
      i=$((i + 1))
    done
    mean=$((total / runs / 1000000))
    echo "idbridge $command: mean $mean ms over $runs runs"
    mkdir -p bench/target
    printf '{"benchmark":"startup","command":"%s","meanMs":%d,"runs":%d}\n' "$command" "$mean" "$runs" \
      | tee -a bench/target/bench-results.jsonl
  done
fi
