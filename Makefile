# ProductStudio toolkit. `make site` renders the help site into public/, `make serve` previews it live;
# `make test` runs every test.
# Both install what is missing first (Debian, as root).

SWIFT   ?= swift
RELEASE := .build/release/productstudio
DEBUG   := .build/debug/productstudio
JOBS    := $(shell nproc)

.PHONY: deps test-deps bench-deps build release site serve test test-site bench bench-site bench-ledger bench-inspect bench-inspect-accuracy bench-check bench-review bench-serve clean

deps:
	scripts/install-deps.sh build

test-deps:
	scripts/install-deps.sh test

bench-deps:
	scripts/install-deps.sh bench

build: deps
	$(SWIFT) build -j $(JOBS)

release: deps
	$(SWIFT) build -c release -j $(JOBS)

site: release
	$(RELEASE) build --source .

serve: release
	$(RELEASE) serve --source .

test: test-deps
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift
	$(SWIFT) build --build-tests -j $(JOBS)
	PRODUCTSTUDIO_BIN=$(abspath $(DEBUG)) $(SWIFT) test --skip-build --parallel --num-workers $(JOBS)
	scripts/check-site.sh $(DEBUG)
	scripts/check-serve.py $(DEBUG)
	scripts/check-review.py $(DEBUG)

bench: bench-site bench-ledger bench-inspect bench-inspect-accuracy bench-check bench-review bench-serve
	scripts/bench/assemble.sh

bench-site: bench-deps release
	scripts/bench/site.sh $(RELEASE)

bench-ledger: bench-deps release
	scripts/bench/ledger.sh $(RELEASE)

bench-inspect: bench-deps release
	scripts/bench/inspect.sh $(RELEASE)

bench-inspect-accuracy: bench-deps release
	scripts/bench/inspect-accuracy.sh $(RELEASE)

bench-check: bench-deps release
	scripts/bench/check.sh $(RELEASE)

bench-review: bench-deps release
	scripts/bench/review.sh $(RELEASE)

bench-serve: bench-deps release
	scripts/bench/serve.sh $(RELEASE)

clean:
	rm -rf .build .bench
