#!/usr/bin/env bash
# The Spark benchmark (BENCHMARKS.md, "Issue 13"): the single-machine engine against the Spark job in local[1] and
# local[2], in the same run, on the same generated data; wall time and peak memory (max RSS, /usr/bin/time -v).
#   momentum-spark/bench.sh [--enterprises 400000] [--from 2009-01] [--to 2018-12] [--series 10000] [--method auto] [--dir DIR]
# Indicators: generate -> split the reports by year -> import -> export (Parquet) once; then 'momentum indicators' (CSV files in) against
# 'indicators' of the job (Parquet in); the two indicators.csv files must agree row by row within 1e-9.
# Forecasts: the first N series of M3 monthly repeated (ids suffixed) as observations.csv/series.csv; 'momentum
# forecast --threads 1|2' against the job's 'forecast' in local[1]/local[2]; forecasts.csv must be identical too.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
N=400000; FROM=2009-01; TO=2018-12; SERIES=10000; METHOD=auto; DIR=""
while [ $# -gt 0 ]; do
  case "$1" in
    --enterprises) N="$2"; shift 2;; --from) FROM="$2"; shift 2;; --to) TO="$2"; shift 2;;
    --series) SERIES="$2"; shift 2;; --method) METHOD="$2"; shift 2;; --dir) DIR="$2"; shift 2;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done
DIR="${DIR:-$(mktemp -d /tmp/momentum-spark-bench.XXXXXX)}"
mkdir -p "$DIR"
M="$ROOT/momentum"; S="$HERE/spark-local.sh"
"$M" --help >/dev/null; "$S" --help >/dev/null   # build both first, outside the timings
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); load: $(uptime | sed 's/.*load/load/')"
echo "data: $N enterprises, $FROM..$TO; $SERIES series ($METHOD); in $DIR"

measure() { # label, command...: prints label, wall seconds, peak RSS MB
  local label="$1"; shift
  /usr/bin/time -v -o "$DIR/time.txt" "$@" > "$DIR/$label.log" 2>&1 || { cat "$DIR/$label.log" >&2; exit 1; }
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$DIR/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$DIR/time.txt")
  printf "%-28s %8.1f s %7s MB   %s\n" "$label" "$wall" "$rss" "$(grep -E 'rows|series|shuffle' "$DIR/$label.log" | tail -1)"
}

if [ ! -d "$DIR/export" ]; then
  [ -f "$DIR/gen/enterprises.csv" ] || "$M" generate --enterprises "$N" --from "$FROM" --to "$TO" --out "$DIR/gen" >&2
  if [ -f "$DIR/gen/reports.csv" ]; then
    # a year a file, as a statistics office receives them: the import's duplicate-key check holds one file's keys in
    # memory (~60 bytes a row), so ten years of a national register in one file (183 M rows) would need ~12 GB
    awk -F, -v d="$DIR/gen" 'NR == 1 { h = $0; next } { f = d "/reports-" substr($2, 1, 4) ".csv"; if (!(f in seen)) { print h > f; seen[f] = 1 } print > f }' "$DIR/gen/reports.csv"
    rm "$DIR/gen/reports.csv"
  fi
  rm -f "$DIR/m.duckdb" "$DIR/m.duckdb.wal"
  "$M" import --db "jdbc:duckdb:$DIR/m.duckdb" --enterprises "$DIR/gen/enterprises.csv" $(for f in "$DIR"/gen/reports-*.csv; do printf -- '--reports %s ' "$f"; done) --prices "$DIR/gen/prices.csv" >&2
  "$M" export --format parquet --out "$DIR/export" --db "jdbc:duckdb:$DIR/m.duckdb" >&2
fi
REPORTS=(); for f in "$DIR"/gen/reports-*.csv; do REPORTS+=(--reports "$f"); done
echo "export: $(du -sh "$DIR/export" | cut -f1) Parquet; reports CSV $(du -chs "$DIR"/gen/reports-*.csv | tail -1 | cut -f1) in $(( ${#REPORTS[@]} / 2 )) files"
echo "--- indicators"
measure single-machine "$M" indicators --enterprises "$DIR/gen/enterprises.csv" "${REPORTS[@]}" --prices "$DIR/gen/prices.csv" --out "$DIR/single/indicators.csv"
for k in 1 2; do
  measure "spark-local[$k]" "$S" indicators --master "local[$k]" --partitions $((8 * k)) --data "$DIR/export" --out "$DIR/spark$k"
  # same rows; numbers within 1e-9 relative (the files' register order differs from the store's id order, so a
  # fine cell's enterprises may be added in another order: differences in the last bits only)
  python3 "$HERE/compare-csv.py" "$DIR/single/indicators.csv" "$DIR/spark$k/indicators.csv"
done

echo "--- forecasts"
python3 - "$ROOT/../shared/data/m3-monthly" "$DIR/fc" "$SERIES" <<'PY'
import csv, os, sys
src, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
os.makedirs(out, exist_ok=True)
series = list(csv.reader(open(os.path.join(src, "series.csv"))))
head, rows = series[0], series[1:]
obs = {}
with open(os.path.join(src, "observations.csv")) as f:
    r = csv.reader(f); oh = next(r)
    for row in r: obs.setdefault(row[0], []).append(row)
with open(os.path.join(out, "series.csv"), "w", newline="") as fs, open(os.path.join(out, "observations.csv"), "w", newline="") as fo:
    ws, wo = csv.writer(fs, lineterminator="\n"), csv.writer(fo, lineterminator="\n")
    ws.writerow(head); wo.writerow(oh)
    for k in range(n):
        s = rows[k % len(rows)]; rep = k // len(rows); sid = s[0] if rep == 0 else f"{s[0]}.{rep}"
        ws.writerow([sid] + s[1:])
        for o in obs[s[0]]: wo.writerow([sid] + o[1:])
PY
for k in 1 2; do
  measure "single-machine-threads-$k" "$M" forecast --observations "$DIR/fc/observations.csv" --series "$DIR/fc/series.csv" --horizon 18 --method "$METHOD" --threads $k --out "$DIR/fc/single$k.csv"
done
for k in 1 2; do
  measure "spark-forecast-local[$k]" "$S" forecast --master "local[$k]" --partitions $((8 * k)) --observations "$DIR/fc/observations.csv" --series "$DIR/fc/series.csv" --horizon 18 --method "$METHOD" --out "$DIR/fcspark$k"
  cmp "$DIR/fc/single1.csv" "$DIR/fcspark$k/forecasts.csv" && echo "  forecasts.csv of local[$k] byte-identical to the single machine's"
done
