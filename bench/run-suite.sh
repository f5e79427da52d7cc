#!/bin/sh
# The benchmark suite of issue #10, about 8 minutes on the 2-core VM: import + plan (30,000 persons: full, no-change
# and 1 %-changed runs, with a bare read of the same files), enforcement against a bare OkHttp loop (0 and 20 ms
# latency, 4 and 16 in flight), the AFAS import against a bare streaming read, and start-up. Every result is printed
# readably and as one JSON line, which is also appended to bench/target/bench-results.jsonl.
# Usage, from the repository root: bench/run-suite.sh   (needs the modules in ~/.m2: mvn -B -o -q -DskipTests install)
set -e
cd "$(dirname "$0")/.."
mvn -B -o -q -pl bench package
mvn -B -o -q -pl distribution package -DskipTests -DskipITs
# the JVM options bin/idbridge gives the commands that work through an organisation (they keep the heap they grew to
# and, where the kernel gives huge pages on request, ask for them)
work_jvm=-XX:MaxHeapFreeRatio=100
case $(cat /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null) in
  *"[madvise]"*) work_jvm="$work_jvm -XX:+UseTransparentHugePages" ;;
esac
(
  cd bench
  rm -f target/bench-results.jsonl
  java $work_jvm -cp 'target/classes:target/lib/*' io.idbridge.bench.ImportPlanBenchmark 30000 --second-run-up-to=30000
  java $work_jvm -cp 'target/classes:target/lib/*' io.idbridge.bench.EnforcementBenchmark sizes=1000,3000 in-flight=4,16 \
    latency-ms=0,20 latency-sizes=1000
  java $work_jvm -cp 'target/classes:target/lib/*' io.idbridge.bench.AfasImportBenchmark 30000 6
)
bench/startup.sh 10
echo "JSON results: bench/target/bench-results.jsonl"
