# Hamsession: the two set-up commands are `make run` and `make test`.
# Both create .venv on first use and reinstall only when pyproject.toml changes.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
RUN_STAMP  := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test

# Debian packages Qt's xcb, offscreen and multimedia plugins load at run time.
QT_SYSTEM_LIBS := libpulse0 libxcb-cursor0 libxkbcommon-x11-0 libxkbcommon0 libegl1 libgl1 \
	libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0 libx11-xcb1 libxcb-icccm4 libxcb-image0 \
	libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 \
	libxrender1 libxi6 libsm6 libice6

# A real X server and window manager for the tests that drive the app as a person would,
# PostgreSQL, which the tests start privately to run the storage tests on a server too,
# and the accessibility bus with pyatspi, to read the app as a screen reader does.
X_TEST_TOOLS := xvfb openbox xdotool libspeechd2 postgresql at-spi2-core python3-pyatspi dbus
# The benchmarks compare start-up with Workrave's on the same display.
BENCH_TOOLS := $(X_TEST_TOOLS) workrave

.PHONY: run test lint bench fuzz translations system-libs test-tools install-debs clean

run: system-libs $(RUN_STAMP)
	$(BIN)/hamsession $(ARGS)

test: system-libs test-tools $(TEST_STAMP)
	$(BIN)/ruff check src tests benchmarks scripts migrations
	$(BIN)/ruff format --check src tests benchmarks scripts migrations
	$(BIN)/lint-imports
	$(BIN)/pytest $(PYTEST_ARGS)

# Every benchmark, then one table of figures (BENCH_ARGS=--quick for shorter runs).
bench: system-libs $(TEST_STAMP)
	@$(MAKE) --no-print-directory install-debs DEBS="$(BENCH_TOOLS)"
	$(BIN)/python -m benchmarks.table $(BENCH_ARGS)

# The interface's catalogues: strings extracted from the code into
# resources/translations/*.ts (translations kept), compiled to the .qm files the app loads.
translations: $(TEST_STAMP)
	$(BIN)/python scripts/translations.py

fuzz: system-libs $(TEST_STAMP)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/pytest tests -k fuzz -W ignore::hypothesis.errors.HypothesisWarning

$(VENV)/bin/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Hamsession needs Python 3.11 or newer (found $$($(PYTHON) --version))"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(TEST_STAMP): pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e '.[test,postgres]'
	@touch $@ $(RUN_STAMP)

# Installs the system libraries Qt needs (and, for the tests, the X tools) when they are
# missing and this user may (root, or sudo without a password). Otherwise it names what
# is missing and goes on.
system-libs:
	@$(MAKE) --no-print-directory install-debs DEBS="$(QT_SYSTEM_LIBS)"

test-tools:
	@$(MAKE) --no-print-directory install-debs DEBS="$(X_TEST_TOOLS)"

install-debs:
	@command -v dpkg-query >/dev/null 2>&1 || exit 0; \
	missing=""; \
	for p in $(DEBS); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	[ -z "$$missing" ] && exit 0; \
	if [ "$$(id -u)" = 0 ]; then SUDO=""; \
	elif sudo -n true 2>/dev/null; then SUDO="sudo -n"; \
	else echo "Please install these Debian packages:$$missing"; exit 0; fi; \
	echo "Installing Debian packages:$$missing"; \
	$$SUDO apt-get update -qq && \
	DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing >/dev/null

lint:
	$(BIN)/ruff check src tests benchmarks scripts migrations
	$(BIN)/ruff format --check src tests benchmarks scripts migrations
	$(BIN)/lint-imports

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
