# The AI Roadmaps book. `make book` builds the HTML, `make test` runs every check.
# Each target creates the virtual environment it needs (.venv) on first use.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

# Code cells and tests run offline and headless: no tool may phone home or open a window.
# Pages set what they need themselves too, so a reader's own run stays offline as well.
# MPLBACKEND stays unset: a notebook kernel then draws figures inline (with Agg, pages would
# lose their figures), and headless Python falls back to Agg on its own.
export PYTHONHASHSEED := 0
export PYDEVD_DISABLE_FILE_VALIDATION := 1
export KERAS_BACKEND := torch
export ORT_DISABLE_TELEMETRY := 1
export MLFLOW_DISABLE_TELEMETRY := true
export WANDB_MODE := offline
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export HF_DATASETS_OFFLINE := 1
export DO_NOT_TRACK := 1

.PHONY: help book pdf browser test weight progress serve links lint lock latest clean mlserver-venv

help:  ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 10

$(INSTALLED): requirements.txt constraints.txt pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "error: $(PYTHON) not found; install Python 3.11 or run make PYTHON=/path/to/python3.11" >&2; exit 2; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip==26.3
	$(BIN)/python -m pip install --quiet -r requirements.txt -c constraints.txt
	# The book's own package (ai_roadmaps/), editable. With the venv's own setuptools when it
	# can build wheels (setuptools 70.1 or later, or older with the wheel package), so no
	# build environment is downloaded; otherwise pip fetches one (build isolation).
	if $(BIN)/python -c "import setuptools.command.bdist_wheel" 2>/dev/null \
	  || $(BIN)/python -c "import setuptools, wheel" 2>/dev/null; then \
	  $(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .; \
	else \
	  $(BIN)/python -m pip install --quiet --no-deps -e .; \
	fi
	touch $@

# MLServer, Seldon's inference server, for the monitoring chapter's Seldon page: its own venv,
# because mlserver 1.7.1 requires fastapi<0.116 and .venv pins a newer FastAPI. scikit-learn,
# numpy, pandas and joblib are pinned as in .venv, so a model trained there loads here.
MLSERVER_VENV := .cache/mlserver-venv
MLSERVER_INSTALLED := $(MLSERVER_VENV)/.installed

$(MLSERVER_INSTALLED): requirements-mlserver.txt constraints-mlserver.txt
	@command -v $(PYTHON) >/dev/null || { echo "error: $(PYTHON) not found; install Python 3.11 or run make PYTHON=/path/to/python3.11" >&2; exit 2; }
	test -x $(MLSERVER_VENV)/bin/python || $(PYTHON) -m venv $(MLSERVER_VENV)
	$(MLSERVER_VENV)/bin/python -m pip install --quiet --upgrade pip==26.3
	$(MLSERVER_VENV)/bin/python -m pip install --quiet -r requirements-mlserver.txt -c constraints-mlserver.txt
	$(MLSERVER_VENV)/bin/python -m pip check
	touch $@

mlserver-venv: $(MLSERVER_INSTALLED)  ## the separate venv of MLServer (.cache/mlserver-venv)

# Pages whose code changed run first, one kernel per core, into the execution cache (Sphinx
# would run them one at a time). Status 1 is a page that failed: the build runs it again and
# reports its error with the traceback.
EXECUTE_PAGES = $(BIN)/python scripts/execute_pages.py 2>&1 | tee _build/execute.log || [ $$? -eq 1 ]

book: $(INSTALLED) $(MLSERVER_INSTALLED)  ## build the HTML book into _build/html (executes every code cell)
	scripts/require_system.sh java git azurite prometheus
	rm -rf _build/html _build/.doctrees _build/jupyter_execute
	mkdir -p _build
	$(EXECUTE_PAGES)
	$(BIN)/jupyter-book build . -W -n --keep-going 2>&1 | tee _build/build.log

pdf: $(INSTALLED) $(MLSERVER_INSTALLED)  ## build the PDF into _build/latex/ai-roadmaps.pdf (executes cells not yet cached; installs TeX when root)
	scripts/require_system.sh tex java git azurite prometheus
	rm -rf _build/latex _build/.doctrees
	mkdir -p _build
	$(EXECUTE_PAGES)
	$(BIN)/jupyter-book build . --builder pdflatex -W -n --keep-going 2>&1 | tee _build/pdf.log

browser: $(INSTALLED)  ## install what the browser tests need: Chromium (when root) and axe-core
	scripts/require_system.sh browser

test: pdf book browser  ## build the PDF and the HTML book (which then offers the PDF), run every test
	$(BIN)/python -m pytest

weight: $(INSTALLED) browser  ## bytes and requests of every page of the built site, in the browser
	$(BIN)/python benchmarks/page_weight.py $(WEIGHT_ARGS)

progress: $(INSTALLED)  ## your exercise files: each chapter's exercises passed / total (PROGRESS_ARGS=-v lists them)
	$(BIN)/python scripts/progress.py $(PROGRESS_ARGS)

serve: $(INSTALLED)  ## live preview at http://127.0.0.1:8000, rebuilt on every save
	$(BIN)/python scripts/serve_book.py

links: $(INSTALLED)  ## check every external link in the book's sources (needs the internet)
	$(BIN)/python scripts/check_links.py $(LINKS_ARGS)

lint: $(INSTALLED)  ## ruff and codespell, as pre-commit runs them
	$(BIN)/pre-commit run --all-files

lock: $(INSTALLED)  ## re-pin constraints.txt from the installed environment
	# Local version labels (torch 2.13.0+cpu) are not on PyPI: pin the public release they build.
	$(BIN)/python -m pip freeze --exclude-editable | grep -v -i -E '^(pip|setuptools)==' \
	  | sed -E 's/^([^=]+==[^+]+)\+.*$$/\1/' > constraints.txt

LATEST := .venv-latest

latest:  ## build the book and test the exercises with the newest release of every package (internet)
	test -x $(LATEST)/bin/python || $(PYTHON) -m venv $(LATEST)
	$(LATEST)/bin/python -m pip install --quiet --upgrade pip packaging
	# PyTorch's CPU build comes from its own index; a bare `torch` from PyPI is a CUDA build.
	$(LATEST)/bin/python -m pip install --quiet torch --index-url https://download.pytorch.org/whl/cpu
	mkdir -p _build
	$(LATEST)/bin/python scripts/latest_requirements.py -o _build/requirements-latest.txt
	$(LATEST)/bin/python -m pip install --quiet -r _build/requirements-latest.txt
	$(LATEST)/bin/python -m pip install --quiet --no-deps -e .
	# Execute every page afresh: cached outputs came from the pinned versions.
	rm -rf _build/html _build/.doctrees _build/jupyter_execute _build/.jupyter_cache
	$(LATEST)/bin/jupyter-book build . -W -n --keep-going > _build/build.log 2>&1 || true
	$(LATEST)/bin/python -m pytest tests/test_build.py -q --junitxml=_build/latest-book.xml || true
	$(LATEST)/bin/python -m pytest exercises --solutions -q --junitxml=_build/latest-exercises.xml || true
	$(LATEST)/bin/python scripts/breakage_report.py --build-log _build/build.log \
	  --junit _build/latest-book.xml _build/latest-exercises.xml | tee _build/latest-report.md

clean:  ## remove the build output (keeps .venv and the execution cache)
	test ! -d _build || find _build -mindepth 1 -maxdepth 1 ! -name .jupyter_cache -exec rm -rf {} +
