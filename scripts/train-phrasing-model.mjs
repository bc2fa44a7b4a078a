// `npm run train:phrasing`: trains the sentence model on the development set (tests/phrasing/dev-sets.ts) and
// writes lib/core/phrasing/model/weights.json, which the locale catalog carries (model_<kind>). Deterministic:
// the same sentences give the same file (a unit test checks the committed file is up to date).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createJiti } from 'jiti';

const root = resolve(import.meta.dirname, '..');
const jiti = createJiti(import.meta.url, { alias: { '@': root } });
const { DEV_SET, NEUTRAL_SET } = await jiti.import(resolve(root, 'tests/phrasing/dev-sets.ts'));
const { trainAll } = await jiti.import(resolve(root, 'lib/core/phrasing/model/train.ts'));
const started = performance.now();
const models = trainAll([...DEV_SET, ...NEUTRAL_SET]);
const out = resolve(root, 'lib/core/phrasing/model/weights.json');
writeFileSync(out, `${JSON.stringify(models, null, 2)}\n`);
for (const [kind, source] of Object.entries(models))
  console.log(`${kind}: ${source.split(';').length} features, ${(source.length / 1024).toFixed(1)} KB`);
console.log(
  `trained on ${DEV_SET.length + NEUTRAL_SET.length} sentences in ${((performance.now() - started) / 1000).toFixed(1)} s -> ${out}`,
);
