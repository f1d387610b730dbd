#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for development, tests and the demo.
#
#   deploy/local/postgres.sh start|stop|status|install
#   deploy/local/postgres.sh provision [SUFFIX]   # roles + databases, e.g. _test
#   deploy/local/postgres.sh drop SUFFIX          # drop the databases with that suffix
#
# Uses the OS packages' binaries (installed on demand) but not the packaged
# cluster: that one wants passwords on TCP and runs as a system service. This
# one trusts loopback connections, listens on $PG_HOST:$PG_PORT only, and keeps
# its files under .local/ (or /var/tmp, see pg_base_dir).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PG_PIDFILE="$STATE_DIR/postgres.pid"
PG_BASEFILE="$STATE_DIR/postgres.base"
SQL_DIR="$REPO_ROOT/deploy/sql"

# The newest installed PostgreSQL, or the one matching an existing cluster.
pg_bin_dir() {
  local data="${1:-}"
  if [[ -n "$data" && -s "$data/PG_VERSION" ]]; then
    local v
    v="$(cat "$data/PG_VERSION")"
    [[ -x "/usr/lib/postgresql/$v/bin/initdb" ]] || die "cluster in $data needs PostgreSQL $v binaries"
    echo "/usr/lib/postgresql/$v/bin"
    return
  fi
  find /usr/lib/postgresql -maxdepth 3 -path '*/bin/initdb' 2>/dev/null |
    sort -V | tail -n1 | xargs -r dirname
}

ensure_installed() {
  [[ -n "$(pg_bin_dir)" ]] && return
  log "postgres: installing the postgresql package"
  # Keep the package from creating (and starting) its own cluster on our port.
  mkdir -p /etc/postgresql-common/createcluster.d
  echo 'create_main_cluster = false' >/etc/postgresql-common/createcluster.d/mentoring-no-main.conf
  apt_install postgresql
  [[ -n "$(pg_bin_dir)" ]] || die "postgresql installed but no initdb found"
}

