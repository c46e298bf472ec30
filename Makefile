# huiyi: `make demo` installs everything into .venv and runs the pipeline on samples/;
# `make test` runs the tests. The install is stamped, so it runs once per pyproject change.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.huiyi-installed

.PHONY: install demo test bench clean-outputs

install: $(STAMP)

$(STAMP): pyproject.toml Makefile
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	# order matters: torch (CPU build) and pkuseg's build requirements first; pkuseg's
	# setup.py imports numpy, so it is built without isolation (its sdist carries the model)
	$(BIN)/pip install torch==2.13.0 numpy cython setuptools wheel
	$(BIN)/pip install --no-build-isolation pkuseg==0.0.25
	# SQLAlchemy 2.1 breaks the Prefect 3.8 server's scheduler (`huiyi serve`): keep 2.0
	$(BIN)/pip install -e '.[dev]'
	# the compact pkuseg model (models/pkuseg-compact, ~1/3 of the memory; else built on first use)
	$(BIN)/python -m pipeline.nlp.pkuseg_model
	touch $(STAMP)

# samples/ holds one deliberately malformed JSONL record: exit code 1 ("a document
# failed", see README) is the expected outcome of the demo; anything else is an error.
demo: $(STAMP)
	$(BIN)/huiyi run --input samples --output outputs/sample; code=$$?; \
	  if [ $$code -eq 1 ]; then echo "(demo: exit 1 = some inputs failed, listed above; samples/county_portal.jsonl line 3 is malformed on purpose)"; \
	  elif [ $$code -ne 0 ]; then exit $$code; fi

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py

clean-outputs:
	rm -rf outputs/sample outputs/run outputs/bench outputs/rules-only outputs/dask
