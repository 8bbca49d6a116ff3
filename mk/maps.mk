# Maps and the offline timeline viewer (issue 6).
#   make map-images    the maps of README.md and docs/maps.md, docs/images/map-DATE.svg and .png (PNG needs librsvg2-bin)
#   make test-browser  the viewer checked in headless chromium (part of `make test`)

MAP_DATES := 1994-05-12 2021-01-01
TEST_EXTRA += test-browser

.PHONY: map-images test-browser

map-images: deps
	scripts/install-deps librsvg2-bin
	$(BUILD) --product territory
	mkdir -p docs/images
	for date in $(MAP_DATES); do \
		$(TERRITORY) map --date $$date --out docs/images/map-$$date.svg --force || exit 1; \
		$(TERRITORY) map --date $$date --out docs/images/map-$$date.png --force || exit 1; \
	done

test-browser: deps
	$(BUILD) --product territory
	scripts/browser-test $(TERRITORY)
