#!/usr/bin/env bash
# Every test, in the order a failure is cheapest to find: types, lint, unit
# tests on SQLite, the database-backed unit tests again on PostgreSQL, then the
# production build driven end to end in Chromium, on SQLite and on PostgreSQL.
#
# TEST_POSTGRES_URL names the PostgreSQL server (default: this machine's);
# SKIP_POSTGRES=1 runs the SQLite half alone; E2E_PORT (default 3100) is the
# end-to-end server's port, and the next one the PostgreSQL run's.
set -uo pipefail
cd "$(dirname "$0")/.."

PG="${TEST_POSTGRES_URL:-postgresql://postgres@127.0.0.1:5432/test}"
PORT_SQLITE="${E2E_PORT:-3100}"
PORT_POSTGRES=$((PORT_SQLITE + 1))
results="$(mktemp -d)"
failed_steps=()

step() {
  local name="$1"; shift
  echo
  echo "━━ $name"
  if ! "$@"; then failed_steps+=("$name"); fi
}

step "prisma generate" node scripts/prisma.mjs generate
step "typecheck" npx tsc --noEmit
step "lint" npx eslint . --max-warnings=0
step "unit tests (SQLite)" npx vitest run --reporter=default --reporter=json --outputFile.json="$results/unit-sqlite.json"
if [ -z "${SKIP_POSTGRES:-}" ]; then
  step "database unit tests (PostgreSQL)" env TEST_DATABASE_URL="$PG" npx vitest run server \
    --reporter=default --reporter=json --outputFile.json="$results/unit-postgres.json"
fi
step "next build" npx next build
step "end-to-end (SQLite)" env E2E_PORT="$PORT_SQLITE" PLAYWRIGHT_JSON_OUTPUT_NAME="$results/e2e-sqlite.json" npx playwright test --reporter=list,json
if [ -z "${SKIP_POSTGRES:-}" ]; then
  pgdb="$(node scripts/create-postgres-database.mjs "$PG")"
  step "end-to-end (PostgreSQL)" env E2E_DATABASE_URL="$pgdb" E2E_PORT="$PORT_POSTGRES" PLAYWRIGHT_JSON_OUTPUT_NAME="$results/e2e-postgres.json" \
    npx playwright test --reporter=list,json
  node scripts/create-postgres-database.mjs --drop "$pgdb" >/dev/null || true
fi

echo
node scripts/summarize-tests.mjs "$results" "${failed_steps[@]+"${failed_steps[@]}"}"
