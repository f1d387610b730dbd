# shellcheck shell=bash disable=SC2034  # variables are used by the scripts that source this
# Shared helpers for the deploy/local/*.sh scripts. Source it, do not run it.
#
# The scripts start real servers natively (no container engine needed), on
# loopback only, with all their state under $REPO_ROOT/.local (git-ignored).

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STATE_DIR="$REPO_ROOT/.local"
DEPLOY_LOCAL="$REPO_ROOT/deploy/local"
JAVA25="${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

# The environment contract shared with the services and their tests.
# Every value can be overridden from the caller's environment.
export PG_HOST="${PG_HOST:-127.0.0.1}"
export PG_PORT="${PG_PORT:-5432}"
export KAFKA_PORT="${KAFKA_PORT:-9092}"
export KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
export KAFKA_BOOTSTRAP_SERVERS="${KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:$KAFKA_PORT}"
export KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
export KEYCLOAK_MGMT_PORT="${KEYCLOAK_MGMT_PORT:-9000}"
# Token issuer is exactly $KEYCLOAK_URL/realms/mentoring: Keycloak pins its
# host name to this URL, whatever host name a client used to reach it.
export KEYCLOAK_URL="${KEYCLOAK_URL:-http://localhost:$KEYCLOAK_PORT}"
export KEYCLOAK_REALM="${KEYCLOAK_REALM:-mentoring}"
export KEYCLOAK_ISSUER="${KEYCLOAK_ISSUER:-$KEYCLOAK_URL/realms/$KEYCLOAK_REALM}"
# The SMTP server (deploy/local/smtp.sh) every service that sends mail uses; its API reads the mail.
export SMTP_HOST="${SMTP_HOST:-127.0.0.1}"
export SMTP_PORT="${SMTP_PORT:-3025}"
export SMTP_API_PORT="${SMTP_API_PORT:-8025}"
export MAIL_FROM="${MAIL_FROM:-noreply@mentoring.local}"

# The JVM each service runs in for the demo and the end-to-end tests (deploy/local/services.sh); the
# benchmarks in bench/ start a service with exactly these flags, so they measure what the demo runs.
# C1 only starts fast. The events service keeps the C2 compiler: it takes bursts of applications, and
# every request's token signature (RSA, BigInteger arithmetic) costs several times more without C2's
# intrinsics (bench/results/registration-burst-*.md).
SERVICE_JVM_FLAGS=(-Xms64m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1)
EVENTS_JVM_FLAGS=(-Xms64m -Xmx256m -XX:+UseSerialGC)
# The school service keeps C2 as well: cohort matching is computation (candidates, an exact solve,
# explanations) that runs a quarter faster compiled by C2, and it verifies tokens like the events service
# (ADR 0033, bench/results/matching-*.md).
SCHOOL_JVM_FLAGS=(-Xms64m -Xmx256m -XX:+UseSerialGC)
# The practice library keeps C2 too: Lucene reads its index through memory segments whose bounds checks
# only C2 removes from the hot loops (about half the CPU per search, bench/results/practices-search-*.md).
PRACTICES_JVM_FLAGS=(-Xms64m -Xmx384m -XX:+UseSerialGC)
service_jvm_flags() { # service_jvm_flags NAME -> the flags, one per line
  case "$1" in
    events) printf '%s\n' "${EVENTS_JVM_FLAGS[@]}" ;;
    school) printf '%s\n' "${SCHOOL_JVM_FLAGS[@]}" ;;
    practices) printf '%s\n' "${PRACTICES_JVM_FLAGS[@]}" ;;
    *) printf '%s\n' "${SERVICE_JVM_FLAGS[@]}" ;;
  esac
}

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# Java 25 is what the project builds and runs on; the system default is older.
require_java25() {
  [[ -x "$JAVA25/bin/java" ]] || die "Java 25 not found at $JAVA25 (set JAVA25_HOME)"
}

# The repository's Maven wrapper, quiet and non-interactive, on Java 25.
mvnw_q() {
  require_java25
  (cd "$REPO_ROOT" && JAVA_HOME="$JAVA25" ./mvnw -q -B "$@")
}

# apt-get for CI (root, no stdin); update once per script run.
APT_UPDATED=""
apt_install() {
  [[ $EUID -eq 0 ]] || die "need root to apt-get install $*"
  if [[ -z "$APT_UPDATED" ]]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >&2
}

# Install a package only when the command it provides is missing.
ensure_cmd() { # ensure_cmd COMMAND PACKAGE
  command -v "$1" >/dev/null 2>&1 || apt_install "$2"
}

