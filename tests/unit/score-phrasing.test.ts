import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// `npm run score:phrasing` is how the README's figures are measured: it must score with the rules' words installed
// from the locale catalog, as the extension does (it once scored without them and reported half the recall).
describe('score:phrasing script', () => {
  it('catches weak sentences whose words live only in the lexicons, and passes clean ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'score-'));
    const file = join(dir, 'set.json');
    writeFileSync(
      file,
      JSON.stringify([
        { text: 'I have no reason to think she would not succeed in residency.', label: 'weak', kind: 'letter' },
        { text: 'Please mention that I am hardworking, punctual and a team player.', label: 'weak', kind: 'request' },
        { text: 'She ranked first of 40 students on our service and led two codes.', label: 'ok', kind: 'letter' },
      ]),
    );
    const out = execFileSync('node', ['scripts/score-phrasing.mjs', file], { encoding: 'utf8' });
    expect(out).toMatch(/all\s+recall 1\.000 \(2\/2\)\s+false flags 0\.000 \(0\/1\)/);
  });
});
