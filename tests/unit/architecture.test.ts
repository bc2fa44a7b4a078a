// The layers of lib/ (docs/architecture.md), checked on every file so the picture stays true.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const filesUnder = (dir: string): string[] =>
  readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(root, path)).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
const source = (file: string) =>
  readFileSync(join(root, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
const imports = (file: string) => [...source(file).matchAll(/\bfrom\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
const shipped = (dir: string) => filesUnder(dir).filter((f) => !/\.test\.tsx?$/.test(f));

describe('architecture', () => {
  it.each(shipped('lib/core'))('%s is pure: no Dexie, no extension APIs, no page', (file) => {
    const text = source(file);
    const bad = imports(file).filter((spec) =>
      /^(?:dexie|dexie-react-hooks|wxt\/browser|webextension-polyfill|@wxt-dev\/storage|react)|^@\/lib\/(?:data|platform|background|content)\b|^@\/components\b/.test(
        spec,
      ),
    );
    expect(bad, 'imports').toEqual([]);
    expect(text.match(/\b(?:document|window|browser|chrome)\s*[.[]/g) ?? [], 'globals').toEqual([]);
  });

  it.each(shipped('lib/data'))('%s (data) reaches no browser API and no page', (file) => {
    const bad = imports(file).filter((spec) => /^@\/lib\/(?:background|content)\b|^@\/components\b|^react/.test(spec));
    expect(bad).toEqual([]);
  });

  it.each(shipped('lib/content'))('%s (content script) carries no zod, React or Dexie', (file) => {
    const bad = imports(file).filter((spec) => /^(?:zod|react|dexie)|^@\/lib\/(?:data|background)\b/.test(spec));
    expect(bad).toEqual([]);
  });

  it('no file under lib/ sits outside a layer', () => {
    const loose = filesUnder('lib').filter(
      (f) => !/^lib\/(?:core|data|platform|background|content)\//.test(relative(root, join(root, f))),
    );
    expect(loose).toEqual([]);
  });

  it('the built content script carries neither zod nor React, and stays within 40 KB gzipped', () => {
    const built = join(root, '.output/chrome-mv3/content-scripts/webmail.js');
    let code: string;
    try {
      code = readFileSync(built, 'utf8');
    } catch {
      console.log('architecture: no build in .output yet; `npm run test:build` checks the bundle');
      return;
    }
    expect(code).not.toMatch(/\$ZodType|ZodError|_zod\b/);
    expect(code).not.toMatch(/react\.development|__REACT_DEVTOOLS|react-dom/);
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(40 * 1024);
  });
});
