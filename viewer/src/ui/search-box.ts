// The search field with its suggestion list (a combobox: arrows move, Enter picks, Escape closes).
import type { Suggestion } from "../state/search.js";
import { clear, el } from "./dom.js";

export interface SearchBox {
  focus(): void;
  /** Clears the field and closes the list; returns whether there was anything to clear. */
  reset(): boolean;
  isOpen(): boolean;
}

export function createSearchBox(
  input: HTMLInputElement,
  list: HTMLUListElement,
  suggest: (query: string) => Suggestion[],
  choose: (node: string) => void,
): SearchBox {
  let items: Suggestion[] = [];
  let active = -1;

  const close = (): void => {
    items = [];
    active = -1;
    clear(list);
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  };

  const paint = (): void => {
    clear(list);
    items.forEach((s, i) => {
      const li = el(
        "li",
        { className: `suggestion${i === active ? " is-active" : ""}`, attrs: { role: "option", id: `suggestion-${i}`, "aria-selected": String(i === active), "data-node": s.node } },
        el("span", { className: "suggestion-label" }, s.label),
        s.alias !== undefined ? el("span", { className: "suggestion-alias" }, `alias “${s.alias}”`) : null,
        el("span", { className: "suggestion-kind" }, s.kind),
      );
      // mousedown (not click) so the input's blur does not close the list first
      li.addEventListener("mousedown", (event) => {
        event.preventDefault();
        pick(i);
      });
      list.appendChild(li);
    });
    list.hidden = items.length === 0;
    input.setAttribute("aria-expanded", String(items.length > 0));
    if (active >= 0) input.setAttribute("aria-activedescendant", `suggestion-${active}`);
    else input.removeAttribute("aria-activedescendant");
  };

  const pick = (i: number): void => {
    const s = items[i];
    if (!s) return;
    input.value = s.label;
    close();
    choose(s.node);
  };

  input.addEventListener("input", () => {
    items = suggest(input.value);
    active = items.length > 0 ? 0 : -1;
    paint();
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && items.length > 0) {
      active = (active + 1) % items.length;
      paint();
      event.preventDefault();
    } else if (event.key === "ArrowUp" && items.length > 0) {
      active = (active - 1 + items.length) % items.length;
      paint();
      event.preventDefault();
    } else if (event.key === "Enter") {
      if (active >= 0) pick(active);
      event.preventDefault();
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 100));
  close();

  return {
    focus: () => {
      input.focus();
      input.select();
    },
    reset: () => {
      const had = input.value !== "" || items.length > 0;
      input.value = "";
      close();
      return had;
    },
    isOpen: () => items.length > 0,
  };
}
