// DOM helpers. Text from the API (article text, titles, actor names) only ever enters the page
// as text nodes: there is no innerHTML anywhere, so markup in an article stays inert text.
/* global Node */

/** el('td', { className: 'num', title: 'x' }, 'text', childNode, ...) */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null) continue;
    if (/^on/i.test(key)) throw new Error(`el: event handlers go through addEventListener, not ${key}`);
    if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'className' || key === 'title' || key === 'hidden' || key === 'tabIndex' || key === 'value') node[key] = value;
    else node.setAttribute(key, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** GET a JSON API URL; a `{error:{code,message}}` reply becomes an Error with that message. */
export async function getJson(url) {
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error(body && body.error ? body.error.message : `HTTP ${res.status}`);
  return body;
}

export const dateRange = (e) => (e.date ? (e.date_end ? `${e.date} – ${e.date_end}` : e.date) : 'undated');

export function placeName(loc) {
  if (!loc) return '—';
  const parts = [loc.name];
  if (loc.admin3 && loc.admin3 !== loc.name) parts.push(loc.admin3);
  if (loc.admin1 && loc.admin1 !== loc.name) parts.push(loc.admin1);
  return parts.join(', ');
}
