# Gongwen: make demo renders the shipped samples, make test runs the whole suite.
SWIFT ?= swift
RELEASE_BIN := .build/release/gongwen
OUT := out

.PHONY: all build release demo test bench clean templates man

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

# Rebuild the shipped templates from their sources (a test checks they match).
templates: build
	@for dir in templates/source/*/; do name=$$(basename $$dir); \
	  for format in docx odt; do .build/debug/gongwen pack $$dir$$format -o templates/$$name.$$format; done; done

# Regenerate the man page from the command-line definition (a test checks docs/gongwen.1 matches).
man: build
	.build/debug/gongwen --experimental-dump-help | python3 scripts/generate-man.py "$$(.build/debug/gongwen --version)" > docs/gongwen.1

clean:
	rm -rf .build $(OUT)
