#!/usr/bin/env bash
# PostgreSQL, Kafka, Keycloak and an SMTP server for development, tests and the demo, natively
# (no container engine), on loopback only, state in .local/.
#
#   deploy/local/infra.sh start|stop|status
#
# start is idempotent: servers already running are left alone.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# Everything that uses apt-get or the Maven wrapper, one after the other: two
# apt-gets collide on the dpkg lock, and two first runs of mvnw would both
# unpack Maven. Each step is a no-op once done.
prepare() {
  ensure_cmd curl curl
  ensure_cmd unzip unzip
  # the practice library: Russian morphology (Hunspell) for search, Cyrillic fonts for its PDF exports
  [[ -r /usr/share/hunspell/ru_RU.dic ]] || apt_install hunspell-ru
  [[ -r /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]] || apt_install fonts-dejavu-core
  "$DEPLOY_LOCAL/postgres.sh" install
  "$DEPLOY_LOCAL/kafka.sh" fetch
  "$DEPLOY_LOCAL/keycloak.sh" fetch
  "$DEPLOY_LOCAL/smtp.sh" fetch
}

start() {
  local t0=$SECONDS kc_pid
  prepare
  # Keycloak takes longest (up to a minute on a first start): run it in the
  # background while PostgreSQL and Kafka start, then wait for it.
  "$DEPLOY_LOCAL/keycloak.sh" start &
  kc_pid=$!
  if ! "$DEPLOY_LOCAL/postgres.sh" start || ! "$DEPLOY_LOCAL/kafka.sh" start || ! "$DEPLOY_LOCAL/smtp.sh" start; then
    wait "$kc_pid" || true
    die "infra: start failed"
  fi
  wait "$kc_pid" || die "infra: keycloak failed to start"
  log "infra: all up in $((SECONDS - t0)) s"
  status
}

stop() {
  "$DEPLOY_LOCAL/smtp.sh" stop
  "$DEPLOY_LOCAL/keycloak.sh" stop
  "$DEPLOY_LOCAL/kafka.sh" stop
  "$DEPLOY_LOCAL/postgres.sh" stop
}

status() {
  "$DEPLOY_LOCAL/postgres.sh" status
  "$DEPLOY_LOCAL/kafka.sh" status
  "$DEPLOY_LOCAL/keycloak.sh" status
  "$DEPLOY_LOCAL/smtp.sh" status
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *)
    echo "usage: $0 start|stop|status" >&2
    exit 2
    ;;
esac