# Run a command as the cluster's OS owner: initdb and postgres refuse root.
as_pg_owner() {
  if [[ $EUID -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# Where the cluster lives. Normally .local/postgres, but the postgres user must
# be able to reach it, and the socket path must stay under the 107-byte limit;
# otherwise a folder under /var/tmp named after the repository path. The choice
# is recorded so later runs find the same cluster.
pg_base_dir() {
  if [[ -s "$PG_BASEFILE" ]]; then
    cat "$PG_BASEFILE"
    return
  fi
  local base="$STATE_DIR/postgres"
  if [[ ${#base} -gt 80 ]] || { [[ $EUID -eq 0 ]] && ! runuser -u postgres -- test -x "$STATE_DIR"; }; then
    base="/var/tmp/mentoring-$(printf '%s' "$REPO_ROOT" | sha256sum | cut -c1-12)"
  fi
  echo "$base" >"$PG_BASEFILE"
  echo "$base"
}

BASE="$(pg_base_dir)"
DATA="$BASE/data"
SOCKET_DIR="$BASE/run"

init_cluster() {
  [[ -s "$DATA/PG_VERSION" ]] && return
  log "postgres: creating a cluster in $DATA"
  mkdir -p "$BASE"
  [[ $EUID -eq 0 ]] && chown postgres:postgres "$BASE"
  as_pg_owner mkdir -p "$SOCKET_DIR"
  as_pg_owner "$(pg_bin_dir)/initdb" -D "$DATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
}

# The postmaster pid of our cluster when it is running, else nothing.
cluster_pid() {
  [[ -s "$DATA/postmaster.pid" ]] || return 0
  local pid
  pid="$(head -n1 "$DATA/postmaster.pid")"
  if kill -0 "$pid" 2>/dev/null; then echo "$pid"; fi
}

start_cluster() {
  local pid
  pid="$(cluster_pid)"
  if [[ -n "$pid" ]]; then
    echo "$pid" >"$PG_PIDFILE"
    log "postgres: already running (pid $pid)"
    return
  fi
  if port_open "$PG_HOST" "$PG_PORT"; then
    die "postgres: another server already listens on $PG_HOST:$PG_PORT (stop it or set PG_PORT)"
  fi
  log "postgres: starting on 127.0.0.1:$PG_PORT"
  # Enough connections for five services' pools plus parallel test contexts. The autovacuum launcher looks
  # at each database every 10 s instead of every minute: the outboxes are queues whose relay query walks
  # over the dead entries a vacuum removes (V0_4__outbox_vacuumed_often.sql), and a busy one otherwise
  # collects tens of thousands of them between two visits.
  as_pg_owner "$(pg_bin_dir "$DATA")/pg_ctl" -D "$DATA" -l "$BASE/postgres.log" -w -t 60 \
    -o "-p $PG_PORT -k $SOCKET_DIR -c listen_addresses=127.0.0.1 -c max_connections=300 -c autovacuum_naptime=10s" \
    start >/dev/null
  head -n1 "$DATA/postmaster.pid" >"$PG_PIDFILE"
}

stop_cluster() {
  if [[ -z "$(cluster_pid)" ]]; then
    rm -f "$PG_PIDFILE"
    log "postgres: not running"
    return
  fi
  log "postgres: stopping"
  # Fast mode: roll back open sessions instead of waiting for clients.
  as_pg_owner "$(pg_bin_dir "$DATA")/pg_ctl" -D "$DATA" -m fast -w -t 30 stop >/dev/null ||
    stop_pidfile "$PG_PIDFILE" postgres
  rm -f "$PG_PIDFILE"
}

# psql as the superuser over TCP (trusted on loopback).
psql_admin() {
  "$(pg_bin_dir "$DATA")/psql" -X -q -v ON_ERROR_STOP=1 \
    -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres "$@"
}

service_names() { grep -Ev '^\s*(#|$)' "$SQL_DIR/services.txt"; }

check_suffix() {
  [[ "$1" =~ ^[a-z0-9_]*$ ]] || die "bad suffix '$1' (allowed: a-z 0-9 _)"
}

provision() { # provision [SUFFIX]
  local suffix="${1:-}" svc
  check_suffix "$suffix"
  [[ -n "$(cluster_pid)" ]] || die "postgres is not running"
  for svc in $(service_names); do
    psql_admin -v svc="$svc" -v db="$svc$suffix" -f "$SQL_DIR/provision.sql"
  done
  log "postgres: provisioned databases: $(service_names | sed "s/\$/$suffix/" | tr '\n' ' ')"
}

drop() { # drop SUFFIX -- never the unsuffixed databases holding demo data
  local suffix="${1:-}" svc
  [[ -n "$suffix" ]] || die "drop needs a non-empty suffix (the unsuffixed databases are kept)"
  check_suffix "$suffix"
  for svc in $(service_names); do
    # WITH (FORCE) ends the sessions still connected to it.
    psql_admin -c "DROP DATABASE IF EXISTS \"$svc$suffix\" WITH (FORCE)"
  done
  log "postgres: dropped databases with suffix $suffix"
}

# The demo's databases (no suffix), for ./run.sh reset only: the next start provisions them empty again.
drop_demo() {
  local svc
  for svc in $(service_names); do
    psql_admin -c "DROP DATABASE IF EXISTS \"$svc\" WITH (FORCE)"
  done
  log "postgres: dropped the demo databases"
}

status() {
  local pid
  pid="$(cluster_pid)"
  if [[ -n "$pid" ]]; then echo "$pid" >"$PG_PIDFILE"; else rm -f "$PG_PIDFILE"; fi
  print_status postgres "$PG_PIDFILE" "$PG_HOST:$PG_PORT data=$DATA"
}

case "${1:-}" in
  start)
    ensure_installed
    init_cluster
    start_cluster
    provision ""
    ;;
  install) ensure_installed ;;
  stop) stop_cluster ;;
  status) status ;;
  provision) provision "${2:-}" ;;
  drop) drop "${2:-}" ;;
  drop-demo) drop_demo ;;
  *)
    echo "usage: $0 start|stop|status|install|provision [suffix]|drop suffix|drop-demo" >&2
    exit 2
    ;;
esac
