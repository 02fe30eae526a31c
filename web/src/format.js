// Small formatting helpers shared by the views.

// "2024-07-08T09:30:00Z" or "2024-07-08" -> "2024-07-08"; "" when absent.
export function day(value) {
  return typeof value === 'string' ? value.slice(0, 10) : '';
}

export const QUAD_NAMES = {
  1: 'verbal cooperation',
  2: 'material cooperation',
  3: 'verbal conflict',
  4: 'material conflict',
};

export const QUAD_COLORS = {
  1: '#6baed6',
  2: '#2171b5',
  3: '#fd8d3c',
  4: '#d94801',
};

// An actor of an event ({code, name} or a code string) as "CODE (name)".
export function actorLabel(actor) {
  if (!actor) return '—';
  if (typeof actor === 'string') return actor;
  const code = actor.code || '';
  const name = actor.name || '';
  return name && name !== code ? `${code} (${name})` : code || name || '—';
}

// The speaker of a quote: canonical name, or as written, with role.
export function speakerLabel(quote) {
  const sp = quote && typeof quote.speaker === 'object' && quote.speaker ? quote.speaker : null;
  if (!sp) return typeof quote?.speaker === 'string' ? quote.speaker : 'unknown';
  const name = sp.canonical || sp.name || sp.kind || 'unknown';
  return sp.role ? `${name}, ${sp.role}` : name;
}

export function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
