(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var verdicts = ["supported", "conflicting", "unsourced"];
  var totals = { supported: 0, conflicting: 0, unsourced: 0, failed: 0 };
  data.files.forEach(function (file) {
    verdicts.concat(["failed"]).forEach(function (key) { totals[key] += file[key]; });
  });
  verdicts.concat(["failed"]).forEach(function (key) {
    document.getElementById("count-" + key).textContent = String(totals[key]);
  });
  document.getElementById("count-problems").textContent = String(data.problems);
  document.getElementById("count-claims").textContent = String(totals.supported + totals.conflicting + totals.unsourced);

  var svgNs = "http://www.w3.org/2000/svg";
  function svg(name, attributes, text) {
    var element = document.createElementNS(svgNs, name);
    Object.keys(attributes).forEach(function (key) { element.setAttribute(key, attributes[key]); });
    if (text !== undefined) { element.textContent = text; }
    return element;
  }
  var colours = { supported: "#1a7f37", conflicting: "#cf222e", unsourced: "#6e7781" };
  var labelWidth = 260, barWidth = 480, rowHeight = 28;
  var most = Math.max.apply(null, data.files.map(function (f) { return f.supported + f.conflicting + f.unsourced; }).concat([1]));
  var chart = svg("svg", { width: labelWidth + barWidth + 60, height: rowHeight * data.files.length + 30, role: "img",
    "aria-label": "Verdicts per file" });
  data.files.forEach(function (file, row) {
    var y = row * rowHeight;
    var label = file.file.length > 40 ? "…" + file.file.slice(-39) : file.file;
    chart.appendChild(svg("text", { x: 0, y: y + 18 }, label));
    var x = labelWidth;
    verdicts.forEach(function (verdict) {
      if (file[verdict] > 0) {
        var width = barWidth * file[verdict] / most;
        var bar = svg("rect", { x: x, y: y + 4, width: width, height: rowHeight - 8, fill: colours[verdict], "class": "bar " + verdict });
        bar.appendChild(svg("title", {}, file[verdict] + " " + verdict));
        chart.appendChild(bar);
        if (width > 18) {
          chart.appendChild(svg("text", { x: x + 5, y: y + 18, fill: "white", style: "fill: white" }, String(file[verdict])));
        }
        x += width;
      }
    });
  });
  var legend = rowHeight * data.files.length + 20, lx = labelWidth;
  verdicts.forEach(function (verdict) {
    chart.appendChild(svg("rect", { x: lx, y: legend - 10, width: 12, height: 12, fill: colours[verdict] }));
    chart.appendChild(svg("text", { x: lx + 16, y: legend }, verdict));
    lx += 110;
  });
  document.getElementById("chart").appendChild(chart);

  var buttons = document.querySelectorAll(".filters button");
  Array.prototype.forEach.call(buttons, function (button) {
    button.addEventListener("click", function () {
      var filter = button.getAttribute("data-filter");
      Array.prototype.forEach.call(buttons, function (b) { b.setAttribute("aria-pressed", String(b === button)); });
      Array.prototype.forEach.call(document.querySelectorAll(".claim"), function (claim) {
        var shown = filter === "all" || claim.getAttribute("data-verdict") === filter
          || (filter === "failed" && claim.classList.contains("failed"));
        claim.classList.toggle("hidden", !shown);
      });
    });
  });
  document.body.setAttribute("data-rendered", "true");
})();
