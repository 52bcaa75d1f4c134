#!/usr/bin/env bash
# Runs a command with Node >= 22 (bootstrapped if the system one is older) and the project's bin.
set -e
source "$(dirname "${BASH_SOURCE[0]}")/node-env.sh"
exec "$@"
