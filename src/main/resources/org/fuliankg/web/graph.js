// The graph view: an entity's neighbourhood (?iri=) or a CONSTRUCT result (?query=), drawn with Cytoscape.js from
// the JSON of /graph. Nodes are coloured by class and labelled in Chinese; clicking one adds its neighbours.
"use strict";

const PALETTE = ["#c0392b", "#2980b9", "#27ae60", "#8e44ad", "#d35400", "#16a085", "#f39c12", "#2c3e50",
  "#e84393", "#7f8c8d", "#6c5ce7", "#00b894"];
const colours = new Map();
const expanded = new Set();
const status = document.getElementById("status");

function colourOf(type) {
  if (!colours.has(type)) colours.set(type, PALETTE[colours.size % PALETTE.length]);
  return colours.get(type);
}

const cy = cytoscape({
  container: document.getElementById("cy"),
  style: [
    { selector: "node", style: {
      "background-color": "data(colour)", "label": "data(label)", "font-size": 11,
      "text-valign": "bottom", "text-margin-y": 3, "width": 22, "height": 22,
      "text-wrap": "ellipsis", "text-max-width": 140 } },
    { selector: "node.centre", style: { "width": 34, "height": 34, "border-width": 3, "border-color": "#333" } },
    { selector: "node:selected", style: { "border-width": 3, "border-color": "#f1c40f" } },
    { selector: "edge", style: {
      "width": 1.5, "line-color": "#bbb", "target-arrow-color": "#bbb", "target-arrow-shape": "triangle",
      "curve-style": "bezier", "label": "data(label)", "font-size": 8, "color": "#777",
      "text-rotation": "autorotate" } },
  ],
  wheelSensitivity: 0.3,
});
window.cy = cy; // for the browser test and for the curious in the console

function entityPage(iri) {
  return "/entity?iri=" + encodeURIComponent(iri);
}

function add(graph) {
  const added = [];
  for (const node of graph.nodes) {
    if (cy.getElementById(node.id).nonempty()) continue;
    added.push({ group: "nodes", data: {
      id: node.id, label: node.label, type: node.type, typeLabel: node.typeLabel,
      colour: colourOf(node.typeLabel || node.type) } });
  }
  for (const edge of graph.edges) {
    const id = edge.source + " " + edge.label + " " + edge.target;
    if (cy.getElementById(id).nonempty()) continue;
    added.push({ group: "edges", data: { id: id, source: edge.source, target: edge.target, label: edge.label } });
  }
  cy.add(added);
  cy.layout({ name: "cose", animate: false, nodeDimensionsIncludeLabels: true }).run();
  drawLegend();
  status.textContent = cy.nodes().length + " 节点 nodes · " + cy.edges().length + " 边 edges";
}

function drawLegend() {
  const legend = document.getElementById("legend");
  legend.replaceChildren();
  for (const [type, colour] of colours) {
    const item = document.createElement("li");
    const swatch = document.createElement("span");
    swatch.className = "swatch";
    swatch.style.background = colour;
    item.append(swatch, document.createTextNode(" " + (type || "—")));
    legend.append(item);
  }
}

async function fetchGraph(parameter, value) {
  status.textContent = "…";
  const response = await fetch("/graph?" + parameter + "=" + encodeURIComponent(value));
  if (!response.ok) {
    status.textContent = "错误 / Error " + response.status + ": " + await response.text();
    return null;
  }
  return response.json();
}

async function expand(iri) {
  if (expanded.has(iri)) return;
  expanded.add(iri);
  const graph = await fetchGraph("iri", iri);
  if (graph) add(graph);
}

function showSelected(node) {
  const box = document.getElementById("selected");
  box.replaceChildren();
  const title = document.createElement("h3");
  title.textContent = node.data("label");
  const type = document.createElement("p");
  type.textContent = node.data("typeLabel");
  const link = document.createElement("a");
  link.href = entityPage(node.id());
  link.id = "selected-page";
  link.textContent = "实体页 / Entity page →";
  box.append(title, type, link);
}

cy.on("tap", "node", event => {
  showSelected(event.target);
  expand(event.target.id());
});
cy.on("dbltap", "node", event => { location.href = entityPage(event.target.id()); });

document.getElementById("draw").addEventListener("click", async () => {
  const graph = await fetchGraph("query", document.getElementById("query").value);
  if (graph) { cy.elements().remove(); expanded.clear(); add(graph); }
});

const parameters = new URLSearchParams(location.search);
if (parameters.has("iri")) {
  const iri = parameters.get("iri");
  expand(iri).then(() => cy.getElementById(iri).addClass("centre"));
} else if (parameters.has("query")) {
  document.getElementById("query").value = parameters.get("query");
  document.querySelector("details").open = true;
  document.getElementById("draw").click();
}
