#!/usr/bin/env bash
# Runs the browser tests (all, or the Playwright arguments given, e.g. a spec path or `-g "supervision"`) against the
# built product on throwaway services, for work on one feature: `bash scripts/test-e2e.sh e2e/src/specs/plans`.
# Builds the API and the web app first unless MANDATE_E2E_SKIP_BUILD=1. Ports: MANDATE_TEST_PG_PORT /
# MANDATE_TEST_REDIS_PORT / MANDATE_TEST_API_PORT (defaults 25432 / 26379 / 28080; the mail catcher takes API+2).
set -uo pipefail
source "$(dirname "$0")/lib/common.sh"
source "$(dirname "$0")/lib/browser-tests.sh"
cd "$REPO_ROOT"

TEST_PG_PORT="${MANDATE_TEST_PG_PORT:-25432}"
TEST_REDIS_PORT="${MANDATE_TEST_REDIS_PORT:-26379}"
TEST_API_PORT="${MANDATE_TEST_API_PORT:-28080}"
RESULTS="$REPO_ROOT/tmp/test-results-e2e"
rm -rf "$RESULTS" && mkdir -p "$RESULTS"
ensure_node_modules
ensure_redis
ensure_chromium

if [ "${MANDATE_E2E_SKIP_BUILD:-}" != 1 ]; then
  log "Building the API and the web app"
  npx nx run-many -t build -p api web --outputStyle=static >"$RESULTS/build.log" 2>&1 || { tail -40 "$RESULTS/build.log" >&2; die "build failed"; }
fi

cleanup() {
  stop_browser_test_processes
  stop_test_services
}
trap cleanup EXIT
start_test_services "$TEST_PG_PORT" "$TEST_REDIS_PORT"
run_browser_tests "$TEST_PG_PORT" "$TEST_REDIS_PORT" "$TEST_API_PORT" "$RESULTS" "$@"