# True when something accepts TCP connections on host:port (bash's /dev/tcp,
# so no netcat is needed).
port_open() { # port_open HOST PORT
  (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null
}

wait_for_port() { # wait_for_port HOST PORT TIMEOUT_SECONDS
  local deadline=$((SECONDS + $3))
  until port_open "$1" "$2"; do
    ((SECONDS < deadline)) || return 1
    sleep 0.2
  done
}

wait_for_http() { # wait_for_http URL TIMEOUT_SECONDS (waits for a 2xx answer)
  local deadline=$((SECONDS + $2))
  until curl -fsS -o /dev/null --max-time 5 "$1" 2>/dev/null; do
    ((SECONDS < deadline)) || return 1
    sleep 1
  done
}

# True when the pid file names a live process -- and, given a PATTERN, one
# whose command line contains it (a stale pid file after a reboot may name an
# unrelated process that reused the number).
pid_alive() { # pid_alive PIDFILE [PATTERN]
  local pid
  [[ -s "$1" ]] || return 1
  pid="$(head -n1 "$1")"
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  [[ -z "${2:-}" ]] || tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$2"
}

pid_of() { head -n1 "$1" 2>/dev/null || true; }

# Process group and session of a pid, from /proc (procps may not be installed).
# Fields after the command name, which sits in parentheses and may hold spaces:
# state ppid pgrp session ...
proc_stat_field() { # proc_stat_field PID INDEX (0 = state)
  local stat fields
  stat="$(cat "/proc/$1/stat" 2>/dev/null)" || return 0
  read -r -a fields <<<"${stat##*) }"
  echo "${fields[$2]}"
}
proc_pgid() { proc_stat_field "$1" 2; }
proc_sid() { proc_stat_field "$1" 3; }

# The pids in a process group.
group_pids() { # group_pids PGID
  local d p
  for d in /proc/[0-9]*; do
    p="${d#/proc/}"
    [[ "$(proc_pgid "$p")" == "$1" ]] && echo "$p"
  done
  return 0
}

# Run a command detached from this shell: own session and process group (so a
# Ctrl-C or the end of a CI step does not take it down, and stop can signal the
# whole group), output appended to LOGFILE. The child writes its own pid before
# exec-ing, so PIDFILE names the server process itself, not a wrapper.
spawn_detached() { # spawn_detached PIDFILE LOGFILE COMMAND [ARGS...]
  local pidfile="$1" logfile="$2"
  shift 2
  rm -f "$pidfile"
  # shellcheck disable=SC2016  # $$ and $@ belong to the inner bash
  setsid bash -c 'echo $$ > "$0"; exec "$@"' "$pidfile" "$@" >>"$logfile" 2>&1 </dev/null &
  for _ in $(seq 50); do
    [[ -s "$pidfile" ]] && return 0
    sleep 0.1
  done
  die "process did not start: $*"
}

# Stop the process named in PIDFILE: TERM, wait up to ~30 s, then KILL. Also
# signals its process group (spawn_detached made the server a group leader),
# so helper children die with it. Removes the pid file. PATTERN as in pid_alive.
stop_pidfile() { # stop_pidfile PIDFILE NAME [PATTERN]
  local pidfile="$1" name="$2" pid pgid sid
  if ! pid_alive "$pidfile" "${3:-}"; then
    rm -f "$pidfile"
    log "$name: not running"
    return 0
  fi
  pid="$(pid_of "$pidfile")"
  pgid="$(proc_pgid "$pid")"
  sid="$(proc_sid "$pid")"
  log "$name: stopping pid $pid"
  kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + 30))
  while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.3; done
  if kill -0 "$pid" 2>/dev/null; then
    log "$name: still alive after 30 s, killing"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  # The rest of its process group (e.g. a launcher script around the JVM), but
  # only a group that spawn_detached made (setsid: group = session) and never
  # the session this script runs in.
  if [[ -n "$pgid" && "$pgid" == "$sid" && "$sid" != "$(proc_sid $$)" ]]; then
    kill -KILL -- "-$pgid" 2>/dev/null || true
  fi
  deadline=$((SECONDS + 5))
  while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.1; done
  rm -f "$pidfile"
  log "$name: stopped"
}

# One status line per server, used by every script's `status`.
print_status() { # print_status NAME PIDFILE ADDRESS [PATTERN]
  if pid_alive "$2" "${4:-}"; then
    printf '%-9s running  pid %-7s %-8s %s\n' "$1" "$(pid_of "$2")" "$(rss_mb "$(pid_of "$2")")" "$3"
  else
    printf '%-9s stopped\n' "$1"
  fi
}

# Resident memory of a pid in MB, for status output.
rss_mb() { # rss_mb PID
  awk '/^VmRSS:/ {printf "%d MB", $2/1024}' "/proc/$1/status" 2>/dev/null || true
}

mkdir -p "$STATE_DIR"
