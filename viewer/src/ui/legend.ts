// The legend: one toggle per kind and per predicate, with counts. Toggling goes through the
// callbacks (state + reducers); the graph is not changed.
import type { LegendItem } from "../state/legend.js";
import { clear, el, swatch } from "./dom.js";

export interface LegendCallbacks {
  toggleKind(kind: string): void;
  togglePredicate(predicate: string): void;
  setAllKinds(hidden: boolean): void;
  setAllPredicates(hidden: boolean): void;
}

function section(
  title: string,
  id: string,
  items: readonly LegendItem[],
  hidden: ReadonlySet<string>,
  shape: "dot" | "line",
  toggle: (value: string) => void,
  setAll: (hidden: boolean) => void,
): HTMLElement {
  const allShown = items.every((i) => !hidden.has(i.value));
  const all = el("button", { className: "link-button", attrs: { type: "button", "data-testid": `${id}-all` } }, allShown ? "hide all" : "show all");
  all.addEventListener("click", () => setAll(allShown));
  const list = el("ul", { className: "legend-list", attrs: { id } });
  for (const item of items) {
    const shown = !hidden.has(item.value);
    const button = el(
      "button",
      {
        className: `legend-item${shown ? "" : " is-off"}`,
        attrs: { type: "button", "aria-pressed": String(shown), "data-value": item.value, "data-count": String(item.count) },
        title: `${shown ? "Hide" : "Show"} ${item.value}`,
      },
      swatch(item.color, shape),
      el("span", { className: "legend-name" }, item.value),
      el("span", { className: "legend-count" }, String(item.count)),
    );
    button.addEventListener("click", () => toggle(item.value));
    list.appendChild(el("li", {}, button));
  }
  return el("section", { className: "legend-section" }, el("h2", {}, title, " ", all), items.length ? list : el("p", { className: "muted" }, "none"));
}

export function renderLegend(
  root: HTMLElement,
  kinds: readonly LegendItem[],
  predicates: readonly LegendItem[],
  hiddenKinds: ReadonlySet<string>,
  hiddenPredicates: ReadonlySet<string>,
  callbacks: LegendCallbacks,
): void {
  // keep keyboard focus on the same toggle across re-renders
  const focused = document.activeElement instanceof HTMLElement && root.contains(document.activeElement) ? document.activeElement : null;
  const focusKey = focused ? `${focused.closest("ul")?.id ?? ""}\u0000${focused.dataset.value ?? focused.dataset.testid ?? ""}` : null;
  clear(root);
  root.appendChild(section("Kinds", "legend-kinds", kinds, hiddenKinds, "dot", callbacks.toggleKind, callbacks.setAllKinds));
  root.appendChild(section("Relations", "legend-predicates", predicates, hiddenPredicates, "line", callbacks.togglePredicate, callbacks.setAllPredicates));
  if (focusKey) {
    for (const b of root.querySelectorAll<HTMLElement>("button")) {
      if (`${b.closest("ul")?.id ?? ""}\u0000${b.dataset.value ?? b.dataset.testid ?? ""}` === focusKey) b.focus();
    }
  }
}
