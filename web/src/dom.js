// Building DOM nodes safely: every string from the API becomes a text node,
// never markup. h() is the only way views create elements.
//
//   h('a', { href: '#/article/abc', class: 'title' }, article.title)
//
// Attributes go through setAttribute (event handlers as functions under
// `on*` keys, added with addEventListener); children may be nodes, strings,
// numbers, null/undefined/false (skipped) or arrays of those.

const URL_ATTRS = new Set(['href', 'src', 'action']);

// Returns true iff a URL is safe to put in href: http(s), or a page-internal
// hash or relative link. Blocks javascript:, data: and the like.
export function safeUrl(url) {
  if (typeof url !== 'string') return false;
  const trimmed = url.trim();
  if (trimmed.startsWith('#') || trimmed.startsWith('/') || trimmed.startsWith('?')) return true;
  return /^https?:\/\//i.test(trimmed);
}

export function h(tag, attrs, ...children) {
  const node = tag.includes(':svg')
    ? document.createElementNS('http://www.w3.org/2000/svg', tag.replace(':svg', ''))
    : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      node.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (key === 'dataset') {
      Object.assign(node.dataset, value);
    } else if (URL_ATTRS.has(key)) {
      if (safeUrl(String(value))) node.setAttribute(key, String(value));
    } else {
      node.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

// SVG element: svg('rect', {...}).
export function svg(tag, attrs, ...children) {
  return h(`${tag}:svg`, attrs, ...children);
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// Replaces all children of node.
export function replace(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}
