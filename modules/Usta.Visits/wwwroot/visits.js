// Fills the visitor counter (and an article's "Lượt xem") with the current figures: the page may
// come from the output cache, the endpoint never does. Without JavaScript the page's own figures stay.
(function () {
    "use strict";
    var box = document.querySelector("[data-visits-url]");
    if (!box || !window.fetch) return;
    var views = document.querySelector("[data-visits-article]");
    var url = box.getAttribute("data-visits-url");
    if (views) url += "?bai=" + encodeURIComponent(views.getAttribute("data-visits-article"));

    function fill(data) {
        var fields = { total: data.totalText, today: data.todayText, online: data.onlineText };
        Object.keys(fields).forEach(function (name) {
            var cell = box.querySelector('[data-visits-field="' + name + '"]');
            if (cell && typeof fields[name] === "string") cell.textContent = fields[name];
        });
        if (views && typeof data.viewsText === "string") views.textContent = data.viewsText;
    }

    fetch(url, { credentials: "same-origin", cache: "no-store", headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (data) { if (data) fill(data); })
        .catch(function () { /* the figures in the page stay */ });
})();
