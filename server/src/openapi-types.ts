import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import prettier from 'prettier';
import { buildApp } from './app.js';
import { openDeps } from './bootstrap.js';
import { loadConfig } from './config.js';

/** Where the web app's API types live, relative to the repository root. */
export const OPENAPI_TYPES_FILE = 'web/src/api/generated/openapi.d.ts';

const HEADER = `// Generated from the server's OpenAPI document (zod route schemas) by \`npm run api:types\`.
// Do not edit: change the route schema, then regenerate. A unit test fails while this file is stale.
`;

/**
 * The TypeScript of the server's OpenAPI document, Prettier-formatted as checked in. The app is built over
 * an empty SQLite database in a temporary folder and never listens: only its route schemas are read.
 */
export async function openApiTypes(root: string): Promise<string> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-openapi-'));
  const config = loadConfig({
    FAZHI_DATA_DIR: dataDir,
    FAZHI_LOG_LEVEL: 'silent',
    FAZHI_SECRET_KEY: 'a1'.repeat(32),
    FAZHI_DEMO: '0',
  });
  const deps = await openDeps({ config });
  try {
    const app = await buildApp(deps, { logger: false });
    await app.ready();
    const document = app.swagger() as unknown as OpenAPI3;
    await app.close();
    const text = HEADER + astToString(await openapiTS(document));
    const file = path.join(root, OPENAPI_TYPES_FILE);
    const options = await prettier.resolveConfig(file);
    return await prettier.format(text, { ...options, filepath: file });
  } finally {
    await deps.db.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
