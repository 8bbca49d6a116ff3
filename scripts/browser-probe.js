// Inserted by scripts/browser-test into a copy of the viewer, after the page's own script has run,
// with PROBE = { how: "click" | "enter", place: NAME, slideTo: YYYY-MM-DD } defined just before.
// It acts as a person would, through the page's own event handlers: it finds the region drawn
// under a place's dot by hit-testing (document.elementFromPoint), clicks it, or focuses it and
// presses Enter; then moves the date slider. What the page then shows is written, one
// "key<TAB>value" a line, into a pre element with id "probe" for chromium's --dump-dom.
"use strict";
(() => {
    const lines = [];
    const say = (key, value) => lines.push(`${key}\t${value}`);
    try {
        const place = DATA.places.find(candidate => candidate.n === PROBE.place);
        if (!place) throw new Error(`the page draws no place named ${PROBE.place}`);
        const point = new DOMPoint(place.x, place.y).matrixTransform(document.getElementById("map").getScreenCTM());
        const target = document.elementFromPoint(point.x, point.y);
        say("hit", target ? `${target.tagName} ${target.getAttribute("class") || ""}`.trim() : "nothing");
        if (PROBE.how === "click") {
            target.dispatchEvent(new MouseEvent("click",
                { bubbles: true, cancelable: true, view: window, clientX: point.x, clientY: point.y }));
        } else {
            target.focus();
            say("focused", document.activeElement === target);
            target.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
        }
        say("selected", target.classList.contains("selected"));
        const text = document.getElementById("region-text");
        say("region", text ? text.textContent : "none");
        for (const item of document.querySelectorAll("#region-info li")) say("event", item.textContent);

        // The slider counts days from the page's first day, as a person dragging it would set it.
        const slider = document.getElementById("slider");
        slider.value = String((Date.parse(PROBE.slideTo) - Date.parse(DATA.start)) / 86400000);
        slider.dispatchEvent(new Event("input", { bubbles: true }));
        say("hash", location.hash);
        say("label", document.getElementById("date-label").textContent);
        for (const row of document.querySelectorAll("#legend tr")) say("legend", `${row.dataset.holder} ${row.dataset.areaKm2}`);
    } catch (error) {
        say("error", error && error.message);
    }
    const output = document.createElement("pre");
    output.id = "probe";
    output.textContent = lines.join("\n");
    document.body.appendChild(output);
})();
