#!/usr/bin/env bash
# Runs an end-to-end benchmark: momentum-bench/run.sh import|cube|revise [--enterprises N] [--repeat K] [--dir DIR]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
mvn -B -q -DskipTests -pl momentum-bench -am package
exec java ${BENCH_JAVA_OPTS:--Xmx4g} -cp "momentum-bench/target/classes:momentum-app/target/momentum.jar" org.momentum.bench.Bench "$@"
