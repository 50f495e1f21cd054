/**
 * The README is the package's first page on the registry: it leads with what an installing user does, and
 * keeps what contributors run to its Contributing section.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const sections = [...readme.matchAll(/^## (.+)$/gm)].map((match) => ({ title: match[1]!, at: match.index }));
const contributing = sections.find((section) => section.title === 'Contributing');

describe('the README', () => {
  it('opens with installing the package, and ends with contributing', () => {
    expect(sections[0]?.title).toBe('Install');
    expect(contributing, 'a Contributing section').toBeDefined();
    expect(sections.indexOf(contributing!)).toBe(sections.length - 1);
  });

  it("keeps this repository's own commands to its Contributing section", () => {
    const forUsers = readme.slice(0, contributing!.at);
    // the quick start of a clone (install the lock file, lint the spec, regenerate) is for contributors only
    for (const command of [/^npm test\b/m, /^npm ci\b/m, 'npm run generate', 'npm run lint']) {
      expect(forUsers, String(command)).not.toMatch(command);
    }
    expect(readme.slice(contributing!.at)).toMatch(/^npm ci +# install exactly what package-lock\.json pins/m);
  });
});
