# huiyi: `make demo` installs everything into .venv and runs the pipeline on samples/;
# `make test` runs the tests. The install is stamped, so it runs once per pyproject change.
# Both are conveniences over pip: the install is the CPU torch build, then `pip install -e .`.
PYTHON      ?= python3
VENV        ?= .venv
BIN         := $(VENV)/bin
STAMP       := $(VENV)/.huiyi-installed
# torch's CPU builds; pyproject.toml pins torch==2.13.0+cpu, which PyPI does not have
TORCH_INDEX ?= https://download.pytorch.org/whl/cpu

.PHONY: install demo test bench pkuseg-model clean-outputs

install: $(STAMP)

$(STAMP): pyproject.toml Makefile
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	# torch alone from the CPU index (its own requirements come from PyPI with the package)
	$(BIN)/pip install --no-deps --extra-index-url $(TORCH_INDEX) torch==2.13.0+cpu
	$(BIN)/pip install -e '.[dev]'
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

# Rebuild the shipped models/pkuseg-compact from pkuseg 0.0.25's own model (the `pkuseg`
# extra; its setup.py imports numpy, so it is built without build isolation).
pkuseg-model: $(STAMP)
	$(BIN)/pip install numpy cython 'setuptools>=68' wheel
	$(BIN)/pip install --no-build-isolation -e '.[pkuseg]'
	$(BIN)/python -m pipeline.nlp.pkuseg_model $(if $(CHECK),--check $(CHECK))

clean-outputs:
	rm -rf outputs/sample outputs/run outputs/bench outputs/rules-only outputs/dask
