// Follows a recipe being applied: polls the run's status and moves the progress bar; once the run
// has ended, reloads the page, which then shows the result. Without JavaScript the page's noscript
// refresh does the same, a little more coarsely.
(function () {
    "use strict";
    var box = document.getElementById("run-status");
    if (!box || !window.fetch) return;
    var url = box.getAttribute("data-status-url");
    var bar = document.getElementById("run-progress");
    var text = document.getElementById("run-progress-text");
    var interval = 700;

    function show(data) {
        if (typeof data.steps === "number" && data.steps > 0) bar.max = data.steps;
        if (typeof data.step === "number") bar.value = data.step;
        if (typeof data.text === "string") { text.textContent = data.text; bar.textContent = data.text; }
        box.setAttribute("data-state", data.state);
    }

    function poll() {
        fetch(url, { credentials: "same-origin", cache: "no-store", headers: { Accept: "application/json" } })
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (data) {
                if (!data) return window.setTimeout(poll, interval * 3);
                show(data);
                if (data.state === "running") window.setTimeout(poll, interval);
                else window.location.reload();
            })
            .catch(function () { window.setTimeout(poll, interval * 3); });
    }

    box.setAttribute("data-script", "on");
    poll();
})();
