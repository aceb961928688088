// `npm run docs:workflows`: regenerates the state diagrams in docs/workflows/ from the transition tables.
import fs from 'node:fs';
import path from 'node:path';
import { WORKFLOW_DOCS_DIR, workflowDocs } from '../server/src/workflows.js';

const dir = path.resolve(import.meta.dirname, '..', WORKFLOW_DOCS_DIR);
fs.mkdirSync(dir, { recursive: true });
for (const { file, text } of workflowDocs()) {
  fs.writeFileSync(path.join(dir, file), text);
  console.log(`wrote ${WORKFLOW_DOCS_DIR}/${file}`);
}
