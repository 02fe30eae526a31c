// Unit tests of the page's pure helpers (no browser): UTF-8 byte offsets to
// string indexes, the quote word diff, the URL filter. Run: node --test tests/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byteIndexMap, utf8Length } from '../src/utf8.js';
import { wordDiff, words, editsToOps } from '../src/worddiff.js';

// The byte offset of `needle` in `text` as the server computes it.
function byteOffset(text, needle) {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `${needle} in text`);
  return utf8Length(text.slice(0, i));
}

test('byte offsets after curly quotes, Cyrillic and an emoji map to the same words', () => {
  const text = '“Мы не уйдём,” said Лавров 😀 on Tuesday — “never”.';
  const toIndex = byteIndexMap(text);
  for (const word of ['Мы', 'уйдём', 'said', 'Лавров', 'on Tuesday', 'never', '”.']) {
    const b = byteOffset(text, word);
    const e = b + utf8Length(word);
    assert.equal(text.slice(toIndex(b), toIndex(e)), word);
  }
  assert.equal(toIndex(0), 0);
  assert.equal(toIndex(utf8Length(text)), text.length);
  assert.equal(toIndex(utf8Length(text) + 10), text.length);
});

test('an offset inside a multi-byte character maps to its start', () => {
  const text = 'aд😀b';
  const toIndex = byteIndexMap(text);
  assert.equal(toIndex(1), 1); // д starts at byte 1
  assert.equal(toIndex(2), 1); // second byte of д
  assert.equal(toIndex(3), 2); // 😀 starts at byte 3, index 2
  assert.equal(toIndex(5), 2);
  assert.equal(toIndex(7), 4); // b after the surrogate pair
});

test('word diff keeps shared words and marks replaced, dropped and added ones', () => {
  const ops = wordDiff('This should concern the NATO alliance deeply', 'This ought to concern the Nato alliance');
  const show = ops.map((o) => (o.op === 'same' ? o.word : `${o.op === 'del' ? '-' : '+'}${o.word}`)).join(' ');
  assert.equal(show, 'This -should +ought +to concern the Nato alliance -deeply');
});

test('words ignore punctuation and keep apostrophes inside words', () => {
  assert.deepEqual(words('“We won’t go,” he said — “ever.”'), ['We', 'won’t', 'go', 'he', 'said', 'ever']);
  assert.equal(wordDiff("we won't", 'We won’t').every((o) => o.op === 'same'), true);
});

test('server edits (byte offsets) become deleted and inserted pieces of the variant', () => {
  const a = '“Allies stand in full solidarity with Estonia,”';
  const b = 'Companions stand in whole solidarity with Естонія';
  const span = (text, word) => {
    const begin = byteOffset(text, word);
    return [begin, begin + utf8Length(word)];
  };
  const edits = [
    { a: span(a, 'Allies'), b: span(b, 'Companions') },
    { a: span(a, 'full'), b: span(b, 'whole') },
    { a: span(a, 'Estonia'), b: span(b, 'Естонія') },
  ];
  const show = editsToOps(a, b, edits).map((o) => (o.op === 'same' ? o.text : `[${o.op === 'del' ? '-' : '+'}${o.text}]`)).join('');
  assert.equal(show, '[-Allies][+Companions] stand in [-full][+whole] solidarity with [-Estonia][+Естонія]');
});

test('an edit with an empty side is a pure deletion or insertion', () => {
  const a = 'we will never give up';
  const b = 'we will give up now';
  const edits = [
    { a: [8, 14], b: [8, 8] }, // "never " dropped
    { a: [21, 21], b: [16, 19] }, // "now" added
  ];
  const ops = editsToOps(a, b, edits);
  assert.deepEqual(ops, [
    { op: 'same', text: 'we will ' },
    { op: 'del', text: 'never ' },
    { op: 'same', text: 'give up ' },
    { op: 'ins', text: 'now' },
  ]);
});
