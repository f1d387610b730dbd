#!/usr/bin/env bash
# The five services from their fat jars, each as its own JVM on loopback.
#
#   deploy/local/services.sh build|start|stop|status|wait [NAME]
#
# With a NAME (e.g. mentor-bank) start and stop act on that service alone: the
# end-to-end tests use it to show the directory answers while the bank is down.
# Environment: PORT_OFFSET (default 0) shifts every service port, DB_SUFFIX
# (default empty; "_test" for the test run) picks the databases.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PORT_OFFSET="${PORT_OFFSET:-0}"
DB_SUFFIX="${DB_SUFFIX:-}"
# A test run uses topics of its own and a clock the tests may move; the demo neither.
if [[ -n "$DB_SUFFIX" ]]; then
  TOPIC_PREFIX="${KAFKA_TOPIC_PREFIX:-test.}"
  CLOCK_ADJUSTABLE="${CLOCK_ADJUSTABLE:-true}"
else
  TOPIC_PREFIX="${KAFKA_TOPIC_PREFIX:-}"
  CLOCK_ADJUSTABLE="${CLOCK_ADJUSTABLE:-false}"
fi
SERVICES_DIR="$STATE_DIR/services${DB_SUFFIX}"
mkdir -p "$SERVICES_DIR"

# name:module:base-port:database
SERVICES=(
  "mentor-bank:services/mentor-bank:8081:mentorbank"
  "school:services/school:8082:school"
  "events:services/events:8083:events"
  "practices:services/practices:8084:practices"
  "portal:services/portal:8080:portal"
)

field() { cut -d: -f"$2" <<<"$1"; }
port_of() { echo $(($(field "$1" 3) + PORT_OFFSET)); }
jar_of() { ls "$REPO_ROOT/$(field "$1" 2)"/target/"$(field "$1" 1)"-*.jar 2>/dev/null | grep -v original- | head -n1; }

export MENTOR_BANK_URL="http://127.0.0.1:$((8081 + PORT_OFFSET))"
export SCHOOL_URL="http://127.0.0.1:$((8082 + PORT_OFFSET))"
export EVENTS_URL="http://127.0.0.1:$((8083 + PORT_OFFSET))"
export PRACTICES_URL="http://127.0.0.1:$((8084 + PORT_OFFSET))"
export PORTAL_URL="http://localhost:$((8080 + PORT_OFFSET))"

# A jar is stale when any source of its module or of the shared modules is newer.
needs_build() {
  local svc jar
  for svc in "${SERVICES[@]}"; do
    jar="$(jar_of "$svc")"
    [[ -n "$jar" ]] || return 0
    if [[ -n "$(find "$REPO_ROOT/$(field "$svc" 2)/src" "$REPO_ROOT/shared-model/src" \
      "$REPO_ROOT/platform-support/src" "$REPO_ROOT/pom.xml" -newer "$jar" -type f -print -quit)" ]]; then
      return 0
    fi
  done
  return 1
}

build() {
  if needs_build; then
    log "services: building the jars (tests are run by ./test.sh)"
    mvnw_q package -DskipTests -pl '!e2e'
  fi
}

healthy() { # healthy SVC -- answers /health with 2xx right now
  curl -fsS -o /dev/null --max-time 3 "http://127.0.0.1:$(port_of "$1")/health" 2>/dev/null
}

