// The query page: YASGUI against this server's endpoint, the project's prefixes, and its queries one click away.
"use strict";

const endpoint = location.origin + "/kg/sparql";
const prefixLines = Object.keys(PREFIXES).sort()
  .map(p => "PREFIX " + (p + ":").padEnd(9) + "<" + PREFIXES[p] + ">").join("\n");
const firstQuery = prefixLines + "\n\n# 每份文档的三元组数 / triples per document\n"
  + "SELECT ?g (COUNT(*) AS ?triples) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g\n";

const yasgui = new Yasgui(document.getElementById("yasgui"), {
  requestConfig: { endpoint: endpoint, method: "POST" },
  copyEndpointOnNewTab: false,
  persistenceId: null, // always start from this server's endpoint, not from an old browser session
  populateFromUrl: true,
  endpointCatalogueOptions: { getData: () => [{ endpoint: endpoint }], keys: [] },
  yasqe: { value: firstQuery },
});

function currentTab() {
  return yasgui.getTab();
}

function load(query) {
  const tab = currentTab();
  tab.setQuery(query.text); // as stored: each query declares its own prefixes
  tab.setName(query.file.replace(/\.rq$/, ""));
  document.querySelectorAll("#queries a").forEach(a => a.classList.toggle("active", a.dataset.file === query.file));
}

const list = document.getElementById("queries");
for (const query of QUERIES) {
  const item = document.createElement("li");
  const link = document.createElement("a");
  link.href = "#" + query.file;
  link.dataset.file = query.file;
  link.textContent = query.file;
  link.title = query.question;
  link.addEventListener("click", event => { event.preventDefault(); load(query); });
  const question = document.createElement("div");
  question.className = "question";
  question.textContent = query.question;
  item.append(link, question);
  list.append(item);
}

document.getElementById("as-graph").addEventListener("click", () => {
  location.href = "/graph-view?query=" + encodeURIComponent(currentTab().getQuery());
});

// Query results link our IRIs to their entity pages on this server instead of to w3id.org.
document.addEventListener("click", event => {
  const link = event.target.closest("a[href^='https://w3id.org/fulian-kg/']");
  if (!link || !link.closest("#yasgui")) return;
  event.preventDefault();
  window.open("/entity?iri=" + encodeURIComponent(link.getAttribute("href")), "_blank");
}, true);
