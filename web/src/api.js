// The dyad serve JSON API (docs/api.md), fetched from the same origin.
// Every call resolves to parsed JSON or rejects with an ApiError carrying the
// HTTP status and the server's {"error": "..."} message.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

// GET /api/<path>?<params>; params with empty values are left out.
export async function api(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const qs = query.toString();
  const url = `/api/${path}${qs ? `?${qs}` : ''}`;
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (err) {
    throw new ApiError(0, `cannot reach the server (${err.message})`);
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    const message = body && typeof body.error === 'string' ? body.error : response.statusText;
    throw new ApiError(response.status, message || `HTTP ${response.status}`);
  }
  return body;
}

// The items of a list answer ({"items": [...]}) or the answer itself when it
// is already an array.
export function items(answer) {
  if (Array.isArray(answer)) return answer;
  if (answer && Array.isArray(answer.items)) return answer.items;
  return [];
}

export const enc = encodeURIComponent;
