#!/usr/bin/env bash
# Runs the whole platform on this machine with demo data.
#
#   ./run.sh          install and start whatever is missing, load demo data, print the logins
#   ./run.sh status   what runs
#   ./run.sh stop     stop everything this script started
#   ./run.sh reset    drop the demo's databases, topics and files, then start as above with fresh demo data
set -euo pipefail
cd "$(dirname "$0")"
# shellcheck source=deploy/local/lib.sh
source deploy/local/lib.sh

start() {
  local t0=$SECONDS
  deploy/local/infra.sh start
  deploy/local/services.sh build
  deploy/local/services.sh start
  deploy/demo/load.sh
  cat <<TXT

Платформа запущена за $((SECONDS - t0)) с.

  Портал:            http://localhost:8080
  Банк наставников:  http://127.0.0.1:8081/openapi/mentor-bank-1.yml
  Школа:             http://127.0.0.1:8082/openapi/school-1.yml
  Мероприятия:       http://127.0.0.1:8083/openapi/events-1.yml
  Практики:          http://127.0.0.1:8084/openapi/practices-1.yml
  Keycloak:          http://localhost:8180 (admin / admin)

Демо-пользователи (пароль у всех: demo):
  methodist   методист ИМЦ
  curator1    куратор школы 1
  curator2    куратор школы 2
  curator3    куратор школы 3
  mentor1     наставник (школа 1)
  mentor2     наставник (школа 2), ведёт ученика школы 1
  mentee1     наставляемый, ученик школы 1 (вход выдан куратором)
  mentee2     наставляемая, ученица школы 1 без пары — сама выбирает наставника
  expert1     эксперт

Остановить: ./run.sh stop     Состояние: ./run.sh status     Заново с чистыми демо-данными: ./run.sh reset
TXT
}

case "${1:-start}" in
  start) start ;;
  stop)
    deploy/local/services.sh stop
    DB_SUFFIX=_test deploy/local/services.sh stop
    DB_SUFFIX=_e2e deploy/local/services.sh stop
    deploy/local/infra.sh stop
    ;;
  reset)
    # the demo data is loaded once and then kept; this starts it over, e.g. after a long use of the demo.
    # Keycloak keeps its users: the demo links the accounts it creates to existing ones by e-mail.
    deploy/local/services.sh stop
    deploy/local/infra.sh start
    deploy/local/postgres.sh drop-demo
    deploy/local/kafka.sh drop-demo
    rm -rf "$STATE_DIR/files/practices" "$STATE_DIR/services/practices-index"
    start
    ;;
  status)
    deploy/local/infra.sh status
    deploy/local/services.sh status
    ;;
  *)
    echo "usage: $0 [start|stop|status|reset]" >&2
    exit 2
    ;;
esac
