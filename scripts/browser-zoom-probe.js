// Inserted by scripts/browser-test into a copy of the viewer, after the page's own script has run.
// It pans and zooms the map as a person would, through the page's own handlers: the mouse wheel
// over a point, the + and − buttons, a drag, and the keyboard on the focused map; after each it
// records the SVG's viewBox ("x y width height"), one "key<TAB>value" a line, into a pre element
// with id "probe" for chromium's --dump-dom. It also records the slider's year ticks.
"use strict";
(() => {
    const lines = [];
    const say = (key, value) => lines.push(`${key}\t${value}`);
    try {
        const map = document.getElementById("map");
        const box = () => map.getAttribute("viewBox");
        const rect = map.getBoundingClientRect();
        const centre = { clientX: rect.left + rect.width / 2, clientY: rect.top + rect.height / 2 };
        say("start", box());
        map.dispatchEvent(new WheelEvent("wheel", { ...centre, deltaY: -100, bubbles: true, cancelable: true }));
        say("wheel-in", box());
        map.dispatchEvent(new WheelEvent("wheel", { ...centre, deltaY: 100, bubbles: true, cancelable: true }));
        say("wheel-out", box());
        document.getElementById("zoom-in").click();
        say("button-in", box());
        const pointer = (type, dx) => new PointerEvent(type, {
            clientX: centre.clientX + dx, clientY: centre.clientY, button: 0, bubbles: true, cancelable: true, pointerId: 1 });
        map.dispatchEvent(pointer("pointerdown", 0));
        window.dispatchEvent(pointer("pointermove", 60));
        window.dispatchEvent(pointer("pointermove", 120));
        window.dispatchEvent(pointer("pointerup", 120));
        const target = document.elementFromPoint(centre.clientX + 120, centre.clientY);
        if (target) target.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, clientX: centre.clientX + 120, clientY: centre.clientY }));
        say("drag-right", box());
        say("selected-after-drag", document.querySelectorAll("#map path.selected").length);
        map.focus();
        const key = name => map.dispatchEvent(new KeyboardEvent("keydown", { key: name, bubbles: true, cancelable: true }));
        key("ArrowRight");
        say("key-right", box());
        key("+");
        say("key-plus", box());
        key("-");
        say("key-minus", box());
        document.getElementById("zoom-out").click();
        say("button-out", box());
        key("0");
        say("key-zero", box());
        say("ticks", document.querySelectorAll("#years option").length);
        say("first-tick", document.querySelector("#years option").label);
        say("labels", document.querySelectorAll("#ticks span").length);
    } catch (error) {
        say("error", error && error.message);
    }
    const output = document.createElement("pre");
    output.id = "probe";
    output.textContent = lines.join("\n");
    document.body.appendChild(output);
})();
