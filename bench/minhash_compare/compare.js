// Side-by-side comparison for bench_provenance: the npm `minhash` package
// (MinHash with numPerm permutations, LshIndex with bandSize rows per band)
// over the same articles, one per line of lowercased words.
// Usage: node compare.js WORDS_FILE OUT_FILE SHINGLE_WORDS NUM_PERM BAND_SIZE
// Writes "seconds S" then one candidate pair "i j" (i < j) per line.
'use strict';
const fs = require('fs');
const { Minhash, LshIndex } = require('minhash');

const [wordsFile, outFile, shingleArg, permArg, bandArg] = process.argv.slice(2);
const width = parseInt(shingleArg, 10);
const numPerm = parseInt(permArg, 10);
const bandSize = parseInt(bandArg, 10);
const lines = fs.readFileSync(wordsFile, 'utf8').split('\n');
if (lines.length && lines[lines.length - 1] === '') lines.pop();

// CPU time (user + system), as bench_provenance measures its own.
const start = process.cpuUsage();
const index = new LshIndex({ bandSize });
const pairs = [];
lines.forEach((line, i) => {
  const words = line.length ? line.split(' ') : [];
  const m = new Minhash({ numPerm });
  const w = Math.min(width, words.length);
  for (let k = 0; w > 0 && k + w <= words.length; k++) m.update(words.slice(k, k + w).join(' '));
  index.insert(i, m);
  for (const key of index.query(m)) {
    const j = parseInt(key, 10);
    if (j !== i) pairs.push(j + ' ' + i);
  }
});
const used = process.cpuUsage(start);
const seconds = (used.user + used.system) / 1e6;
fs.writeFileSync(outFile, 'seconds ' + seconds + '\n' + pairs.join('\n') + '\n');
