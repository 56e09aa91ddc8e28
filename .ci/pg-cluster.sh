#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the team store's tests, on 127.0.0.1 only.
#
#   eval "$(.ci/pg-cluster.sh start)"   # prints the PG* variables (and PGCLUSTER_DIR) to export
#   .ci/pg-cluster.sh stop              # stops the cluster of $PGCLUSTER_DIR and removes its folder
#
# start makes a cluster with initdb in a new temporary folder, as the user running it or, as
# root (CI), as an unprivileged user (postgres when Debian's package made one, else nobody),
# with a superuser kamtest whose password is random, on a free port. Needs Debian's postgresql
# package (PostgreSQL 15 or newer) or initdb and pg_ctl on PATH.
set -euo pipefail

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then
    echo "$dir"
  elif command -v initdb >/dev/null; then
    dirname "$(command -v initdb)"
  else
    echo "pg-cluster: initdb not found: install PostgreSQL (apt-get install postgresql)" >&2
    exit 1
  fi
}

# as runs a command as the cluster's owner: root hands it to an unprivileged user.
as() {
  if [ "$(id -u)" = 0 ]; then
    "$(command -v runuser || echo /usr/sbin/runuser)" -u "$OWNER" -- "$@"
  else
    "$@"
  fi
}

free_port() {
  local port
  for port in $(seq 55432 55532); do
    if ! (echo >/dev/tcp/127.0.0.1/"$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  echo "pg-cluster: no free port in 55432-55532" >&2
  exit 1
}

start() {
  local bin dir port password
  bin=$(pg_bin)
  OWNER=$(id -un)
  if [ "$(id -u)" = 0 ]; then
    OWNER=nobody
    getent passwd postgres >/dev/null && OWNER=postgres
  fi
  dir=$(mktemp -d "${TMPDIR:-/tmp}/kamplan-pg.XXXXXX")
  chmod 700 "$dir"
  [ "$(id -u)" = 0 ] && chown "$OWNER" "$dir"
  port=$(free_port)
  password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  printf '%s\n' "$password" >"$dir/pw"
  [ "$(id -u)" = 0 ] && chown "$OWNER" "$dir/pw"
  as "$bin/initdb" -D "$dir/data" -U kamtest --pwfile="$dir/pw" --auth-local=trust --auth-host=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; rm -rf "$dir"; exit 1; }
  rm -f "$dir/pw"
  # max_connections: the packages' tests run at once, each with its pools (100 was reached)
  as "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir/data -c fsync=off -c max_connections=400" start >/dev/null \
    || { cat "$dir/server.log" >&2; rm -rf "$dir"; exit 1; }
  echo "export PGHOST=127.0.0.1 PGPORT=$port PGUSER=kamtest PGPASSWORD=$password PGDATABASE=postgres PGSSLMODE=disable PGCLUSTER_DIR=$dir"
}

stop() {
  local dir=${PGCLUSTER_DIR:?pg-cluster: PGCLUSTER_DIR is not set: nothing to stop}
  case "$dir" in */kamplan-pg.*) ;; *) echo "pg-cluster: $dir is not a cluster this script made" >&2; exit 1 ;; esac
  OWNER=$(stat -c %U "$dir")
  if [ -d "$dir/data" ]; then
    as "$(pg_bin)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
