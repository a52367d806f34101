/** The URL schemes a link or image may use; relative URLs are always allowed. */
export type UrlScheme = 'http' | 'https' | 'mailto' | 'tel';

/** Schemes for images and breadcrumb links. */
export const WEB_SCHEMES: readonly UrlScheme[] = ['http', 'https'];
/** Schemes for links a visitor may tap to call or write. */
export const LINK_SCHEMES: readonly UrlScheme[] = ['http', 'https', 'mailto', 'tel'];

/**
 * Returns the URL if the browser would resolve it to an allowed scheme (or it is relative),
 * else `undefined`. Browsers drop tabs and newlines anywhere in a URL and trim C0 controls
 * and spaces at both ends, so `" jAva\tscript:..."` is still `javascript:`: we normalise the
 * same way before we read the scheme. A value that is not a string (a `URL` object, from a
 * framework's property) is checked as its text. Pure string work, so it can run during render.
 */
export function allowedUrl(
  raw: string | URL | null | undefined,
  schemes: readonly UrlScheme[]
): string | undefined {
  if (raw == null) return undefined;
  // The lookbehind starts the trailing match only where a run of spaces starts: without it, a
  // long run inside the URL was scanned again from each of its characters (5 s for 100,000).
  const url = String(raw)
    .replace(/[\t\n\r]/g, '')
    .replace(/^[\u0000-\u0020]+|(?<![\u0000-\u0020])[\u0000-\u0020]+$/g, '');
  if (url === '') return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1].toLowerCase();
  if (scheme === undefined) return url;
  return (schemes as readonly string[]).includes(scheme) ? url : undefined;
}

/**
 * Like `allowedUrl`, but logs a console warning naming the element and attribute when a
 * non-empty URL is refused.
 */
export function checkedUrl(
  raw: string | URL | null | undefined,
  schemes: readonly UrlScheme[],
  where: string
): string | undefined {
  const url = allowedUrl(raw, schemes);
  const text = String(raw ?? '');
  if (url === undefined && text.trim() !== '') {
    console.warn(
      `${where}: ignored the URL ${JSON.stringify(text.slice(0, 80))}: ` +
        `only ${schemes.join(':, ')}: and relative URLs are allowed.`
    );
  }
  return url;
}
