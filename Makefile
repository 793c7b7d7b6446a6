# plansite — the two commands of the README, and a few more.
.PHONY: site test deps validators build release clean bench

# Installs what is missing, builds the release binary and renders Content/ into Output/.
site: deps
	swift build -c release --product plansite
	.build/release/plansite build .

# The whole test suite: unit, golden and end-to-end tests, with the independent validators.
test: deps validators
	swift build
	swift test
	Scripts/e2e .build/debug/plansite
	Scripts/theme-checks .build/debug/plansite
	Scripts/import-e2e .build/debug/plansite
	Scripts/serve-e2e .build/debug/plansite
	Scripts/search-checks .build/debug/plansite

deps:
	@Scripts/install-deps

validators:
	@TOOLS=$$(ls -d ../shared/tools shared/tools 2>/dev/null | head -n1); \
	if [ -n "$$TOOLS" ]; then bash "$$TOOLS/install-validators" >/dev/null || bash "$$TOOLS/install-validators"; \
	else echo "validators: ../shared/tools not found"; exit 1; fi

build: deps
	swift build

release: deps
	swift build -c release

clean:
	rm -rf .build Output

# plansite against Hugo on the same reports, side by side (needs hugo, hyperfine, time).
bench: deps
	swift build -c release --product plansite
	Scripts/bench
