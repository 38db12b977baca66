#!/usr/bin/env bash
# The checks `make test` runs, in order, against the database in DATABASE_URL.
set -euo pipefail
export DJANGO_SETTINGS_MODULE=cms.settings.test
PY=.venv/bin/python

echo "== manage.py check"
$PY manage.py check
echo "== makemigrations --check"
$PY manage.py makemigrations --check --noinput
echo "== ruff check"
.venv/bin/ruff check .
echo "== pytest"
$PY -m pytest "$@"
