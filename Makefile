# The two set-up commands: `make run` and `make test` (see README.md).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

.PHONY: run run-province test test-quick lint clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.runtime-installed: requirements.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev-installed: requirements.txt requirements-dev.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

# Browser tests drive Debian's Chromium; Playwright's own browser download is never used.
/usr/bin/chromium:
	$(SUDO) apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium fonts-dejavu-core >/dev/null

# The front-cache tests (tests/frontcache/) start Debian's nginx with its cache-purge module.
/usr/lib/nginx/modules/ngx_http_cache_purge_module.so:
	$(SUDO) apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq nginx-light libnginx-mod-http-cache-purge >/dev/null

run: $(VENV)/.runtime-installed
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo --if-empty
	$(PY) manage.py runserver 8000

# The same, with the province demo (122 communes, wards and towns on *.binhthuan.localhost) beside the district.
run-province: $(VENV)/.runtime-installed
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo --if-empty
	$(PY) manage.py load_demo --province
	$(PY) manage.py runserver 8000

test: $(VENV)/.dev-installed /usr/bin/chromium /usr/lib/nginx/modules/ngx_http_cache_purge_module.so
	scripts/test-postgres.sh scripts/check-and-test.sh

# While working: the suite on a throwaway SQLite file, without the browser tests and without
# PostgreSQL. `make test` stays the check that counts.
test-quick: $(VENV)/.dev-installed
	@set -e; db_dir=$$(mktemp -d); trap 'rm -rf "$$db_dir"' EXIT; \
	DATABASE_URL="sqlite:///$$db_dir/test.sqlite3" $(PY) -m pytest -q -m "not browser" $(ARGS)

lint: $(VENV)/.dev-installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

clean:
	rm -rf $(VENV) db.sqlite3 media static_collected
