// Builds DOM trees from data. Text is always inserted as text nodes (never as HTML), so article
// text such as "<img src=x onerror=...>" shows literally and runs nothing.

type Child = Node | string | null | undefined | false;

export interface ElementProps {
  className?: string;
  attrs?: Record<string, string>;
  title?: string;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: ElementProps = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.title !== undefined) node.title = props.title;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** A small colored square; the color goes through CSSOM, which the CSP allows. */
export function swatch(color: string, shape: "dot" | "line" = "dot"): HTMLSpanElement {
  const s = el("span", { className: `swatch swatch-${shape}`, attrs: { "aria-hidden": "true" } });
  s.style.backgroundColor = color;
  return s;
}

export function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`news-kg/viewer: element #${id} is missing from index.html`);
  return node as T;
}
