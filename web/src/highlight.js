// Text with highlighted ranges: splits a text at every range boundary and
// returns nodes (text nodes and <span>s) whose classes and data attributes say
// which ranges cover each piece. Ranges may overlap; none is dropped.
import { h } from './dom.js';

// A range: { begin, end } as string indexes, `kind` (a CSS class suffix:
// hl-<kind>) and `data` (data-* attributes: the first range of each kind
// covering a piece gives its data).
export function highlightNodes(text, ranges) {
  const cuts = new Set([0, text.length]);
  const valid = ranges.filter((r) => r.end > r.begin && r.begin >= 0 && r.end <= text.length);
  for (const r of valid) {
    cuts.add(r.begin);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const nodes = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const begin = points[i];
    const end = points[i + 1];
    const piece = text.slice(begin, end);
    const covering = valid.filter((r) => r.begin <= begin && r.end >= end);
    if (!covering.length) {
      nodes.push(piece);
      continue;
    }
    const kinds = [];
    const data = {};
    for (const r of covering) {
      if (kinds.includes(r.kind)) continue;
      kinds.push(r.kind);
      for (const [key, value] of Object.entries(r.data || {})) if (!(key in data)) data[key] = String(value);
    }
    nodes.push(h('span', { class: kinds.map((k) => `hl-${k}`).join(' '), dataset: data }, piece));
  }
  return nodes;
}
