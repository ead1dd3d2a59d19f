# Gongwen: make demo renders the shipped samples, make test runs the whole suite.
SWIFT ?= swift
RELEASE_BIN := .build/release/gongwen
OUT := out

.PHONY: all build release demo test bench clean templates

all: build

build:
	@scripts/ensure-deps.sh build
	$(SWIFT) build

release:
	@scripts/ensure-deps.sh build
	$(SWIFT) build -c release --product gongwen

demo: release
	@mkdir -p $(OUT)
	@scripts/demo.sh $(RELEASE_BIN) $(OUT)

test:
	@scripts/ensure-deps.sh test
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

bench:
	@scripts/ensure-deps.sh bench
	@scripts/bench.sh

clean:
	rm -rf .build $(OUT)
