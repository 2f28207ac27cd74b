#!/usr/bin/env bash
# Runs every check: lint, type-check, unit tests, integration tests against a throwaway PostgreSQL and Redis,
# and browser tests in Debian's Chromium against the built product. Ends with one line: "N passed, N failed".
set -uo pipefail
source "$(dirname "$0")/lib/common.sh"
source "$(dirname "$0")/lib/browser-tests.sh"
cd "$REPO_ROOT"

TEST_PG_PORT="${MANDATE_TEST_PG_PORT:-25432}"
TEST_REDIS_PORT="${MANDATE_TEST_REDIS_PORT:-26379}"
TEST_API_PORT="${MANDATE_TEST_API_PORT:-28080}"
RESULTS="$REPO_ROOT/tmp/test-results"
rm -rf "$RESULTS" && mkdir -p "$RESULTS"
FAILED_STEPS=()

step() {
  local name="$1"; shift
  log "── $name"
  local started=$SECONDS
  if "$@"; then log "   $name: ok ($((SECONDS - started)) s)"; else log "   $name: FAILED ($((SECONDS - started)) s)"; FAILED_STEPS+=("$name"); fi
}

ensure_node_modules
ensure_redis
ensure_chromium

step "lint" npx nx run-many -t lint --outputStyle=static
step "type-check" npx nx run-many -t typecheck --outputStyle=static
step "unit tests: domain" npx jest -c libs/domain/jest.config.ts --ci --json --outputFile="$RESULTS/jest-domain.json"
step "unit tests: api" npx jest -c apps/api/jest.config.ts --ci --json --outputFile="$RESULTS/jest-api.json"
step "unit tests: web" npx jest -c apps/web/jest.config.ts --ci --json --outputFile="$RESULTS/jest-web.json"

# Throwaway services on their own ports, removed at exit.
cleanup() {
  stop_browser_test_processes
  stop_test_services
}
trap cleanup EXIT
start_test_services "$TEST_PG_PORT" "$TEST_REDIS_PORT"

# The built product: the browser tests serve it, and the integration tests spawn its worker (and SIGKILL it).
# A failed build fails this step; the steps after it still run and fail on their own (no stale dist is left to pass them).
build_product() {
  rm -rf "$REPO_ROOT/dist/apps/api" "$REPO_ROOT/dist/apps/web"
  npx nx run-many -t build -p api web --outputStyle=static >"$RESULTS/build.log" 2>&1 || { tail -40 "$RESULTS/build.log" >&2; return 1; }
}
step "build" build_product
export MANDATE_API_DIST="$REPO_ROOT/dist/apps/api"

step "backup and restore" env MANDATE_TEST_PG_PORT=$((TEST_PG_PORT + 1)) MANDATE_TEST_REDIS_PORT=$((TEST_REDIS_PORT + 1)) MANDATE_TEST_API_PORT=$((TEST_API_PORT + 1)) bash scripts/test-backup-restore.sh

step "integration tests: api" npx jest -c apps/api/jest.integration.config.ts --ci --runInBand --json --outputFile="$RESULTS/jest-api-integration.json"

step "browser tests: e2e" run_browser_tests "$TEST_PG_PORT" "$TEST_REDIS_PORT" "$TEST_API_PORT" "$RESULTS"

node scripts/node/summarize-tests.cjs "$RESULTS"
summary_status=$?
if [ ${#FAILED_STEPS[@]} -gt 0 ]; then
  log "Failed steps: ${FAILED_STEPS[*]}"
  exit 1
fi
exit $summary_status
