import Foundation

extension Atlas {
    /// A self-contained HTML page (no network: data, style and code embedded) to browse the
    /// dataset through time: a map, a date slider from the dataset's first day to `today`, a play
    /// button, the holders' areas, and the events beside the map, those around the date highlighted.
    ///
    /// Clicking a region, or focusing it with the keyboard and pressing Enter, shows its de facto
    /// and de jure holders, its area and the events that touched it. The map pans and zooms (mouse
    /// wheel, drag, arrow keys, + and −, and buttons) by moving the SVG's viewBox, a few lines of
    /// script with no library, so the page stays one offline file; the slider has a tick per year.
    /// The URL fragment `#date=YYYY-MM-DD` sets the date on load and follows the slider; an
    /// impossible or out-of-range date is refused with a visible message (`#date-error`), as the
    /// CLI refuses it, instead of rolling over into the next month. The legend is a table whose
    /// rows carry `data-holder` and `data-area-km2` (km², one decimal, as `territory snapshot`).
    /// Every period's ground is pre-projected (Lambert azimuthal equal-area) and simplified to
    /// 200 m, so the page stays small.
    ///
    /// ```swift
    /// let html = try atlas.viewerPage { done, total in print("\(done)/\(total)") }
    /// try html.write(to: URL(fileURLWithPath: "viewer/index.html"), atomically: true, encoding: .utf8)
    /// ```
    /// - Parameters:
    ///   - today: the slider's last day.
    ///   - progress: called after each period with the number done and the total.
    /// - Throws: `QueryError.outsideRange` when `today` is outside the dataset, `.geometry` if GEOS
    ///   or PROJ fails.
    public func viewerPage(
        today: Day = .today(), progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }
    ) throws(QueryError) -> String {
        try check(today)
        let data = try ViewerData(atlas: self, today: today).json(progress: progress).json
        // "</" inside a script element would end it early.
        let embedded = data.replacingOccurrences(of: "</", with: "<\\/")
        return ViewerPage.template.replacingOccurrences(of: "/*DATA*/", with: embedded)
            .replacingOccurrences(of: "<!--TITLE-->", with: dataset.info.name.xmlEscaped)
    }
}

