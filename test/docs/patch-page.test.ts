import { describe, expect, it } from 'vitest';
import { patchPage, remoteResources } from '../../scripts/docs/patch-page.js';

/** The pieces of Redoc 3.0.1's bundle that the patches change, as they appear in the built page. */
const REDOC_PIECES = [
  'src:e?`https://cdn.redoc.ly/redoc/logo-mini-full.svg`:`https://cdn.redoc.ly/redoc/logo-mini.svg`})',
  'n.push({type:`group`,label:d,link:i,routeSlug:i,items:f,...iV(u)})',
  '(0,V.jsx)(II,{activeTab:ee,samples:e.isWebhook?VI:D,onChange:ue})',
  'let[{activeLanguage:n,languages:r},i]=eh(sS),a=e.isWebhook?`payload`:n||`curl`,o=e.definitionSamples',
];

describe('patchPage', () => {
  it('replaces the CDN logo, opens the sidebar groups and lets webhook panels show their samples', () => {
    const patched = patchPage(REDOC_PIECES.join('\n'));
    expect(patched).not.toContain('cdn.redoc.ly');
    expect(patched).toContain('src:e?`data:image/svg+xml,');
    expect(patched).toContain('items:f,expanded:`true`,...iV(u)');
    expect(patched).toContain('samples:D,onChange');
    expect(patched).toContain('a=n||`curl`,o=');
  });

  it('stops the build when Redoc changed and a patch no longer applies', () => {
    for (const missing of REDOC_PIECES) {
      const page = REDOC_PIECES.filter((piece) => piece !== missing).join('\n');
      expect(() => patchPage(page)).toThrow(/matched 0 times instead of once/);
    }
    expect(() => patchPage([...REDOC_PIECES, REDOC_PIECES[2]].join('\n'))).toThrow(/matched 2 times instead of once/);
  });
});

describe('remoteResources', () => {
  it('finds scripts, styles, images, fonts and imports loaded from elsewhere', () => {
    const page = [
      '<script type="module" src="https://cdn.example.com/redoc.js"></script>',
      '<link rel="stylesheet" href="//fonts.example.com/css">',
      '<img alt="logo" src="https://cdn.example.com/logo.svg">',
      '<style>@font-face{src:url(https://fonts.example.com/a.woff2)} @import "https://cdn.example.com/x.css";</style>',
    ].join('\n');
    expect(remoteResources(page)).toHaveLength(5);
  });

  it('accepts inline and local resources, and links a reader follows', () => {
    const page = [
      '<link rel="icon" href="data:,">',
      '<script type="module">hydrate()</script>',
      "<style>@font-face{src:url('data:application/font-woff;base64,AAAA')}</style>",
      '<img src="openapi.svg"><a href="https://redocly.com/redoc/">Redocly</a>',
    ].join('\n');
    expect(remoteResources(page)).toEqual([]);
  });
});
