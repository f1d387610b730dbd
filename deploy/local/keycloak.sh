#!/usr/bin/env bash
# Keycloak in development mode (H2 database in its data folder) with the
# `mentoring` realm imported from deploy/keycloak/mentoring-realm.json.
#
#   deploy/local/keycloak.sh start|stop|status|fetch
#
# HTTP on 127.0.0.1:$KEYCLOAK_PORT, health on 127.0.0.1:$KEYCLOAK_MGMT_PORT.
# The host name is pinned to $KEYCLOAK_URL, so tokens carry the issuer
# $KEYCLOAK_URL/realms/mentoring however the server was reached.
# Master realm administrator: admin / admin.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

KC_POM="$DEPLOY_LOCAL/keycloak/pom.xml"
KC_VERSION="$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' "$KC_POM")"
KC_DIR="$STATE_DIR/keycloak"
KC_HOME="$KC_DIR/keycloak-$KC_VERSION"
KC_LOG="$KC_DIR/server.log"
KC_PIDFILE="$STATE_DIR/keycloak.pid"
KC_MAIN="QuarkusEntryPoint"
REALM_SRC="$REPO_ROOT/deploy/keycloak/mentoring-realm.json"
REALM_STAMP="$KC_DIR/realm.sha256"

# Download the distribution zip from Maven Central and unpack it once.
install_server() {
  [[ -x "$KC_HOME/bin/kc.sh" ]] && return
  log "keycloak: fetching keycloak-quarkus-dist $KC_VERSION from Maven Central"
  local download="$KC_DIR/download"
  mvnw_q -f "$KC_POM" dependency:copy@fetch -Dkc.download.dir="$download"
  ensure_cmd unzip unzip
  rm -rf "$KC_HOME.tmp"
  mkdir -p "$KC_HOME.tmp"
  unzip -q "$download/keycloak-quarkus-dist-$KC_VERSION.zip" -d "$KC_HOME.tmp"
  mv "$KC_HOME.tmp/keycloak-$KC_VERSION" "$KC_HOME"
  rm -rf "$KC_HOME.tmp" "$download" # the zip stays in the local Maven repository
}

realm_changed() {
  [[ "$(sha256sum "$REALM_SRC" | cut -d' ' -f1)" != "$(cat "$REALM_STAMP" 2>/dev/null)" ]]
}

# Keycloak imports a realm only when it does not exist yet, so a changed realm
# file means starting from an empty database (the H2 files in data/).
prepare_realm_import() {
  if realm_changed; then
    log "keycloak: realm file is new or changed, resetting the server's database"
    find "$KC_HOME/data" -mindepth 1 -maxdepth 1 ! -name import -exec rm -rf {} + 2>/dev/null || true
  fi
  mkdir -p "$KC_HOME/data/import"
  cp "$REALM_SRC" "$KC_HOME/data/import/mentoring-realm.json"
}

# kc.sh runs the JVM as a child (and re-execs it after a re-augmentation), so
# the JVM is found by the -Dkc.script.pid=<launcher pid> that kc.sh passes it.
find_jvm_pid() { # find_jvm_pid LAUNCHER_PID
  local p
  for p in $(group_pids "$1"); do
    if tr '\0' ' ' <"/proc/$p/cmdline" 2>/dev/null | grep -q -- "-Dkc.script.pid=$1 .*$KC_MAIN"; then
      echo "$p"
      return
    fi
  done
}

# A failed start leaves nothing behind: the launcher leads its own group.
fail_start() { # fail_start LAUNCHER_PID MESSAGE
  kill -KILL -- "-$1" 2>/dev/null || true
  die "keycloak: $2, see $KC_LOG"
}

wait_ready() { # wait_ready LAUNCHER_PID
  local launcher="$1" deadline=$((SECONDS + 240))
  local health="http://127.0.0.1:$KEYCLOAK_MGMT_PORT/health/ready"
  until curl -fsS -o /dev/null --max-time 5 "$health" 2>/dev/null; do
    kill -0 "$launcher" 2>/dev/null || fail_start "$launcher" "exited during start"
    ((SECONDS < deadline)) || fail_start "$launcher" "not ready after 240 s"
    sleep 1
  done
  # The realm import runs before readiness; make sure it did happen.
  local issuer
  issuer="$(curl -fsS --max-time 10 "$KEYCLOAK_URL/realms/$KEYCLOAK_REALM/.well-known/openid-configuration" |
    sed -n 's/.*"issuer":"\([^"]*\)".*/\1/p')" || true
  [[ "$issuer" == "$KEYCLOAK_URL/realms/$KEYCLOAK_REALM" ]] ||
    fail_start "$launcher" "realm $KEYCLOAK_REALM missing or wrong issuer '$issuer'"
}

start() {
  if pid_alive "$KC_PIDFILE" "$KC_MAIN"; then
    if ! realm_changed; then
      log "keycloak: already running (pid $(pid_of "$KC_PIDFILE"))"
      return
    fi
    log "keycloak: realm file changed, restarting to import it"
    stop_pidfile "$KC_PIDFILE" keycloak "$KC_MAIN"
  fi
  if port_open 127.0.0.1 "$KEYCLOAK_PORT" || port_open 127.0.0.1 "$KEYCLOAK_MGMT_PORT"; then
    die "keycloak: port $KEYCLOAK_PORT or $KEYCLOAK_MGMT_PORT is taken by another process"
  fi
  require_java25
  ensure_cmd curl curl
  mkdir -p "$KC_DIR"
  install_server
  prepare_realm_import
  [[ -f "$KC_LOG" ]] && mv -f "$KC_LOG" "$KC_LOG.prev"
  log "keycloak: starting on 127.0.0.1:$KEYCLOAK_PORT"
  local launcher_pidfile="$KC_DIR/launcher.pid"
  # The admin user is created only on the first start of an empty database.
  JAVA_HOME="$JAVA25" JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    spawn_detached "$launcher_pidfile" "$KC_LOG" "$KC_HOME/bin/kc.sh" start-dev \
    --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" \
    --hostname="$KEYCLOAK_URL" \
    --health-enabled=true --http-management-port="$KEYCLOAK_MGMT_PORT" \
    --import-realm
  local launcher
  launcher="$(pid_of "$launcher_pidfile")"
  wait_ready "$launcher"
  find_jvm_pid "$launcher" >"$KC_PIDFILE"
  [[ -s "$KC_PIDFILE" ]] || fail_start "$launcher" "ready, but its JVM was not found"
  sha256sum "$REALM_SRC" | cut -d' ' -f1 >"$REALM_STAMP"
  log "keycloak: ready (pid $(pid_of "$KC_PIDFILE")), issuer $KEYCLOAK_URL/realms/$KEYCLOAK_REALM"
}

case "${1:-}" in
  start) start ;;
  fetch) install_server ;;
  stop) stop_pidfile "$KC_PIDFILE" keycloak "$KC_MAIN" ;;
  status) print_status keycloak "$KC_PIDFILE" "$KEYCLOAK_URL (health :$KEYCLOAK_MGMT_PORT)" "$KC_MAIN" ;;
  *)
    echo "usage: $0 start|stop|status|fetch" >&2
    exit 2
    ;;
esac
