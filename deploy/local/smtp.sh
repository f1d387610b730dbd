#!/usr/bin/env bash
# A real SMTP server for the tests and the demo: GreenMail standalone from Maven Central.
#
#   deploy/local/smtp.sh start|stop|status|fetch
#   deploy/local/smtp.sh messages ADDRESS     # the messages delivered to ADDRESS, as JSON
#   deploy/local/smtp.sh purge                # forget every delivered message
#
# SMTP on 127.0.0.1:$SMTP_PORT (no authentication, loopback only); its HTTP API on
# 127.0.0.1:$SMTP_API_PORT lets tests and the demo read what was delivered
# (GET /api/user/ADDRESS/messages/INBOX, POST /api/mail/purge). Mail lives in memory:
# a restart forgets it, as a test mail server should. State (jar, log, pid) under .local/smtp.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SMTP_DIR="$STATE_DIR/smtp"
SMTP_POM="$DEPLOY_LOCAL/smtp/pom.xml"
SMTP_JAR="$SMTP_DIR/greenmail-standalone.jar"
SMTP_LOG="$SMTP_DIR/server.log"
SMTP_PIDFILE="$STATE_DIR/smtp.pid"
SMTP_MAIN="greenmail-standalone.jar"

# Fetch the jar once; a pom change (a new greenmail.version) fetches again.
fetch_jar() {
  local stamp="$SMTP_DIR/.pom.sha256" want
  want="$(sha256sum "$SMTP_POM" | cut -d' ' -f1)"
  [[ -s "$SMTP_JAR" && -s "$stamp" && "$(cat "$stamp")" == "$want" ]] && return
  log "smtp: fetching greenmail-standalone from Maven Central"
  mkdir -p "$SMTP_DIR"
  mvnw_q -f "$SMTP_POM" dependency:copy@fetch -Dsmtp.download.dir="$SMTP_DIR"
  echo "$want" >"$stamp"
}

wait_ready() {
  local deadline=$((SECONDS + 60))
  until curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$SMTP_API_PORT/api/service/readiness" 2>/dev/null; do
    pid_alive "$SMTP_PIDFILE" "$SMTP_MAIN" || die "smtp: exited during start, see $SMTP_LOG"
    if ((SECONDS >= deadline)); then
      stop_pidfile "$SMTP_PIDFILE" smtp "$SMTP_MAIN"
      die "smtp: not ready after 60 s, see $SMTP_LOG"
    fi
    sleep 0.3
  done
  wait_for_port 127.0.0.1 "$SMTP_PORT" 10 || die "smtp: port $SMTP_PORT not open"
}

start() {
  if pid_alive "$SMTP_PIDFILE" "$SMTP_MAIN"; then
    log "smtp: already running (pid $(pid_of "$SMTP_PIDFILE"))"
    return
  fi
  if port_open 127.0.0.1 "$SMTP_PORT" || port_open 127.0.0.1 "$SMTP_API_PORT"; then
    die "smtp: port $SMTP_PORT or $SMTP_API_PORT is taken by another process"
  fi
  require_java25
  fetch_jar
  [[ -f "$SMTP_LOG" ]] && mv -f "$SMTP_LOG" "$SMTP_LOG.prev"
  log "smtp: starting on 127.0.0.1:$SMTP_PORT (API on $SMTP_API_PORT)"
  spawn_detached "$SMTP_PIDFILE" "$SMTP_LOG" \
    "$JAVA25/bin/java" -Xms32m -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
    -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.api.hostname=127.0.0.1 \
    -Dgreenmail.smtp.port="$SMTP_PORT" -Dgreenmail.api.port="$SMTP_API_PORT" \
    -Dgreenmail.auth.disabled -jar "$SMTP_JAR"
  wait_ready
  log "smtp: ready (pid $(pid_of "$SMTP_PIDFILE"))"
}

# Forget every delivered message (the benchmarks send thousands; GreenMail keeps mail in memory).
purge() {
  curl -fsS -X POST "http://127.0.0.1:$SMTP_API_PORT/api/mail/purge" >/dev/null && log "smtp: delivered mail purged"
}

messages() { # messages ADDRESS
  [[ -n "${1:-}" ]] || die "usage: $0 messages ADDRESS"
  curl -fsS "http://127.0.0.1:$SMTP_API_PORT/api/user/$1/messages/INBOX"
  echo
}

case "${1:-}" in
  start) start ;;
  fetch) fetch_jar ;;
  stop) stop_pidfile "$SMTP_PIDFILE" smtp "$SMTP_MAIN" ;;
  status) print_status smtp "$SMTP_PIDFILE" "smtp://127.0.0.1:$SMTP_PORT" "$SMTP_MAIN" ;;
  messages) messages "${2:-}" ;;
  purge) purge ;;
  *)
    echo "usage: $0 start|stop|status|fetch|messages ADDRESS|purge" >&2
    exit 2
    ;;
esac
