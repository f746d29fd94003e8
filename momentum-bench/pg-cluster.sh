# Sourced by run.sh submit: a throwaway PostgreSQL cluster (Debian postgresql-15, which also ships pgbench) in
# bench-data/pg on port 54329, run as the postgres user when we are root; stopped when the benchmark exits.
PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
if [ -z "$PGBIN" ] || ! command -v pgbench >/dev/null; then
  echo "installing postgresql (server and pgbench)..." >&2
  apt-get install -y -q postgresql postgresql-contrib >/dev/null
  PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
fi
PGDATA_DIR="$ROOT/bench-data/pg"
PGPORT=54329
AS=()
if [ "$(id -u)" = 0 ]; then AS=(runuser -u postgres --); fi
rm -rf "$PGDATA_DIR"
mkdir -p "$PGDATA_DIR"
[ "$(id -u)" = 0 ] && chown postgres "$PGDATA_DIR"
"${AS[@]}" "$PGBIN/initdb" -D "$PGDATA_DIR" -U postgres -A trust >/dev/null
# durable commits as shipped (fsync on, synchronous_commit on); enough connections for the clients and pgbench
"${AS[@]}" "$PGBIN/pg_ctl" -D "$PGDATA_DIR" -l "$PGDATA_DIR/log" -w \
  -o "-p $PGPORT -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=256MB" start >/dev/null
trap '"${AS[@]}" "$PGBIN/pg_ctl" -D "$PGDATA_DIR" -m fast stop >/dev/null' EXIT
"${AS[@]}" "$PGBIN/psql" -q -h 127.0.0.1 -p $PGPORT -U postgres -c "CREATE DATABASE momentum_bench" >/dev/null
PG_ARGS=(--pg-url "jdbc:postgresql://127.0.0.1:$PGPORT/momentum_bench?user=postgres" --pgbench "127.0.0.1 $PGPORT postgres momentum_bench")
