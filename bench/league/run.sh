#!/usr/bin/env bash
# League benchmark: the board bench's data set (100,000 packages, 40 departments, 3 plans) and API, measured by measure.ts.
set -euo pipefail
cd "$(dirname "$0")/../.."
BENCH_REBUILD=1 BENCH_MEASURE=bench/league/measure.ts \
  BENCH_PG_PORT="${BENCH_PG_PORT:-26121}" BENCH_REDIS_PORT="${BENCH_REDIS_PORT:-26521}" BENCH_API_PORT="${BENCH_API_PORT:-28121}" \
  exec bash bench/board/run.sh
