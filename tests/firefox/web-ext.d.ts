// The part of web-ext's programmatic API the tests and scripts use (the package ships no types).
declare module 'web-ext' {
  interface LintMessage {
    type: string;
    code: string;
    message: string;
    file?: string;
    line?: number;
    column?: number;
  }
  const webExt: {
    cmd: {
      build(
        params: { sourceDir: string; artifactsDir: string; overwriteDest?: boolean; filename?: string },
        options?: { shouldExitProgram?: boolean },
      ): Promise<{ extensionPath: string }>;
      lint(
        params: { sourceDir: string; output?: 'none' | 'json' | 'text' },
        options?: { shouldExitProgram?: boolean },
      ): Promise<{
        summary: { errors: number; warnings: number; notices: number };
        errors: LintMessage[];
        warnings: LintMessage[];
      }>;
    };
  };
  export default webExt;
}
