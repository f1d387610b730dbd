#!/usr/bin/env bash
# Chromium and its WebDriver from the OS packages, for the portal's browser tests.
#
#   deploy/local/browser.sh ensure
#
# Tests point Selenium/Playwright at /usr/bin/chromium and /usr/bin/chromedriver:
# tools that download their own browser cannot reach their download sites here.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ensure() {
  if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
    log "browser: $(/usr/bin/chromium --version 2>/dev/null || echo chromium) present"
    return
  fi
  log "browser: installing chromium and chromium-driver (~1 min)"
  # fonts-liberation: Latin and Cyrillic glyphs for the Russian UI in screenshots.
  apt_install chromium chromium-driver fonts-liberation
  log "browser: $(/usr/bin/chromium --version 2>/dev/null)"
}

case "${1:-}" in
  ensure) ensure ;;
  *)
    echo "usage: $0 ensure" >&2
    exit 2
    ;;
esac
