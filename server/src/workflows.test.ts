import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORKFLOW_DOCS_DIR, workflowDocs } from './workflows.js';

const root = path.resolve(import.meta.dirname, '../..');

describe('workflow diagrams in docs/workflows', () => {
  it.each(workflowDocs().map((d) => [d.file, d.text]))(
    '%s matches its transition table (run `npm run docs:workflows` after changing a table)',
    (file, text) => {
      const checkedIn = fs.readFileSync(path.join(root, WORKFLOW_DOCS_DIR, file), 'utf8');
      expect(checkedIn).toBe(text);
    },
  );

  it('keeps no diagram of a workflow that no longer exists', () => {
    const files = fs
      .readdirSync(path.join(root, WORKFLOW_DOCS_DIR))
      .filter((f) => f.endsWith('.md') && f !== 'README.md');
    expect(files.sort()).toEqual(
      workflowDocs()
        .map((d) => d.file)
        .sort(),
    );
  });
});
