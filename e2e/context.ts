import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the real server started by e2e/global-setup.ts, or '' when it is not running. */
    e2eBaseUrl: string;
    /** Chromium executable, or '' when none was found (every e2e suite then skips). */
    chromiumPath: string;
    /** Why the e2e server is not there (not built, failed to start), or ''. Every e2e test then fails with it. */
    e2eProblem: string;
  }
}

/** Wrap every e2e suite in `describe.skipIf(e2eSkipped())`; the global setup has printed why. */
export const e2eSkipped = (): boolean => !inject('chromiumPath');

/** What the e2e global setup hands to the test files; throws its problem so the tests fail with it. */
export function e2eEnv(): { baseUrl: string; chromiumPath: string } {
  const problem = inject('e2eProblem');
  if (problem) throw new Error(problem);
  return { baseUrl: inject('e2eBaseUrl'), chromiumPath: inject('chromiumPath') };
}
