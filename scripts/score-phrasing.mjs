// `npm run score:phrasing -- sentences.json [--misses]`: scores the analyzer on a labelled sentence set.
// The file holds [{ text, label: 'weak' | 'ok', kind: 'letter' | 'request' | 'outreach' }]. A sentence counts as
// flagged when analyze(text, { kind }) gives it a span hint of severity warning or error (the rule the
// webmail underline follows). Prints recall and false-flag rate overall and per kind.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createJiti } from 'jiti';

const root = resolve(import.meta.dirname, '..');
const jiti = createJiti(import.meta.url, { alias: { '@': root } });
const { scoreSet, formatScore } = await jiti.import(resolve(root, 'lib/core/phrasing/score.ts'));
// The rules' words come from the locale catalog, as in the extension and the unit tests.
const { catalogLookup } = await jiti.import(resolve(root, 'lib/core/phrasing/locale.ts'));
const { setMessageLookup } = await jiti.import(resolve(root, 'lib/core/phrasing/text-source.ts'));
setMessageLookup(catalogLookup());
const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  console.error('usage: npm run score:phrasing -- sentences.json [--misses]');
  process.exit(2);
}
for (const file of files) {
  const set = JSON.parse(readFileSync(file, 'utf8'));
  const score = scoreSet(set);
  console.log(`${file}\n${formatScore(score)}`);
  if (process.argv.includes('--misses')) {
    for (const s of score.missed) console.log(`  MISS  [${s.kind}] ${s.text}`);
    for (const s of score.falseFlags) console.log(`  FALSE [${s.kind}] ${s.text}  <- ${s.rules.join(', ')}`);
  }
}
