// UTF-8 byte offsets (what the API gives) to JavaScript string indexes
// (UTF-16 code units, what the DOM uses).
//
// The server's offsets count bytes of the UTF-8 text: "“" is 3 bytes but 1
// code unit, "д" is 2 bytes and 1 unit, "😀" is 4 bytes and 2 units.

// Returns a function byteToIndex(b) for `text`: the string index of the
// character starting at byte b; an offset inside a character maps to that
// character's start; offsets past the end map to text.length.
export function byteIndexMap(text) {
  // For the k-th character: its string index (unitIndex[k]) and its byte
  // offset (byteOffset[k]); built once per text, each lookup a binary search.
  const unitIndex = [];
  const byteOffset = [];
  let bytes = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i);
    unitIndex.push(i);
    byteOffset.push(bytes);
    const units = cp > 0xffff ? 2 : 1;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += units;
  }
  const totalBytes = bytes;
  return (b) => {
    if (!(b > 0)) return 0;
    if (b >= totalBytes) return text.length;
    let lo = 0;
    let hi = byteOffset.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (byteOffset[mid] <= b) lo = mid;
      else hi = mid - 1;
    }
    return unitIndex[lo];
  };
}

// The byte length of `text` in UTF-8.
export function utf8Length(text) {
  return new TextEncoder().encode(text).length;
}
