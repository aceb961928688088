import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPENAPI_TYPES_FILE, openApiTypes } from './openapi-types.js';

const root = path.resolve(import.meta.dirname, '../..');

describe('the web API types', () => {
  it(`${OPENAPI_TYPES_FILE} matches the route schemas (run \`npm run api:types\` after changing one)`, async () => {
    const checkedIn = fs.readFileSync(path.join(root, OPENAPI_TYPES_FILE), 'utf8');
    expect(checkedIn).toBe(await openApiTypes(root));
  }, 60_000);
});
