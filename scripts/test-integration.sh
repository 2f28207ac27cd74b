#!/usr/bin/env bash
# Runs the API integration tests (all, or those matching the given Jest patterns) against a throwaway
# PostgreSQL and Redis, for work on one feature: `bash scripts/test-integration.sh plans breakdown`.
# Ports: MANDATE_TEST_PG_PORT / MANDATE_TEST_REDIS_PORT (defaults 25432 / 26379). Set MANDATE_API_DIST to a
# built API (`npx nx build api`) for the test that spawns the worker (it fails without one: exclude it with a pattern).
set -uo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$REPO_ROOT"

TEST_PG_PORT="${MANDATE_TEST_PG_PORT:-25432}"
TEST_REDIS_PORT="${MANDATE_TEST_REDIS_PORT:-26379}"
ensure_node_modules
ensure_redis

trap stop_test_services EXIT
start_test_services "$TEST_PG_PORT" "$TEST_REDIS_PORT"

npx jest -c apps/api/jest.integration.config.ts --ci --runInBand "$@"
