// The SPARQL editor: YASGUI against this server's /sparql, with the canned queries as examples.
(function () {
  "use strict";
  var examples = JSON.parse(document.getElementById("examples").textContent);
  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: new URL("/sparql", window.location.href).href, method: "POST" },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: function () { return []; } },
    persistenceId: null,
    yasqe: { value: examples.length ? examples[0].text : "SELECT * WHERE { ?s ?p ?o } LIMIT 10" },
  });
  document.querySelectorAll("button.example").forEach(function (button) {
    button.addEventListener("click", function () {
      var example = examples.find(function (e) { return e.name === button.dataset.name; });
      yasgui.getTab().setQuery(example.text);
    });
  });
  window.kgYasgui = yasgui;
})();
