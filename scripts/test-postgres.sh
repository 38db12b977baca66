#!/usr/bin/env bash
# Start a throwaway PostgreSQL 15 cluster, run the given command against it, stop the
# cluster whatever happens. Usage: scripts/test-postgres.sh COMMAND [ARGS...]
# The command sees DATABASE_URL pointing at the cluster.
set -euo pipefail

PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/15/bin 2>/dev/null || true)}"
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/pg_ctl" ]; then
    echo "PostgreSQL 15 chưa được cài: cài bằng apt (postgresql-15)…" >&2
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql-15 postgresql-contrib-15 >/dev/null
    PG_BIN=/usr/lib/postgresql/15/bin
fi

WORK_DIR="$(mktemp -d /tmp/portal-pgtest.XXXXXX)"
DATA_DIR="$WORK_DIR/data"
PORT="${PGTEST_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"

# PostgreSQL refuses to run as root; on CI we are root, so run the cluster as `postgres`.
AS_PG=()
if [ "$(id -u)" -eq 0 ]; then
    PG_OS_USER=postgres
    id -u "$PG_OS_USER" >/dev/null 2>&1 || useradd --system --no-create-home "$PG_OS_USER"
    chown "$PG_OS_USER" "$WORK_DIR"
    AS_PG=(runuser -u "$PG_OS_USER" --)
fi

stop_cluster() {
    "${AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$DATA_DIR" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$WORK_DIR"
}
trap stop_cluster EXIT INT TERM

"${AS_PG[@]}" "$PG_BIN/initdb" -D "$DATA_DIR" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
"${AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$DATA_DIR" -l "$WORK_DIR/server.log" -w \
    -o "-p $PORT -k $WORK_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null
echo "PostgreSQL thử nghiệm đang chạy ở cổng $PORT (thư mục $WORK_DIR)."

export DATABASE_URL="postgres://postgres@127.0.0.1:$PORT/portal"
"$PG_BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres portal
"$@"
