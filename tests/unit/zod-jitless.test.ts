import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const ENTRYPOINTS = resolve(import.meta.dirname, '../../entrypoints');

/** Entry files of the extension (a directory entrypoint's main.tsx, or a top-level file). */
function entryFiles(): string[] {
  return readdirSync(ENTRYPOINTS).flatMap((name) => {
    const path = join(ENTRYPOINTS, name);
    if (!statSync(path).isDirectory()) return [path];
    return readdirSync(path)
      .filter((file) => /^main\.tsx?$/.test(file))
      .map((file) => join(path, file));
  });
}

describe('zod runs without its Function-constructor compiler', () => {
  it('every entrypoint but the content script imports the jitless switch before anything else', () => {
    const files = entryFiles().filter((file) => !file.endsWith('.content.ts'));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const file of files) {
      const firstImport = readFileSync(file, 'utf8').match(/^import\s.*$/m)?.[0];
      expect(firstImport, file).toBe("import '@/lib/core/model/zod-jitless';");
    }
  });

  it('sets jitless, and schemas built afterwards still parse and reject', async () => {
    await import('@/lib/core/model/zod-jitless');
    expect(z.config().jitless).toBe(true);
    const schema = z.object({ name: z.string().min(1), due: z.iso.date().optional() });
    expect(schema.parse({ name: 'Dr. Lee', due: '2027-09-24' })).toEqual({ name: 'Dr. Lee', due: '2027-09-24' });
    expect(schema.safeParse({ name: '', due: '2027-02-31' }).success).toBe(false);
  });
});
