// Word-level differences between two versions of a quotation: from the
// server's edits when it gives them (editsToOps), else computed here as the
// provenance module compares words (lowercased, curly and straight
// apostrophes alike, punctuation not a word; longest common subsequence).
import { byteIndexMap } from './utf8.js';

export function words(text) {
  return (text || '').match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) || [];
}

const norm = (w) => w.toLowerCase().replace(/’/g, "'");

// Returns [{op: 'same'|'del'|'ins', word}]: `a` turned into `b`.
// O(n*m); quotes are short (both sides capped at 400 words).
export function wordDiff(aText, bText) {
  const a = words(aText).slice(0, 400);
  const b = words(bText).slice(0, 400);
  const n = a.length;
  const m = b.length;
  const lcs = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = norm(a[i]) === norm(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const ops = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && norm(a[i]) === norm(b[j])) {
      ops.push({ op: 'same', word: b[j] });
      i++;
      j++;
    } else if (i < n && (j === m || lcs[i + 1][j] >= lcs[i][j + 1])) {
      ops.push({ op: 'del', word: a[i++] }); // dropped words before the ones replacing them
    } else {
      ops.push({ op: 'ins', word: b[j++] });
    }
  }
  return ops;
}

// The server's word edits (dyad/quote_links.h QuoteWordEdit, as GET
// /api/quotes/{article}/{ordinal} gives them: {"a": [begin, end], "b":
// [begin, end]}, UTF-8 byte offsets into quote a's text and variant b's
// words; an empty side a deletion or an insertion) as pieces of b's text:
// [{op: 'same'|'del'|'ins', text}], a's replaced words as 'del' before b's.
export function editsToOps(aText, bText, edits) {
  const toA = byteIndexMap(aText);
  const toB = byteIndexMap(bText);
  const pair = (s) => (Array.isArray(s) ? s : [s.begin, s.end]).map(Number);
  const sorted = edits.map((e) => ({ a: pair(e.a), b: pair(e.b) })).sort((x, y) => x.b[0] - y.b[0] || x.a[0] - y.a[0]);
  const ops = [];
  let done = 0; // b's text before this index is emitted
  for (const e of sorted) {
    const begin = Math.max(toB(e.b[0]), done);
    const end = Math.max(toB(e.b[1]), begin);
    if (begin > done) ops.push({ op: 'same', text: bText.slice(done, begin) });
    if (e.a[1] > e.a[0]) ops.push({ op: 'del', text: aText.slice(toA(e.a[0]), toA(e.a[1])) });
    if (end > begin) ops.push({ op: 'ins', text: bText.slice(begin, end) });
    done = end;
  }
  if (done < bText.length) ops.push({ op: 'same', text: bText.slice(done) });
  return ops;
}
