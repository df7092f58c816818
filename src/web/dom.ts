// DOM helpers. Text from the API (article text, titles, actor names) only ever enters the page
// as text nodes: there is no innerHTML anywhere, so markup inside an article stays inert text.

type Child = Node | string | number | null | undefined | false;
type Props = Record<string, string | number | boolean | undefined | null | Record<string, string>>;

/** el('td', { className: 'num', title: 'x' }, 'text', childNode, …) */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (/^on/i.test(key)) throw new Error(`el: event handlers go through addEventListener, not ${key}`);
    if (key === 'dataset' && typeof value === 'object') Object.assign(node.dataset, value);
    else if (key === 'className') node.className = String(value);
    else if (key === 'hidden') node.hidden = Boolean(value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, ...children);
  return node;
}

export function append(node: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} missing from index.html`);
  return node as T;
}

/** A button that behaves as a link inside the app (keyboard and screen readers see a button). */
export function action(label: Child, onClick: () => void, props: Props = {}): HTMLButtonElement {
  const b = el('button', { type: 'button', className: 'linklike', ...props }, label);
  b.addEventListener('click', onClick);
  return b;
}