/// The page around the viewer's data.
enum ViewerPage {
    static let template = #"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title><!--TITLE--> — timeline</title>
        <style>
        * { box-sizing: border-box; }
        body { margin: 0; font: 14px/1.4 "DejaVu Sans", Helvetica, Arial, sans-serif; color: #1f1f1f; background: #fff; }
        header { padding: 10px 16px; border-bottom: 1px solid #ccd3d8; display: flex; flex-wrap: wrap; gap: 12px; align-items: center; }
        header h1 { font-size: 18px; margin: 0 12px 0 0; }
        #date-label { font-weight: bold; font-size: 18px; min-width: 7.5em; font-variant-numeric: tabular-nums; }
        #timeline { flex: 1 1 300px; display: flex; flex-direction: column; min-width: 200px; }
        #slider { width: 100%; margin: 0; }
        #ticks { position: relative; height: 13px; font-size: 10px; color: #666; }
        #ticks span { position: absolute; transform: translateX(-50%); white-space: nowrap; }
        #date-error { color: #b3261e; font-weight: bold; }
        #date-error:empty { display: none; }
        button, select { font: inherit; padding: 3px 10px; }
        main { display: grid; grid-template-columns: minmax(0, 1fr) 380px; gap: 0; height: calc(100vh - 58px); }
        #map-pane { position: relative; padding: 8px; min-height: 0; }
        #map { width: 100%; height: 100%; background: #e9f0f4; border: 1px solid #9aa5ad; cursor: grab; touch-action: none; }
        #map.dragging { cursor: grabbing; }
        #map:focus-visible { outline: 2px solid #1d5fa8; }
        #map path.region, #map path.corridor { vector-effect: non-scaling-stroke; }
        #zoom { position: absolute; top: 16px; left: 16px; display: flex; flex-direction: column; gap: 4px; }
        #zoom button { width: 32px; height: 32px; padding: 0; font-size: 18px; line-height: 1; background: #fff; border: 1px solid #9aa5ad; cursor: pointer; }
        #map path.region { stroke: #4f4f4f; stroke-width: 0.6; stroke-linejoin: round; cursor: pointer; }
        #map path.region:hover, #map path.region:focus { stroke: #000; stroke-width: 2; outline: none; }
        #map path.region.selected { stroke: #000; stroke-width: 2.4; }
        #map path.hatch { pointer-events: none; }
        #map path.corridor { fill: none; stroke-width: 3; stroke-linecap: round; pointer-events: none; }
        /* Labels keep their size on screen when zooming: --k is the inverse of the zoom. */
        #map text { font-size: calc(11px * var(--k, 1)); paint-order: stroke; stroke: #fff; stroke-width: calc(3px * var(--k, 1)); stroke-linejoin: round; }
        /* Places are for orientation: a click on a dot or a name goes to the region beneath. */
        #map #places { pointer-events: none; }
        aside { border-left: 1px solid #ccd3d8; display: flex; flex-direction: column; min-height: 0; }
        aside section { padding: 8px 12px; border-bottom: 1px solid #e1e5e8; }
        aside h2 { font-size: 14px; margin: 0 0 6px; }
        table { border-collapse: collapse; width: 100%; }
        td { padding: 1px 4px; vertical-align: top; }
        td.area { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .swatch { display: inline-block; width: 14px; height: 14px; border: 1px solid #4f4f4f; vertical-align: -2px; }
        #region-info { min-height: 4.5em; }
        #region-info ul { margin: 4px 0 0; padding-left: 18px; max-height: 9em; overflow: auto; }
        #events { flex: 1; overflow: auto; padding: 0; margin: 0; list-style: none; }
        #events li { padding: 3px 12px; border-bottom: 1px solid #f0f2f4; color: #666; }
        #events li.near { color: #1f1f1f; background: #fff6d5; }
        #events li.current { background: #ffe08a; font-weight: bold; }
        #events time { font-variant-numeric: tabular-nums; margin-right: 6px; }
        .muted { color: #666; font-size: 12px; }
        </style>
        </head>
        <body>
        <header>
        <h1><!--TITLE--></h1>
        <button id="play" type="button" aria-label="Play">▶ Play</button>
        <span id="date-label" aria-live="polite"></span>
        <div id="timeline"><input id="slider" type="range" min="0" max="0" value="0" aria-label="Date" list="years"><div id="ticks" aria-hidden="true"></div><datalist id="years"></datalist></div>
        <span id="date-error" role="alert"></span>
        <label>Layer <select id="layer"><option value="de-facto">de facto (control)</option><option value="de-jure">de jure (sovereignty)</option></select></label>
        </header>
        <main>
        <div id="map-pane"><svg id="map" role="img" tabindex="0" aria-label="Map of holders: drag or use the arrow keys to pan, the wheel or + and − to zoom, 0 for the whole map" preserveAspectRatio="xMidYMid meet"><defs id="patterns"></defs><g id="regions"></g><g id="hatches"></g><g id="corridors"></g><g id="places"></g></svg>
        <div id="zoom" role="group" aria-label="Zoom"><button id="zoom-in" type="button" aria-label="Zoom in" title="Zoom in (+)">+</button><button id="zoom-out" type="button" aria-label="Zoom out" title="Zoom out (−)">−</button><button id="zoom-reset" type="button" aria-label="Whole map" title="Whole map (0)">⤢</button></div></div>
        <aside>
        <section><h2 id="legend-title">Holders</h2><table id="legend"><tbody></tbody></table>
        <div class="muted" id="period"></div></section>
        <section id="region-info"><h2>Region</h2><div class="muted">Click a region, or focus it with Tab and press Enter, to see its holders, area and events.</div></section>
        <section><h2>Events</h2></section>
        <ol id="events"></ol>
        </aside>
        </main>
        <script type="application/json" id="data">/*DATA*/</script>
        <script>
        "use strict";
        const DATA = JSON.parse(document.getElementById("data").textContent);
        const SVGNS = "http://www.w3.org/2000/svg";
        const DAY = 86400000;
        const dayNumber = iso => { const [y, m, d] = iso.split("-").map(Number); return Date.UTC(y, m - 1, d) / DAY; };
        const isoDate = n => new Date(n * DAY).toISOString().slice(0, 10);
        const first = dayNumber(DATA.start), last = dayNumber(DATA.end);
        const slider = document.getElementById("slider"), layerSelect = document.getElementById("layer");
        const map = document.getElementById("map");
        const STATUS = { operational: ["#1d7a3a", ""], blockaded: ["#b3261e", "7 4"], checkpoint: ["#c25a00", "10 3 2 3"],
            closed: ["#4a4a4a", "2 3"], proposed: ["#6d3a99", "9 5"] };
        let shownPeriod = -1, shownLayer = "", selected = null, timer = null;
        slider.max = String(last - first);

        const entityName = id => id ? (DATA.entities[id] ? DATA.entities[id].n : id) : "nobody";
        const colour = id => id && DATA.entities[id] ? DATA.entities[id].c : "#ffffff";
        const grouped = text => { const [i, f] = text.split("."); return i.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (f ? "." + f : ""); };
        function element(name, attributes, parent) {
            const node = document.createElementNS(SVGNS, name);
            for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
            if (parent) parent.appendChild(node);
            return node;
        }
        for (const [id, entity] of Object.entries(DATA.entities)) {
            const pattern = element("pattern", { id: "hatch-" + id, patternUnits: "userSpaceOnUse", width: 9, height: 9,
                patternTransform: "rotate(45)" }, document.getElementById("patterns"));
            element("rect", { x: 0, y: 0, width: 3.6, height: 9, fill: entity.c }, pattern);
        }
        for (const place of DATA.places) {
            const group = document.getElementById("places");
            const radius = place.k === "city" ? 3.5 : 2.4;
            element("circle", { cx: place.x, cy: place.y, r: radius, "data-r": radius, fill: "#1a1a1a" }, group);
            if (place.lx !== undefined) element("text", { x: place.lx, y: place.ly, "text-anchor": place.la }, group).textContent = place.n;
        }
        const eventList = document.getElementById("events");
        DATA.events.forEach((event, index) => {
            const item = document.createElement("li");
            item.dataset.date = event.d;
            item.dataset.index = index;
            const time = document.createElement("time");
            time.dateTime = event.d;
            time.textContent = event.p === "year" ? event.d.slice(0, 4) : event.p === "month" ? event.d.slice(0, 7) : event.d;
            item.append(time, document.createTextNode(event.n + (event.k === "transfer" ? ` (${event.l}: ${event.f || "—"} → ${event.t})` : "")));
            item.addEventListener("click", () => setDate(dayNumber(event.d), true));
            eventList.appendChild(item);
        });

        function periodIndex(date) {
            let low = 0, high = DATA.periods.length - 1;
            while (low < high) {
                const middle = (low + high + 1) >> 1;
                if (DATA.periods[middle].from <= date) low = middle; else high = middle - 1;
            }
            return low;
        }

        function drawPeriod(index, layer) {
            const period = DATA.periods[index];
            const regions = document.getElementById("regions"), hatches = document.getElementById("hatches");
            const corridors = document.getElementById("corridors");
            regions.replaceChildren(); hatches.replaceChildren(); corridors.replaceChildren();
            const other = layer === "de-facto" ? "j" : "f", own = layer === "de-facto" ? "f" : "j";
            period.r.forEach((region, number) => {
                if (!region[own]) return;
                const path = element("path", { class: "region", d: DATA.paths[region.p], fill: colour(region[own]),
                    "fill-rule": "evenodd", tabindex: 0, role: "button", "data-holder": region[own],
                    "aria-label": `${entityName(region.f)} (de facto), ${entityName(region.j)} (de jure), ${grouped(region.a)} km²` }, regions);
                path.addEventListener("click", () => showRegion(region, path));
                path.addEventListener("keydown", event => { if (event.key === "Enter" || event.key === " ") { event.preventDefault(); showRegion(region, path); } });
                if (region[other] !== region[own]) {
                    element("path", { class: "hatch", d: DATA.paths[region.p], "fill-rule": "evenodd",
                        fill: region[other] ? `url(#hatch-${region[other]})` : "none" }, hatches);
                }
            });
            for (const corridor of period.c) {
                const [stroke, dash] = STATUS[corridor.s] || ["#777", "1 3"];
                element("path", { class: "corridor", d: DATA.paths[corridor.p], stroke: "#fff", "stroke-width": 6 }, corridors);
                element("path", { class: "corridor", d: DATA.paths[corridor.p], stroke, "stroke-dasharray": dash }, corridors)
                    .appendChild(element("title", {})).textContent = `${corridor.n}: ${corridor.s || "no status"}`;
            }
            const body = document.querySelector("#legend tbody");
            body.replaceChildren();
            for (const [holder, area] of period.a[layer]) {
                const row = document.createElement("tr");
                row.dataset.holder = holder;
                row.dataset.areaKm2 = area;
                row.innerHTML = `<td><span class="swatch"></span></td><td></td><td class="area"></td>`;
                row.querySelector(".swatch").style.background = colour(holder);
                row.children[1].textContent = `${entityName(holder)} (${holder})`;
                row.children[2].textContent = grouped(area) + " km²";
                body.appendChild(row);
            }
            document.getElementById("legend-title").textContent = layer === "de-facto" ? "Holders de facto" : "Holders de jure";
            document.getElementById("period").textContent = `Unchanged from ${period.from}` + (period.to ? ` until ${period.to}` : " on");
            selected = null;
        }

        function showRegion(region, path) {
            if (selected) selected.classList.remove("selected");
            selected = path;
            path.classList.add("selected");
            const info = document.getElementById("region-info");
            info.replaceChildren();
            const title = document.createElement("h2");
            title.textContent = "Region";
            const text = document.createElement("div");
            text.id = "region-text";
            text.textContent = `Controlled by ${entityName(region.f)}; territory of ${entityName(region.j)}; ${grouped(region.a)} km².`;
            const list = document.createElement("ul");
            for (const index of region.e) {
                const event = DATA.events[index], item = document.createElement("li");
                item.textContent = `${event.d}: ${event.n}`;
                list.appendChild(item);
            }
            info.append(title, text, list);
        }

        function render(updateFragment) {
            const day = first + Number(slider.value), date = isoDate(day), layer = layerSelect.value;
            document.getElementById("date-label").textContent = date;
            const index = periodIndex(date);
            if (index !== shownPeriod || layer !== shownLayer) { drawPeriod(index, layer); shownPeriod = index; shownLayer = layer; }
            let current = null;
            for (const item of eventList.children) {
                const distance = Math.abs(dayNumber(item.dataset.date) - day);
                item.classList.toggle("near", distance <= 183);
                item.classList.remove("current");
                if (item.dataset.date <= date) current = item;
            }
            if (current) { current.classList.add("current"); current.scrollIntoView({ block: "center" }); }
            if (updateFragment) history.replaceState(null, "", "#date=" + date);
        }

        function setDate(day, updateFragment) {
            slider.value = String(Math.min(Math.max(day, first), last) - first);
            render(updateFragment);
        }

        // The fragment's date, checked as the CLI checks --date: an impossible day is refused with
        // a message, never rolled over into the next month.
        const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"];
        function parseDay(text) {
            const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
            if (!match) return { error: `'${text}' is not a date: expected YYYY-MM-DD` };
            const [year, month, day] = match.slice(1).map(Number);
            if (month < 1 || month > 12) return { error: `${text}: month ${match[2]} is outside 01...12` };
            const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
            if (day < 1 || day > length) return { error: `${text}: ${MONTHS[month - 1]} ${year} has ${length} days` };
            const number = dayNumber(text);
            if (number < first || number > last) return { error: `${text} is outside the map's range ${DATA.start} to ${DATA.end}` };
            return { day: number };
        }

        function fromFragment() {
            const match = /(?:^#|&)date=([^&]*)/.exec(location.hash);
            const message = document.getElementById("date-error");
            const parsed = match ? parseDay(decodeURIComponent(match[1])) : { day: last };
            if (parsed.error) {
                if (document.getElementById("date-label").textContent === "") setDate(last, false);
                message.textContent = `#date refused: ${parsed.error}; showing ${document.getElementById("date-label").textContent}`;
                return;
            }
            message.textContent = "";
            setDate(parsed.day, false);
        }

        // Year ticks: a tick per 1 January on the slider (its datalist), a label every few years.
        const firstYear = Number(DATA.start.slice(0, 4)) + (DATA.start.endsWith("-01-01") ? 0 : 1);
        const lastYear = Number(DATA.end.slice(0, 4));
        const labelStep = [1, 2, 5, 10, 20, 25, 50].find(step => (lastYear - firstYear) / step <= 12) || 100;
        for (let year = firstYear; year <= lastYear; year++) {
            const offset = dayNumber(`${year}-01-01`) - first;
            const option = document.createElement("option");
            option.value = String(offset);
            option.label = String(year);
            document.getElementById("years").appendChild(option);
            if (year % labelStep !== 0) continue;
            const label = document.createElement("span");
            label.dataset.year = String(year);
            label.textContent = String(year);
            label.style.left = `${100 * offset / (last - first)}%`;
            document.getElementById("ticks").appendChild(label);
        }

        // Pan and zoom: the SVG's viewBox, moved by the wheel (about the pointer), a drag, the arrow
        // keys, + and −, and the buttons; 0 or the last button shows the whole map again.
        const full = { x: 0, y: 0, w: DATA.width, h: DATA.height };
        let view = { ...full };
        function showView() {
            map.setAttribute("viewBox", `${view.x} ${view.y} ${view.w} ${view.h}`);
            const inverse = view.w / full.w;
            map.dataset.zoom = (1 / inverse).toFixed(3);
            map.style.setProperty("--k", String(inverse));
            for (const dot of document.querySelectorAll("#places circle")) dot.setAttribute("r", String(dot.dataset.r * inverse));
        }
        function keepInside() {
            const x = Math.min(Math.max(view.x + view.w / 2, 0), full.w), y = Math.min(Math.max(view.y + view.h / 2, 0), full.h);
            view.x = x - view.w / 2;
            view.y = y - view.h / 2;
        }
        function zoom(factor, x = view.x + view.w / 2, y = view.y + view.h / 2) {
            const width = Math.min(full.w, Math.max(full.w / 32, view.w / factor)), scale = width / view.w;
            view = { x: x - (x - view.x) * scale, y: y - (y - view.y) * scale, w: width, h: view.h * scale };
            keepInside();
            showView();
        }
        function pan(dx, dy) {
            view.x += dx;
            view.y += dy;
            keepInside();
            showView();
        }
        map.addEventListener("wheel", event => {
            event.preventDefault();
            const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(map.getScreenCTM().inverse());
            zoom(event.deltaY < 0 ? 1.25 : 0.8, point.x, point.y);
        }, { passive: false });
        let drag = null, dragged = false;
        map.addEventListener("pointerdown", event => {
            if (event.button !== 0) return;
            drag = { x: event.clientX, y: event.clientY, view: { ...view }, scale: map.getScreenCTM().a };
            dragged = false;
        });
        window.addEventListener("pointermove", event => {
            if (!drag) return;
            const dx = event.clientX - drag.x, dy = event.clientY - drag.y;
            if (!dragged && Math.hypot(dx, dy) < 4) return;
            dragged = true;
            map.classList.add("dragging");
            view = { ...drag.view, x: drag.view.x - dx / drag.scale, y: drag.view.y - dy / drag.scale };
            keepInside();
            showView();
        });
        const endDrag = () => { drag = null; map.classList.remove("dragging"); };
        window.addEventListener("pointerup", endDrag);
        window.addEventListener("pointercancel", endDrag);
        // The click that ends a drag must not select the region under the pointer.
        map.addEventListener("click", event => { if (dragged) { event.stopPropagation(); dragged = false; } }, true);
        map.addEventListener("keydown", event => {
            const step = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }[event.key];
            if (step) pan(step[0] * view.w / 10, step[1] * view.h / 10);
            else if (event.key === "+" || event.key === "=") zoom(1.25);
            else if (event.key === "-" || event.key === "−" || event.key === "_") zoom(0.8);
            else if (event.key === "0") { view = { ...full }; showView(); }
            else return;
            event.preventDefault();
        });
        document.getElementById("zoom-in").addEventListener("click", () => zoom(1.5));
        document.getElementById("zoom-out").addEventListener("click", () => zoom(1 / 1.5));
        document.getElementById("zoom-reset").addEventListener("click", () => { view = { ...full }; showView(); });
        showView();

        slider.addEventListener("input", () => { document.getElementById("date-error").textContent = ""; render(true); });
        layerSelect.addEventListener("change", () => render(true));
        window.addEventListener("hashchange", fromFragment);
        document.getElementById("play").addEventListener("click", event => {
            if (timer) { clearInterval(timer); timer = null; event.target.textContent = "▶ Play"; return; }
            if (Number(slider.value) >= last - first) slider.value = "0";
            event.target.textContent = "❚❚ Pause";
            timer = setInterval(() => {
                if (Number(slider.value) >= last - first) { clearInterval(timer); timer = null; event.target.textContent = "▶ Play"; return; }
                setDate(first + Number(slider.value) + 30, true);
            }, 50);
        });
        fromFragment();
        </script>
        </body>
        </html>

        """#
}
