# Gongwen: make demo renders the shipped samples, make test runs the whole suite.
SWIFT ?= swift
RELEASE_BIN := .build/release/gongwen
OUT := out

PREFIX ?= /usr/local
DESTDIR ?=

.PHONY: all build release demo test test-fast interop test-asan test-install install deb fuzz bench clean templates man api api-check

all: build

build:
	@scripts/ensure-deps.sh build
	$(SWIFT) build

# The release binary carries the Swift runtime (static), so it runs where Swift is not installed.
release:
	@scripts/ensure-deps.sh build
	$(SWIFT) build -c release --product gongwen --static-swift-stdlib

# bin/gongwen, share/gongwen/templates, the man page and shell completions under PREFIX.
install: release
	@scripts/install.sh $(RELEASE_BIN) $(PREFIX) $(DESTDIR)

# out/gongwen_VERSION_ARCH.deb: `apt install ./out/gongwen_*.deb` on a Debian-based machine.
deb: release
	@scripts/make-deb.sh $(RELEASE_BIN) $(OUT)

# The .deb unpacked into a fresh root and used with the Swift toolchain hidden.
test-install: release
	@scripts/test-install.sh $(RELEASE_BIN)

demo: release
	@scripts/ensure-deps.sh demo
	@mkdir -p $(OUT)
	@scripts/demo.sh $(RELEASE_BIN) $(OUT)

# Suites (and single tests) that go through a real reader: LibreOffice, poppler, Chromium. `make test-fast`
# runs everything else; `make interop` runs these; `make test` runs both and the install test.
INTEROP := ConversionCLITests|ConvertReadBackCLITests|OfficeFailureCLITests|PDFOptionsCLITests|PDFSpacingCLITests|ServerBrowserTests|SamplePDFTests|ConvertSeedEndToEndTests|EndToEndFigureTests|EndToEndQuarterlyTests|EndToEndToolTests|OfficeTypedTemplateTests|NoticePDFLayoutTests|BatchCLITests/pdfOutput|ErrorAnnotationTests/commentsSurviveLibreOffice|LegacyWorkbookCLITests/xlsAndEtWorkbooksReadLikeTheirXlsx|RepeatedNotesLibreOfficeTests|RepeatedCommentRepliesLibreOfficeTests|TemplateOutputLibreOfficeTests|LetterPDFLayoutTests|ReportPDFLayoutTests|SignaturePDFLayoutTests|LandscapeTablePDFTests|LandscapeNumberPDFTests

test:
	@$(MAKE) --no-print-directory test-fast
	@$(MAKE) --no-print-directory interop
	@$(MAKE) --no-print-directory test-install

test-fast:
	@scripts/ensure-deps.sh test
	$(SWIFT) build --build-tests
	@scripts/api-surface.py --check
	$(SWIFT) test --skip-build --skip '$(INTEROP)'

# The public Swift API: docs/api.txt lists every public symbol (with a doc comment each), and
# Tests/GongwenAPITests/LibraryUsage.swift and the examples of docs/swift-api.md must compile with public API alone. `make api` rewrites the
# list after a deliberate change; `make api-check` (part of test-fast) fails on any other difference.
# Both build with --build-tests, as test-fast does (a plain build would rebuild every module).
api:
	$(SWIFT) build --build-tests
	@scripts/api-surface.py --write

api-check:
	$(SWIFT) build --build-tests
	@scripts/api-surface.py --check

# Round trips through LibreOffice (PDF text and positions), poppler and headless Chromium (the serve page;
# screenshots of each step in out/browser).
interop:
	@scripts/ensure-deps.sh test
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --filter '$(INTEROP)'

# The suite under AddressSanitizer, in its own build folder so the ordinary build is kept. The suite
# is all Swift Testing: XCTest's empty run is left out (its runner leaks a few objects at exit). The
# test that bounds peak memory runs in `make test` only: ASan's shadow memory and quarantine make
# resident sizes meaningless (GONGWEN_SANITIZER tells the server test to leave its memory bound out).
ASAN_SKIP := everyHostileTemplateStaysWithinTheMemoryBound
test-asan:
	@scripts/ensure-deps.sh test
	$(SWIFT) build --build-tests --sanitize=address --scratch-path .build/asan
	GONGWEN_SANITIZER=address LSAN_OPTIONS=suppressions=$(CURDIR)/scripts/lsan-suppressions.txt \
	  $(SWIFT) test --skip-build --sanitize=address --scratch-path .build/asan --disable-xctest --skip '$(ASAN_SKIP)'

# The page of gongwen serve in headless Chromium: screenshots of every step in out/browser.

# libFuzzer targets for the tag language and for one rendered part, FUZZ_SECONDS each (default 600).
fuzz:
	@scripts/ensure-deps.sh build
	@scripts/fuzz.sh

bench:
	@scripts/ensure-deps.sh bench
	@scripts/bench.sh

# Rebuild the shipped templates from their sources (a test checks they match).
templates: build
	@for dir in templates/source/*/; do name=$$(basename $$dir); \
	  for format in docx odt; do .build/debug/gongwen pack $$dir$$format -o templates/$$name.$$format; done; done

# Regenerate the man pages, English and Chinese, from the command-line definition (a test checks they match).
man: build
	.build/debug/gongwen --lang en --experimental-dump-help | python3 scripts/generate-man.py "$$(.build/debug/gongwen --version)" > docs/gongwen.1
	.build/debug/gongwen --lang zh --experimental-dump-help | python3 scripts/generate-man.py "$$(.build/debug/gongwen --version)" > docs/gongwen.zh_CN.1

clean:
	rm -rf .build $(OUT)
