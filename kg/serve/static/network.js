// The actor network: Cytoscape over /api/network, filtered by relation and date.
(function () {
  "use strict";
  var colours = { attacks: "#d62728", clashesWith: "#ff7f0e", supports: "#2ca02c",
                  alliedWith: "#1f77b4", surrendersTo: "#9467bd" };
  var form = document.getElementById("filters");
  var cy = cytoscape({
    container: document.getElementById("network"),
    style: [
      { selector: "node", style: { label: "data(label)", "font-size": 11, "text-valign": "bottom",
          "background-color": "#5b7083", width: "mapData(degree, 1, 12, 14, 40)",
          height: "mapData(degree, 1, 12, 14, 40)" } },
      { selector: "edge", style: { "curve-style": "bezier", "target-arrow-shape": "triangle",
          width: "mapData(weight, 1, 10, 1, 7)", "line-color": "data(colour)",
          "target-arrow-color": "data(colour)", opacity: 0.8 } },
    ],
  });
  cy.on("tap", "node", function (event) {
    window.location.href = "/actor?iri=" + encodeURIComponent(event.target.id());
  });
  function load() {
    var query = new URLSearchParams(new FormData(form));
    fetch("/api/network?" + query.toString())
      .then(function (response) { return response.json(); })
      .then(function (data) {
        data.elements.forEach(function (el) {
          if (el.data.source) { el.data.colour = colours[el.data.relation] || "#888"; }
        });
        cy.elements().remove();
        cy.add(data.elements);
        cy.nodes().forEach(function (n) { n.data("degree", n.degree()); });
        cy.layout({ name: "cose", animate: false }).run();
        document.getElementById("summary").textContent =
          cy.nodes().length + " actors, " + cy.edges().length + " relations";
        document.body.dataset.networkLoaded = "true";
      });
  }
  form.addEventListener("submit", function (event) { event.preventDefault(); load(); });
  load();
})();
