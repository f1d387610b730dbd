#!/usr/bin/env bash
# The operator's command for events a service could not publish (ADR 0003).
#
#   deploy/local/outbox.sh parked SERVICE    list the parked events of mentor-bank|school|events|practices
#   deploy/local/outbox.sh resend SERVICE    send them again (after the cause was fixed)
#
# Signs in as the realm's administrator (ADMIN_USER / ADMIN_PASSWORD, demo: admin / demo).
# PORT_OFFSET picks the test run's services (10000), as in services.sh.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PORT_OFFSET="${PORT_OFFSET:-0}"
declare -A PORTS=([mentor-bank]=8081 [school]=8082 [events]=8083 [practices]=8084)

usage() {
  echo "usage: $0 parked|resend mentor-bank|school|events|practices" >&2
  exit 2
}

[[ $# -eq 2 && -n "${PORTS[$2]:-}" ]] || usage
base="http://127.0.0.1:$((PORTS[$2] + PORT_OFFSET))"
token="$(curl -fsS --max-time 10 -d grant_type=password -d client_id=mentoring-cli \
  -d "username=${ADMIN_USER:-admin}" -d "password=${ADMIN_PASSWORD:-demo}" \
  "$KEYCLOAK_URL/realms/$KEYCLOAK_REALM/protocol/openid-connect/token" |
  sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')"
[[ -n "$token" ]] || die "could not sign in to Keycloak as ${ADMIN_USER:-admin}"

case "$1" in
  parked) curl -fsS -H "Authorization: Bearer $token" "$base/outbox/parked" && echo ;;
  resend) curl -fsS -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d '{}' \
    "$base/outbox/parked/resend" && echo ;;
  *) usage ;;
esac
