#!/usr/bin/env bash
# Runs every check: lint, type-check, unit tests, integration tests against a throwaway PostgreSQL and Redis,
# and browser tests in Debian's Chromium against the built product. Ends with one line: "N passed, N failed".
set -uo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$REPO_ROOT"

TEST_PG_PORT="${MANDATE_TEST_PG_PORT:-55432}"
TEST_REDIS_PORT="${MANDATE_TEST_REDIS_PORT:-56379}"
TEST_API_PORT="${MANDATE_TEST_API_PORT:-38080}"
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
API_PID=""
cleanup() {
  [ -n "$API_PID" ] && kill "$API_PID" 2>/dev/null
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

run_browser_tests() {
  local e2e_db=mandate_e2e
  PGPASSWORD="$TEST_DB_PASSWORD" "$PG_BIN/psql" -h 127.0.0.1 -p "$TEST_PG_PORT" -U mandate -d postgres -qc "DROP DATABASE IF EXISTS $e2e_db" -c "CREATE DATABASE $e2e_db" || return 1
  redis-cli -p "$TEST_REDIS_PORT" flushall >/dev/null
  local owner_url="postgres://mandate:${TEST_DB_PASSWORD}@127.0.0.1:${TEST_PG_PORT}/${e2e_db}"
  local env=(DATABASE_URL="postgres://${APP_DB_USER}:${TEST_APP_DB_PASSWORD}@127.0.0.1:${TEST_PG_PORT}/${e2e_db}" PORT="$TEST_API_PORT" WEB_DIST="$REPO_ROOT/dist/apps/web" SEED_DEMO=true DEMO_PASSWORD=mandate-demo LOG_LEVEL=warn)
  env "${env[@]}" DATABASE_OWNER_URL="$owner_url" node dist/apps/api/cli.js migrate >/dev/null && env "${env[@]}" DATABASE_OWNER_URL="$owner_url" node dist/apps/api/cli.js seed >/dev/null || return 1
  env "${env[@]}" node dist/apps/api/main.js >"$RESULTS/e2e-api.log" 2>&1 &
  API_PID=$!
  wait_for_http "http://127.0.0.1:$TEST_API_PORT/api/health" 60 || { tail -30 "$RESULTS/e2e-api.log" >&2; return 1; }
  E2E_BASE_URL="http://127.0.0.1:$TEST_API_PORT" E2E_DATABASE_URL="$owner_url" PLAYWRIGHT_JSON_OUTPUT_NAME="$RESULTS/playwright.json" \
    npx playwright test -c e2e/playwright.config.ts
  local status=$?
  kill "$API_PID" 2>/dev/null; wait "$API_PID" 2>/dev/null; API_PID=""
  return $status
}
step "browser tests: e2e" run_browser_tests

node scripts/node/summarize-tests.cjs "$RESULTS"
summary_status=$?
if [ ${#FAILED_STEPS[@]} -gt 0 ]; then
  log "Failed steps: ${FAILED_STEPS[*]}"
  exit 1
fi
exit $summary_status
