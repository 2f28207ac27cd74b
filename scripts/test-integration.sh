#!/usr/bin/env bash
# Runs the API integration tests (all, or those matching the given Jest patterns) against a throwaway
# PostgreSQL and Redis, for work on one feature: `bash scripts/test-integration.sh plans breakdown`.
# Ports: MANDATE_TEST_PG_PORT / MANDATE_TEST_REDIS_PORT (defaults 55432 / 56379). Set MANDATE_API_DIST to a
# built API (`npx nx build api`) for the test that spawns the worker (it fails without one: exclude it with a pattern).
set -uo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$REPO_ROOT"

TEST_PG_PORT="${MANDATE_TEST_PG_PORT:-55432}"
TEST_REDIS_PORT="${MANDATE_TEST_REDIS_PORT:-56379}"
ensure_node_modules
ensure_redis

SERVICES_DIR="$(mktemp -d /tmp/mandate-test.XXXXXX)"
chmod 755 "$SERVICES_DIR"
cleanup() {
  stop_redis "$TEST_REDIS_PORT"
  stop_postgres "$SERVICES_DIR/postgres"
  rm -rf "$SERVICES_DIR"
}
trap cleanup EXIT
TEST_DB_PASSWORD="$(random_secret)"
TEST_APP_DB_PASSWORD="$(random_secret)"
start_postgres "$SERVICES_DIR/postgres" "$TEST_PG_PORT" mandate_test mandate "$TEST_DB_PASSWORD" throwaway
start_redis "$SERVICES_DIR/redis" "$TEST_REDIS_PORT" throwaway

export NODE_ENV=test
export DATABASE_OWNER_URL="postgres://mandate:${TEST_DB_PASSWORD}@127.0.0.1:${TEST_PG_PORT}/mandate_test"
export DATABASE_URL="postgres://${APP_DB_USER}:${TEST_APP_DB_PASSWORD}@127.0.0.1:${TEST_PG_PORT}/mandate_test"
export REDIS_URL="redis://127.0.0.1:${TEST_REDIS_PORT}"
export JWT_SECRET="$(random_secret)"
export LOG_LEVEL=silent

npx jest -c apps/api/jest.integration.config.ts --ci --runInBand "$@"
