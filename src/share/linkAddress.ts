/**
 * Where a link's state travels in the address, for any state a link carries (a BO study's `s`,
 * or another screen's own parameter).
 *
 * Short states ride in the query (`?s=…`), as links always have. Longer ones go into the fragment
 * after the route (`#/?s=…`, `#/lab/race?s=…`): the browser never sends the fragment to the
 * server, while common static servers and proxies refuse a request line over 8–16 KB (nginx and
 * Apache about 8 KB, Node 16 KB), so a study of many observations in the query would not open at
 * all. Reading accepts both, the fragment first; routes ignore everything after `?` in the hash.
 */

/** Longest link (whole address) that keeps its state in the query; far below any server's cap. */
export const MAX_QUERY_LINK = 2000;

/** The route part of a hash: '#/lab/race' of '#/lab/race?s=…'. */
export function hashRoute(hash: string): string {
  const q = hash.indexOf('?');
  return q < 0 ? hash : hash.slice(0, q);
}

function hashParams(hash: string): URLSearchParams {
  const q = hash.indexOf('?');
  return new URLSearchParams(q < 0 ? '' : hash.slice(q + 1));
}

/** A parameter from the fragment or, failing that, the query; null when neither has it. */
export function readLinkParam(name: string, search: string, hash: string): string | null {
  try {
    return hashParams(hash).get(name) ?? new URLSearchParams(search).get(name);
  } catch {
    return null;
  }
}

/**
 * `href` with `name=value`: in the query while the whole link stays within `maxQuery`
 * characters, else in the fragment. A copy of the parameter already in the other place is
 * removed (the fragment would win over a new query value); every other parameter and the route
 * are kept.
 */
export function withLinkParam(
  href: string,
  name: string,
  value: string,
  maxQuery = MAX_QUERY_LINK,
): string {
  const url = new URL(href);
  const route = hashRoute(url.hash);
  const rest = hashParams(url.hash);
  const setHash = () => {
    const q = rest.toString();
    url.hash = q ? `${route || '#/'}?${q}` : route;
  };
  rest.delete(name);
  url.searchParams.set(name, value);
  setHash();
  if (url.toString().length <= maxQuery) return url.toString();
  url.searchParams.delete(name);
  rest.set(name, value);
  setHash();
  return url.toString();
}

/** `href` without `name`, in the query or the fragment; the route and other parameters kept. */
export function withoutLinkParam(href: string, name: string): string {
  const url = new URL(href);
  url.searchParams.delete(name);
  const route = hashRoute(url.hash);
  const rest = hashParams(url.hash);
  rest.delete(name);
  const q = rest.toString();
  url.hash = q ? `${route || '#/'}?${q}` : route;
  return url.toString();
}
