// Mozilla's add-on linter (web-ext lint, i.e. addons-linter) on the Firefox build, as addons.mozilla.org runs it.
// Run through web-ext's API rather than its command line, which would check the network for a newer web-ext.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import webExt from 'web-ext';

/**
 * React's own DOM code assigns innerHTML for `dangerouslySetInnerHTML` (which this project never uses); reviewers
 * accept that. Any other warning, or any error, is a finding.
 */
function isReactInnerHtml(message, sourceDir) {
  if (message.code !== 'UNSAFE_VAR_ASSIGNMENT' || !message.file || !message.line) return false;
  const line = readFileSync(join(sourceDir, message.file), 'utf8').split('\n')[message.line - 1] ?? '';
  const around = line.slice(Math.max(0, (message.column ?? 0) - 300), (message.column ?? 0) + 50);
  return around.includes('dangerouslySetInnerHTML') && /\.innerHTML=/.test(around);
}

/** Lints the built add-on in sourceDir; returns the findings that block a release (errors, and warnings but React's). */
export async function lintFirefox(sourceDir) {
  const result = await webExt.cmd.lint({ sourceDir, output: 'none' }, { shouldExitProgram: false });
  const findings = [...result.errors, ...result.warnings.filter((m) => !isReactInnerHtml(m, sourceDir))];
  return {
    summary: result.summary,
    findings: findings.map((m) => `${m.type} ${m.code} in ${m.file ?? 'the package'}: ${m.message}`),
  };
}
