# sendhealth: two commands on a fresh machine with Python 3.11.
#   make demo   install, migrate, seed a synthetic local area, serve on 127.0.0.1:8000
#               (PORT=8001 make demo serves on another port)
#   make test   install and run the whole suite (PostgreSQL when DATABASE_URL is set)

PYTHON ?= python3.11
PORT ?= 8000
# Links in the demo's emails point at the port it serves on.
DEMO_ENV := SENDHEALTH_DEMO=1 SITE_URL=$(or $(SITE_URL),http://127.0.0.1:$(PORT))
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo serve worker test lint format bench bench-postgres bench-sen2 bench-national load backup restore clean

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed ($(PYTHON) not found). Set PYTHON=/path/to/python3.11"; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

demo: install
	$(DEMO_ENV) $(BIN)/python manage.py migrate --no-input -v 0
	$(DEMO_ENV) $(BIN)/python manage.py collectstatic --no-input -v 0
	$(DEMO_ENV) $(BIN)/python manage.py seed_area
	@echo "Serving on http://127.0.0.1:$(PORT) with the background worker (Ctrl+C stops both)."
	@echo "Sign in with a demo login above. Emails (reminders, chases) print here."
	@$(DEMO_ENV) $(BIN)/python manage.py worker -v 0 & worker=$$!; \
	  trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	  $(DEMO_ENV) $(BIN)/python manage.py runserver 127.0.0.1:$(PORT) --noreload

worker: install
	$(DEMO_ENV) $(BIN)/python manage.py worker

test: install
	$(BIN)/python manage.py makemigrations --check --dry-run -v 0
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy sendhealth/rules sendhealth/core
	$(BIN)/python -m pytest -n 2 --dist loadfile

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# A large synthetic area (50,000 children, 100,000 advice requests) in its own database.
BENCH_DB ?= sqlite:///$(CURDIR)/var/bench.sqlite3
bench: install
	mkdir -p var
	DATABASE_URL=$(BENCH_DB) $(BIN)/python manage.py migrate --no-input -v 0
	DATABASE_URL=$(BENCH_DB) $(BIN)/python manage.py bench --reuse

bench-postgres:
	$(MAKE) bench BENCH_DB=postgres://postgres@127.0.0.1:5432/bench

# The SEN2 import of a return the size of England's (640,000 people), timed; SEN2_ARGS="--people
# 100000" for less, "--file PATH" to import a return kept with "--keep PATH".
bench-sen2: install
	mkdir -p var
	DATABASE_URL=$(BENCH_DB) $(BIN)/python manage.py migrate --no-input -v 0
	DATABASE_URL=$(BENCH_DB) $(BIN)/python manage.py sen2_bench $(SEN2_ARGS)

# England: 42 ICBs, 1,000,000 children, 2,000,000 advice requests in a PostgreSQL database of its
# own (dropped and created again), and one area's pages timed before and after.
# NATIONAL_ARGS="--only 10" loads a fraction (10 of the 42 ICBs) on a busy machine.
NATIONAL_DB ?= postgres://postgres@127.0.0.1:5432/sendhealth_national
bench-national: install
	DATABASE_URL=$(NATIONAL_DB) $(BIN)/python manage.py bench_national --recreate $(NATIONAL_ARGS)

# The load test (locust, headless, 127.0.0.1 only): 50 signed-in users of every role for 5
# minutes against gunicorn and the worker on PostgreSQL (LOAD_DB, its own database). Not part of
# make test. LOAD_USERS, LOAD_TIME (e.g. 1m), LOAD_WORKERS, LOAD_SEED change it.
load: install
	BIN=$(BIN) ./loadtest/run.sh
# Backup and restore (README "Backup and restore"): make backup [FILE=...], make restore FILE=...
FILE ?= var/backups/sendhealth-$(shell date +%Y%m%d-%H%M%S).tar.gz
backup: install
	$(BIN)/python manage.py backup $(FILE)

restore: install
	$(BIN)/python manage.py restore $(FILE)

clean:
	rm -rf $(VENV) var staticfiles
