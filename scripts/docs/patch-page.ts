/**
 * Small, checked edits to the page `redocly build-docs` writes, so that it needs nothing from the network
 * and opens with every operation and event in view; and the check that nothing remote is left.
 * @module
 */

/** A text the attribution logo can show without a request: the word "Redocly" in Redocly's blue. */
function wordmark(width: number): string {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="16" viewBox="0 0 ${width} 16">` +
    '<text x="0" y="12.5" font-family="system-ui,sans-serif" font-size="13" font-weight="600" fill="#0044d4">Redocly</text></svg>';
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

interface PagePatch {
  /** why the page needs it */
  why: string;
  find: RegExp;
  replace: string;
}

/**
 * The edits, each to Redoc 3.0.1 as bundled in @redocly/cli 2.77.0. Each must match exactly once: after an
 * upgrade the build stops and names the edit that no longer applies, instead of publishing a page that
 * quietly loads from a CDN again.
 */
export const PAGE_PATCHES: readonly PagePatch[] = [
  {
    why: 'the "API docs by Redocly" credit loads its logo from cdn.redoc.ly; show the same credit as an inline image',
    find: /`https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini-full\.svg`/g,
    replace: `\`${wordmark(56)}\``,
  },
  {
    why: 'the collapsed-sidebar credit loads its logo from cdn.redoc.ly; show the same credit as an inline image',
    find: /`https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini\.svg`/g,
    replace: `\`${wordmark(56)}\``,
  },
  {
    why: 'tag groups start collapsed in the sidebar; open them so the first screen lists every operation and event',
    find: /(\.push\(\{type:`group`,label:\w+,link:(\w+),routeSlug:\2,items:\w+,)/g,
    replace: '$1expanded:`true`,',
  },
  {
    why: "a webhook's sample panel offers only its payload; offer its x-codeSamples too, as operations do",
    find: /samples:\w+\.isWebhook\?\w+:(\w+),/g,
    replace: 'samples:$1,',
  },
  {
    why:
      "a webhook's sample panel is pinned to the payload; let it follow the reader's choice of tab (it still " +
      'opens on the payload: its first tab, since event samples have labels of their own)',
    find: /(\w)=(\w+)\.isWebhook\?`payload`:(\w+)\|\|`curl`,/g,
    replace: '$1=$3||`curl`,',
  },
];

/** Applies every patch to the built page; throws when one does not match exactly once. */
export function patchPage(html: string): string {
  let patched = html;
  for (const patch of PAGE_PATCHES) {
    const matches = patched.match(patch.find)?.length ?? 0;
    if (matches !== 1) {
      throw new Error(
        `docs: a page patch matched ${matches} times instead of once (${patch.why}). ` +
          'The Redoc bundled with @redocly/cli changed: check scripts/docs/patch-page.ts against it.',
      );
    }
    patched = patched.replace(patch.find, patch.replace);
  }
  return patched;
}

/**
 * Every remote resource the page's markup and styles would load by themselves: `src` / `href` of
 * scripts, styles, images and frames, `url(...)` and `@import` in CSS. Links a reader clicks are fine.
 * What the scripts request at run time is checked in a browser (test/docs/docs-page.test.ts).
 */
export function remoteResources(html: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /<(?:script|img|iframe|source|audio|video)\b[^>]*\ssrc=["']?(https?:)?\/\/[^"'\s>]+/gi,
    /<link\b[^>]*\shref=["']?(https?:)?\/\/[^"'\s>]+/gi,
    /url\(\s*["']?(?:https?:)?\/\/[^)"']+/gi,
    /@import\s+["'](?:https?:)?\/\/[^"']+/gi,
  ];
  for (const pattern of patterns) for (const match of html.matchAll(pattern)) found.add(match[0]);
  return [...found];
}
