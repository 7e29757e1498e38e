// The side panel for a selected node or edge. Every string from the graph goes in as text.
import type { EdgePanel, EvidenceItem, NodePanel, RelationGroup } from "../state/panel-model.js";
import { append, clear, el, swatch } from "./dom.js";

export interface PanelCallbacks {
  selectNode(node: string): void;
  selectEdge(edge: string): void;
  close(): void;
  /** href for a link to a node, so it can be opened in a new tab or copied. */
  nodeHref(node: string): string;
  edgeHref(edge: string): string;
}

function nodeLink(node: string, label: string, cb: PanelCallbacks): HTMLAnchorElement {
  const a = el("a", { className: "node-link", attrs: { href: cb.nodeHref(node), "data-node": node } }, label);
  a.addEventListener("click", (event) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    cb.selectNode(node);
  });
  return a;
}

function edgeLink(edge: string, text: string, cb: PanelCallbacks): HTMLAnchorElement {
  const a = el("a", { className: "edge-link", attrs: { href: cb.edgeHref(edge), title: "show this relation and its evidence" } }, text);
  a.addEventListener("click", (event) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    cb.selectEdge(edge);
  });
  return a;
}

function relations(title: string, groups: readonly RelationGroup[], arrow: string, cb: PanelCallbacks): HTMLElement | null {
  if (groups.length === 0) return null;
  const total = groups.reduce((n, g) => n + g.links.length, 0);
  return el(
    "section",
    { className: "panel-section" },
    el("h3", {}, `${title} (${total})`),
    ...groups.map((g) =>
      el(
        "div",
        { className: "relation-group", attrs: { "data-predicate": g.predicate } },
        el("h4", {}, swatch(g.color, "line"), `${arrow} ${g.predicate}`),
        el(
          "ul",
          {},
          ...g.links.map((l) =>
            el(
              "li",
              {},
              nodeLink(l.other, l.otherLabel, cb),
              el("span", { className: "muted" }, ` ${l.otherKind}`),
              " ",
              edgeLink(l.edge, l.weight === 1 ? "1 sentence" : `${l.weight} sentences`, cb),
            ),
          ),
        ),
      ),
    ),
  );
}

function evidenceList(items: readonly EvidenceItem[], more: number, showRelation: boolean): HTMLElement {
  const list = el("ol", { className: "evidence-list" });
  for (const item of items) {
    const quote = el("blockquote", { className: "evidence-sentence" });
    for (const s of item.segments) quote.appendChild(s.mark ? el("mark", {}, s.text) : document.createTextNode(s.text));
    list.appendChild(
      el(
        "li",
        { className: "evidence-item" },
        el(
          "div",
          { className: "evidence-meta" },
          el("span", { className: "evidence-article", title: "article" }, item.article),
          showRelation ? el("span", { className: "evidence-relation" }, `${item.sourceLabel} → ${item.predicate} → ${item.targetLabel}`) : null,
          item.rule ? el("span", { className: "evidence-rule", title: "extraction rule" }, item.rule) : null,
        ),
        quote,
      ),
    );
  }
  return el(
    "section",
    { className: "panel-section" },
    el("h3", {}, `Evidence (${items.length + more})`),
    items.length ? list : el("p", { className: "muted" }, "No relation evidence."),
    more > 0 ? el("p", { className: "muted" }, `… and ${more} more sentences not shown.`) : null,
  );
}

function header(title: HTMLElement, cb: PanelCallbacks): HTMLElement {
  const close = el("button", { className: "panel-close", attrs: { type: "button", "aria-label": "Close details (Escape)" } }, "×");
  close.addEventListener("click", () => cb.close());
  return el("div", { className: "panel-header" }, title, close);
}

export function renderNodePanel(root: HTMLElement, model: NodePanel, cb: PanelCallbacks): void {
  clear(root);
  const kind = el("span", { className: "kind-badge" }, model.kind);
  kind.style.backgroundColor = model.color;
  append(
    root,
    header(el("h2", { attrs: { id: "panel-title" } }, model.label), cb),
    el(
      "dl",
      { className: "facts" },
      el("dt", {}, "Kind"),
      el("dd", {}, kind),
      el("dt", {}, "Mentions"),
      el("dd", { attrs: { "data-testid": "mentions" } }, String(model.mentions)),
      el("dt", {}, "Aliases"),
      el("dd", { className: "aliases" }, model.aliases.length ? model.aliases.join(" · ") : el("span", { className: "muted" }, "none")),
    ),
    relations("Relations out", model.outgoing, "→", cb),
    relations("Relations in", model.incoming, "←", cb),
    evidenceList(model.evidence, model.moreEvidence, true),
    model.articles.length
      ? el(
          "section",
          { className: "panel-section" },
          el("h3", {}, `Articles (${model.articles.length})`),
          el("ul", { className: "article-list" }, ...model.articles.map((a) => el("li", {}, a.article, el("span", { className: "muted" }, ` ${a.mentions}×`)))),
        )
      : null,
  );
  root.hidden = false;
}

export function renderEdgePanel(root: HTMLElement, model: EdgePanel, cb: PanelCallbacks): void {
  clear(root);
  const predicate = el("span", { className: "predicate-badge" }, model.predicate);
  predicate.style.borderColor = model.color;
  append(
    root,
    header(el("h2", { attrs: { id: "panel-title" } }, nodeLink(model.source, model.sourceLabel, cb), " ", predicate, " ", nodeLink(model.target, model.targetLabel, cb)), cb),
    el("dl", { className: "facts" }, el("dt", {}, "Weight"), el("dd", {}, `${model.weight} (evidence sentences)`)),
    evidenceList(model.evidence, model.moreEvidence, false),
  );
  root.hidden = false;
}

export function hidePanel(root: HTMLElement): void {
  clear(root);
  root.hidden = true;
}
