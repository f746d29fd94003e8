#!/usr/bin/env bash
# Runs an end-to-end benchmark: momentum-bench/run.sh import|cube|quality|adjust|protect|page|revise [--enterprises N] [--repeat K] [--dir DIR]
#    or: momentum-bench/run.sh protect [--enterprises N] [--months M] [--audit-months 6,12] [--audit-sample N] [--full-audit-enterprises N]
#    or: momentum-bench/run.sh submit [--db duckdb|postgresql|both] [--clients 16,32] [--readers 2] [--read-rate 50] [--seconds 300] [--pgbench-seconds S]
#        (PostgreSQL: a throwaway Debian postgresql-15 cluster is started unless --pg-url is given; pgbench is the baseline)
#    or: momentum-bench/run.sh api [--enterprises N] [--repeat K] [--connections C] [--seconds S] [--threads T] (installs wrk with apt-get if missing)
#    or: momentum-bench/run.sh forecast-m3 [--r-series N] [--methods LIST] [--threads T] (needs R: momentum-bench/r/install-r.sh)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
if { [ "${1:-}" = api ] || [ "${1:-}" = submit ]; } && ! command -v wrk >/dev/null; then
  # Debian's wrk (the issue names it); needs root, as the browser install does
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk
fi
mvn -B -q -DskipTests -pl momentum-bench -am package
if [ "${1:-}" = submit ] && [[ " $* " =~ \ (postgresql|both)\  ]] && [[ ! " $* " =~ " --pg-url " ]]; then
  source momentum-bench/pg-cluster.sh   # starts PostgreSQL, sets PG_ARGS, stops it on exit
  java ${BENCH_JAVA_OPTS:--Xmx4g} -cp "momentum-bench/target/classes:momentum-app/target/momentum.jar" org.momentum.bench.Bench "$@" "${PG_ARGS[@]}"
  exit $?
fi
exec java ${BENCH_JAVA_OPTS:--Xmx4g} -cp "momentum-bench/target/classes:momentum-app/target/momentum.jar" org.momentum.bench.Bench "$@"
