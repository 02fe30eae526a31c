// Word-level differences between two versions of a quotation, as the
// provenance module compares them: words lowercased, curly and straight
// apostrophes alike, punctuation not a word. Longest common subsequence.

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
