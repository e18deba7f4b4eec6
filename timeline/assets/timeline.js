/* timeline: chart behaviour (linked hover, details panel, sortable table).
   Defined once per page, however many timelines (fragments) the page holds.
   Untrusted text only ever reaches the DOM through textContent. */
(function () {
  "use strict";
  if (window.TimelineView) { return; }

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function isWebUrl(url) {
    return typeof url === "string" && /^https?:\/\//i.test(url);
  }

  var GRAN_WORDS = {day: "day", week: "week", month: "month", quarter: "quarter",
                    year: "year", decade: "decade"};

  function showDetails(root, data, index) {
    var ev = data.events[index];
    var panel = root.querySelector(".tl-details");
    var row = root.querySelector('tr[data-ev="' + index + '"]');
    if (!ev || !panel || !row) { return; }
    var granularity = ev.date.granularity || "day";
    panel.textContent = "";
    // The headline and the date label are written once, in the event's table row.
    panel.appendChild(el("h3", "tl-d-headline", row.querySelector(".tl-evbtn").textContent));
    var when = el("p", "tl-d-date");
    when.appendChild(el("strong", null, row.cells[0].textContent));
    var how = " (" + (GRAN_WORDS[granularity] || granularity) + " precision";
    how += ev.date.text ? "; written \u201c" + ev.date.text + "\u201d)" : "; from the publication date)";
    when.appendChild(document.createTextNode(how));
    panel.appendChild(when);
    if (ev.date.inferred) {
      panel.appendChild(el("p", "tl-d-note", "The article's publication date was inferred, so this date is uncertain."));
    } else if (ev.date.mod) {
      panel.appendChild(el("p", "tl-d-note", "Approximate date (" + ev.date.mod + ")."));
    }
    var sentence = el("blockquote", "tl-d-sentence");
    if (ev.mark) {
      sentence.appendChild(document.createTextNode(ev.sentence.slice(0, ev.mark[0])));
      sentence.appendChild(el("mark", null, ev.sentence.slice(ev.mark[0], ev.mark[1])));
      sentence.appendChild(document.createTextNode(ev.sentence.slice(ev.mark[1])));
    } else {
      sentence.textContent = ev.sentence;
    }
    panel.appendChild(sentence);
    panel.appendChild(el("h4", null, ev.sources.length > 1 ? ev.sources.length + " sources" : "Source"));
    var list = el("ul", "tl-d-sources");
    ev.sources.forEach(function (cited) {
      var src = data.articles[cited] || {};
      var item = el("li");
      if (isWebUrl(src.url)) {
        var link = el("a", null, src.title);
        link.href = src.url;
        link.rel = "noopener noreferrer";
        link.target = "_blank";
        item.appendChild(link);
      } else {
        item.appendChild(el("span", "tl-d-title", src.title));
      }
      if (src.published) {
        var pub = ", published " + src.published;
        if (src.inferred) { pub += " (inferred)"; }
        item.appendChild(document.createTextNode(pub));
      }
      list.appendChild(item);
    });
    panel.appendChild(list);
    panel.appendChild(el("p", "tl-d-conf", "Confidence: " + Math.round(ev.confidence * 100) + "%"));
    root.querySelectorAll("tr.tl-selected").forEach(function (r) { r.classList.remove("tl-selected"); });
    row.classList.add("tl-selected");
  }

  function toPixel(axis, value) {
    return axis._offset + axis.l2p(axis.d2l(value));
  }

  function showRings(gd, layer, links) {
    layer.textContent = "";
    if (!links) { return; }
    var xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
    links.forEach(function (link) {
      var x0 = toPixel(xa, link[0]);
      var x1 = link[1] ? toPixel(xa, link[1]) : x0;
      var y = toPixel(ya, link[2]);
      var ring = el("div", "tl-ring");
      var pad = 9;
      ring.style.left = (Math.min(x0, x1) - pad) + "px";
      ring.style.top = (y - pad) + "px";
      ring.style.width = (Math.abs(x1 - x0) + 2 * pad) + "px";
      ring.style.height = (2 * pad) + "px";
      layer.appendChild(ring);
    });
  }

  function setupTable(root, data) {
    var table = root.querySelector(".tl-table");
    if (!table) { return; }
    var heads = table.querySelectorAll("thead th");
    // Rows are served in date order: the date column sorts by that first order.
    var dateRank = new Map();
    Array.prototype.forEach.call(table.tBodies[0].rows, function (r, k) { dateRank.set(r, k); });
    function sortKey(row, col) {
      return col === 0 ? dateRank.get(row) : row.cells[col].textContent.toLowerCase();
    }
    heads.forEach(function (th, col) {
      var button = th.querySelector("button");
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        heads.forEach(function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var ka = sortKey(a, col), kb = sortKey(b, col);
          var cmp = ka < kb ? -1 : (ka > kb ? 1 : 0);
          return ascending ? cmp : -cmp;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
    table.addEventListener("click", function (e) {
      var button = e.target.closest ? e.target.closest(".tl-evbtn") : null;
      if (button) { showDetails(root, data, Number(button.getAttribute("data-ev"))); }
    });
  }

  function mount(rootId) {
    var root = document.getElementById(rootId);
    var data = JSON.parse(document.getElementById(rootId + "-data").textContent);
    setupTable(root, data);
    var gd = root.querySelector(".tl-plot");
    var layer = root.querySelector(".tl-rings");
    if (!data.events.length) {
      gd.appendChild(el("p", "tl-hint", "No events to show."));
      return;
    }
    window.Plotly.newPlot(gd, data.figure.data, data.figure.layout, data.config).then(function () {
      gd.on("plotly_hover", function (e) {
        var pt = e.points && e.points[0];
        if (pt && pt.customdata) { showRings(gd, layer, data.links[String(pt.customdata[1])]); }
      });
      gd.on("plotly_unhover", function () { layer.textContent = ""; });
      gd.on("plotly_relayout", function () { layer.textContent = ""; });
      gd.on("plotly_click", function (e) {
        var pt = e.points && e.points[0];
        if (pt && pt.customdata) { showDetails(root, data, pt.customdata[1]); }
      });
      root.setAttribute("data-ready", "1");
    });
  }

  function whenPlotly(fn) {
    if (window.Plotly) { fn(); return; }
    window.addEventListener("load", function () {
      if (window.Plotly) { fn(); } else { console.error("timeline: plotly.js is not loaded"); }
    });
  }

  window.TimelineView = {
    mount: function (rootId) { whenPlotly(function () { mount(rootId); }); }
  };
})();