start_one() {
  local svc="$1" name pidfile jar db archive
  name="$(field "$svc" 1)"
  pidfile="$SERVICES_DIR/$name.pid"
  if pid_alive "$pidfile" "-Dmentoring.service=$name"; then
    # A live process is not a working service: it may be one still starting, or one that was killed
    # and is still dying (e.g. writing its class-data archive). Give it a moment, else replace it.
    if healthy "$svc" || wait_for_http "http://127.0.0.1:$(port_of "$svc")/health" 60; then
      log "$name: already running and healthy (pid $(pid_of "$pidfile"))"
      return 0
    fi
    log "$name: process $(pid_of "$pidfile") is not healthy; replacing it"
    stop_pidfile "$pidfile" "$name" "-Dmentoring.service=$name"
  fi
  jar="$(jar_of "$svc")"
  [[ -n "$jar" ]] || die "$name: no jar; run '$0 build'"
  # The service runs from its own copy of the jar. A build in this checkout (./test.sh beside a running
  # demo) rewrites target/*.jar, and a JVM whose jar changed under it fails at its next class load: the
  # demo's portal stopped answering that way. The copy keeps the jar's name and time, so the class-data
  # archive made for it stays valid from one start to the next.
  cp -p "$jar" "$SERVICES_DIR/$(basename "$jar").new"
  mv -f "$SERVICES_DIR/$(basename "$jar").new" "$SERVICES_DIR/$(basename "$jar")"
  jar="$SERVICES_DIR/$(basename "$jar")"
  db="$(field "$svc" 4)$DB_SUFFIX"
  log "$name: starting on port $(port_of "$svc") (database $db)"
  # A shared class-data archive per service cuts later start-ups by a third. It is named after the jar's
  # time and size: the JVM neither uses nor rewrites an archive made for another jar, so one named
  # after the service alone went stale at the first rebuild and stayed so.
  archive="$SERVICES_DIR/$name-$(stat -c '%Y-%s' "$jar").jsa"
  find "$SERVICES_DIR" -maxdepth 1 -name "$name*.jsa" ! -path "$archive" -delete
  PORT="$(port_of "$svc")" DB_NAME="$db" DB_USER="$(field "$svc" 4)_app" DB_PASSWORD="$(field "$svc" 4)_app" \
    DB_OWNER="$(field "$svc" 4)_owner" DB_OWNER_PASSWORD="$(field "$svc" 4)_owner" \
    MENTORING_DIRECTORY_CONSUMER_GROUP="school-directory$DB_SUFFIX" \
    MENTORING_PRACTICES_CONSUMER_GROUP="practices$DB_SUFFIX" \
    PRACTICES_FILES_DIR="$STATE_DIR/files/practices$DB_SUFFIX" PRACTICES_INDEX_DIR="$SERVICES_DIR/practices-index" \
    KAFKA_TOPIC_PREFIX="$TOPIC_PREFIX" CLOCK_ADJUSTABLE="$CLOCK_ADJUSTABLE" \
    spawn_detached "$pidfile" "$SERVICES_DIR/$name.log" \
    "$JAVA25/bin/java" $(service_jvm_flags "$name") \
    -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$archive" \
    -Dmentoring.service="$name" -jar "$jar"
}

# The SERVICES entries to act on: all, or the one named.
selected() { # selected [NAME]
  local svc
  for svc in "${SERVICES[@]}"; do
    [[ -z "${1:-}" || "$(field "$svc" 1)" == "$1" ]] && echo "$svc"
  done
  return 0
}

start() {
  require_java25
  local svc
  while read -r svc; do start_one "$svc"; done < <(selected "${1:-}")
  wait_healthy "${1:-}"
}

wait_healthy() {
  local svc name url
  while read -r svc; do
    name="$(field "$svc" 1)"
    url="http://127.0.0.1:$(port_of "$svc")/health"
    if ! wait_for_http "$url" 180; then
      # one more try from scratch before giving up: a start can be spoiled by a predecessor that was
      # still letting go of its port or files
      log "$name: not healthy at $url; restarting it once"
      stop_pidfile "$SERVICES_DIR/$name.pid" "$name" "-Dmentoring.service=$name"
      start_one "$svc"
      if ! wait_for_http "$url" 180; then
        tail -n 40 "$SERVICES_DIR/$name.log" >&2 || true
        die "$name: not healthy at $url (log: $SERVICES_DIR/$name.log)"
      fi
    fi
    log "$name: healthy at $url"
  done < <(selected "${1:-}")
}

stop() {
  local i name
  for ((i = ${#SERVICES[@]} - 1; i >= 0; i--)); do
    name="$(field "${SERVICES[$i]}" 1)"
    [[ -z "${1:-}" || "$name" == "$1" ]] || continue
    stop_pidfile "$SERVICES_DIR/$name.pid" "$name" "-Dmentoring.service=$name"
  done
}

status() {
  local svc name
  for svc in "${SERVICES[@]}"; do
    name="$(field "$svc" 1)"
    print_status "$name" "$SERVICES_DIR/$name.pid" "http://127.0.0.1:$(port_of "$svc")" "-Dmentoring.service=$name"
  done
}

case "${1:-}" in
  build) build ;;
  start) start "${2:-}" ;;
  stop) stop "${2:-}" ;;
  status) status ;;
  wait) wait_healthy "${2:-}" ;;
  *)
    echo "usage: $0 build|start|stop|status|wait" >&2
    exit 2
    ;;
esac
