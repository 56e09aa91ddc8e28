# KAM Planner. `make run` starts the app; `make test` needs only Go.
GO      ?= go
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
X_LIBS  := gl x11 xcursor xrandr xinerama xi xxf86vm
X_DEBS  := gcc pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev
CJK_FONT := fonts-droid-fallback
EMOJI_FONT := fonts-noto-color-emoji
# The desktop app is built without the toolkit's own emoji font (no_emoji): it parsed its 4 MB
# once for each text style at every start, 13 MB of memory, and the system's emoji font draws
# the same pictures in colour (Noto Color Emoji here, Segoe UI Emoji on Windows).
TAGS    := no_emoji
STATICCHECK := $(shell $(GO) env GOPATH)/bin/staticcheck
ARGS    ?=

.PHONY: run build deps test test-pg race lint bench fuzz e2e screenshots

run: build
	./kamplan $(ARGS)

# The linker's output is copied once: this kernel maps a file the linker has just written in
# 2 MB pieces, about 9 MB more resident memory than the same program installed or copied.
build: deps
	$(GO) build -tags $(TAGS) -o kamplan.link . && cp kamplan.link kamplan && rm kamplan.link

# Fyne's OpenGL driver needs cgo and the X/GL headers; install them once when missing. The
# window finds Chinese, Japanese and Korean, and emoji, in the system's fonts: without them, text
# in those scripts shows as boxes, and a long note mixing them takes the toolkit minutes to lay out.
deps:
	@if ! command -v gcc >/dev/null || ! pkg-config --exists $(X_LIBS) 2>/dev/null || ! dpkg -s $(CJK_FONT) $(EMOJI_FONT) >/dev/null 2>&1; then \
		echo "Installing the libraries and the fonts the desktop app needs: $(X_DEBS) $(CJK_FONT) $(EMOJI_FONT)"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(X_DEBS) $(CJK_FONT) $(EMOJI_FONT); \
	fi

test:
	CGO_ENABLED=0 $(GO) test -tags ci ./...

# The team store's tests against a throw-away PostgreSQL cluster on 127.0.0.1 (needs Debian's
# postgresql package, or initdb on PATH): .ci/pg-cluster.sh starts it, exports PGHOST and the
# rest, and stops and removes it afterwards, whether the tests pass or not. make test alone
# skips those tests; point PGHOST… at any server of yours to run them there instead.
test-pg:
	@pg_env=$$(bash .ci/pg-cluster.sh start) && eval "$$pg_env" && trap 'bash .ci/pg-cluster.sh stop' EXIT && \
		echo "PostgreSQL on $$PGHOST:$$PGPORT" && CGO_ENABLED=0 $(GO) test -tags ci ./storage/... ./ui/cli/

# The race detector needs cgo (gcc): the store, the document, the command line and the GUI
# (about 9 minutes on 2 cores, most of it the GUI's tests).
race:
	CGO_ENABLED=1 $(GO) test -race -timeout 45m -tags ci ./storage/... ./ui/...

lint: $(STATICCHECK)
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	CGO_ENABLED=0 $(GO) vet -tags ci ./...
	CGO_ENABLED=0 $(STATICCHECK) -tags ci ./...

$(STATICCHECK):
	$(GO) install honnef.co/go/tools/cmd/staticcheck@v0.8.2

# Benchmarks on generated large plans and portfolios, summarised (min–median–max of COUNT
# runs; the README's figures are of 5), then the whole-process figures of the real build
# (.ci/bench-process.sh: start, PDF export, the desktop under Xvfb; RUNS runs each).
# BENCH selects benchmarks, as go test -bench does. Not part of CI.
BENCH     ?= .
COUNT     ?= 5
RUNS      ?= 5
BENCH_OUT ?= /tmp/kamplan-bench.txt
bench: deps
	CGO_ENABLED=0 $(GO) test -tags ci -run '^$$' -bench '$(BENCH)' -benchmem -count $(COUNT) -timeout 60m ./... >$(BENCH_OUT) \
		|| { cat $(BENCH_OUT); exit 1; }
	awk -f .ci/bench-summary.awk $(BENCH_OUT)
	RUNS=$(RUNS) bash .ci/bench-process.sh

fuzz:
	CGO_ENABLED=0 $(GO) test -tags ci -run '^$$' -fuzz FuzzImportJSON -fuzztime 60s ./storage/
	CGO_ENABLED=0 $(GO) test -tags ci -run '^$$' -fuzz FuzzParseContacts -fuzztime 60s ./storage/csvimport/
	CGO_ENABLED=0 $(GO) test -tags ci -run '^$$' -fuzz FuzzParseAccounts -fuzztime 60s ./storage/csvimport/
	CGO_ENABLED=0 $(GO) test -tags ci -run '^$$' -fuzz FuzzParseOpportunities -fuzztime 60s ./storage/csvimport/
	CGO_ENABLED=0 $(GO) test -tags ci -run '^$$' -fuzz FuzzAnyTextInEveryField -fuzztime 60s ./ui/pdf/

# The real app under Xvfb, driven with xdotool (needs xvfb, xdotool and imagemagick).
e2e: deps
	bash .ci/e2e.sh

# A screenshot of every page of the real app, English at 1366×768 and Spanish at 1024×700,
# into $(SHOTS) (needs xvfb, xdotool and imagemagick); look at them after changing a screen.
SHOTS ?= /tmp/kamplan-shots
screenshots: deps
	bash docs/screenshots.sh $(SHOTS)

# Release files for Windows and Debian/Ubuntu into dist/ (see packaging/dist.sh): signed when
# SIGN_PKCS12 and SIGN_PASSWORD (and SIGN_GPG_KEY for SHA256SUMS) are set. The first run compiles
# SQLite for Windows, about 15 minutes on 2 cores. smoke-dist signs them again with a throw-away
# certificate, verifies every signature, installs and runs them here (the installers and the MSI
# under Wine, the .deb with dpkg and lintian; needs root).
DIST_TOOLS  := x86_64-w64-mingw32-gcc:gcc-mingw-w64-x86-64 makensis:nsis wixl:wixl osslsigncode:osslsigncode \
               help2man:help2man zip:zip xz:xz-utils convert:imagemagick
SMOKE_TOOLS := wine:wine /usr/lib/wine/wine64:wine64 x86_64-w64-mingw32-gcc:gcc-mingw-w64-x86-64 Xvfb:xvfb xdotool:xdotool \
               import:imagemagick unzip:unzip xprop:x11-utils lintian:lintian osslsigncode:osslsigncode \
               openssl:openssl gpg:gnupg msidump:msitools makensis:nsis wixl:wixl
CYCLONEDX   := $(shell $(GO) env GOPATH)/bin/cyclonedx-gomod

.PHONY: dist dist-deps smoke-dist smoke-deps

dist: deps dist-deps $(CYCLONEDX)
	bash packaging/dist.sh

smoke-dist: smoke-deps
	bash packaging/smoke-dist.sh

# The SBOMs' tool (CycloneDX, OWASP): from the Go module proxy, pinned.
$(CYCLONEDX):
	$(GO) install github.com/CycloneDX/cyclonedx-gomod/cmd/cyclonedx-gomod@v1.10.0

dist-deps smoke-deps:
	@missing=""; for t in $(if $(filter dist-deps,$@),$(DIST_TOOLS),$(SMOKE_TOOLS)); do \
		command -v "$${t%%:*}" >/dev/null || missing="$$missing $${t#*:}"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing what $(@:-deps=) needs:$$missing"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi
