import { createJiti } from 'jiti';

const jiti = createJiti(import.meta.url, { alias: { '@': '/work/main' } });
const { catalogLookup } = await jiti.import('/work/main/lib/core/phrasing/locale.ts');
const { setMessageLookup } = await jiti.import('/work/main/lib/core/phrasing/text-source.ts');
setMessageLookup(catalogLookup());
const { analyze, RULES } = await jiti.import('/work/main/lib/core/phrasing/index.ts');
const src = (await import('node:fs')).readFileSync('/work/main/bench/phrasing.bench.ts', 'utf8');
const paras = [...src.matchAll(/^ {2}'(.*)',$/gm)].map((m) => m[1].replace(/\\'/g, "'"));
let text = '';
let words = 0;
for (let i = 0; words < 10000; i++) {
  const p = paras[i % paras.length];
  text += p + '\n\n';
  words += p.split(/\s+/).length;
}
const med = (f, n = 21) => {
  for (let i = 0; i < 3; i++) f();
  const s = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    f();
    s.push(performance.now() - t);
  }
  s.sort((a, b) => a - b);
  return s[n >> 1];
};
console.log(
  'analyze 10k',
  med(() => analyze(text, { kind: 'letter' })).toFixed(2),
  'ms',
  analyze(text, { kind: 'letter' }).length,
  'hints',
);
const lower = text.toLowerCase();
const rows = RULES.filter((r) => r.scope === 'span' && r.kinds.includes('letter')).map((r) => {
  const re = new RegExp(`\\b(?=[a-z0-9])(?:${r.pattern})`, 'g');
  return [
    r.id,
    med(() => {
      re.lastIndex = 0;
      while (re.exec(lower));
    }, 9),
  ];
});
rows.sort((a, b) => b[1] - a[1]);
console.log(
  rows
    .slice(0, 12)
    .map(([id, t]) => `${id} ${t.toFixed(2)}`)
    .join('\n'),
);
