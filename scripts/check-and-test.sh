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
echo "== lint-imports (the layer table, .importlinter)"
.venv/bin/lint-imports --no-cache
echo "== pytest"
$PY -m pytest "$@"
if [ "$#" -eq 0 ]; then
    # Tests marked `sqlite` must give the same answers on the embedded database `make run` uses.
    echo "== pytest -m sqlite (SQLite)"
    sqlite_dir=$(mktemp -d)
    trap 'rm -rf "$sqlite_dir"' EXIT
    DATABASE_URL="sqlite:///$sqlite_dir/test.sqlite3" $PY -m pytest -m sqlite
fi
