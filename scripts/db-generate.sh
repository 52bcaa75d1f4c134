#!/usr/bin/env bash
# npm run db:generate -- --name <module>: drizzle-kit generate (arguments go to it), then embed the SQL.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/node-env.sh"
cd "$(dirname "${BASH_SOURCE[0]}")/.."
drizzle-kit generate --config db/drizzle.config.ts "$@"
tsx scripts/gen-migrations.ts
