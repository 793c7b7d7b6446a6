# plansite — the two commands of the README, and a few more. Nothing outside the checkout is
# needed: what is missing is installed (Debian packages with apt-get, the validators in a venv).
.PHONY: site test deps validators build release install uninstall clean bench

PREFIX ?= /usr/local
# The release binary links the Swift runtime and Foundation statically: it needs only libc,
# libstdc++, libcmark and libyaml on the machine it runs on, no Swift toolchain.
RELEASE_BUILD = swift build -c release --static-swift-stdlib --product plansite

# Installs what is missing, builds the release binary and renders Content/ into Output/.
site: deps
	$(RELEASE_BUILD)
	.build/release/plansite build .

# The whole test suite: unit, golden and end-to-end tests, with the independent validators,
# the checks of the repository itself and of `make install`.
test: deps validators
	swift build
	swift test
	Scripts/e2e .build/debug/plansite
	Scripts/theme-checks .build/debug/plansite
	Scripts/import-e2e .build/debug/plansite
	Scripts/serve-e2e .build/debug/plansite
	Scripts/search-checks .build/debug/plansite
	Scripts/collision-e2e .build/debug/plansite
	Scripts/schema-check .build/debug/plansite
	Scripts/validators/selftest
	Scripts/repo-checks .build/debug/plansite
	Scripts/install-checks

deps:
	@Scripts/install-deps

validators:
	@Scripts/validators/install

build: deps
	swift build

release: deps
	$(RELEASE_BUILD)

# The release binary, its man page and shell completions under $(DESTDIR)$(PREFIX).
install: deps
	$(RELEASE_BUILD)
	Scripts/install-files .build/release/plansite "$(DESTDIR)$(PREFIX)"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/plansite" "$(DESTDIR)$(PREFIX)/share/man/man1/plansite.1" \
	  "$(DESTDIR)$(PREFIX)/share/bash-completion/completions/plansite" \
	  "$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_plansite" \
	  "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/plansite.fish"

clean:
	rm -rf .build Output

# plansite against Hugo on the same reports, side by side, with the floor (installs hugo, time and
# cmark if missing); then ten years of a 100×4×8 plan against one year of it (linear: at most 10.5×).
bench: deps
	$(RELEASE_BUILD)
	FLOOR=1 Scripts/bench
	Scripts/bench-years
