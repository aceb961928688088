// `npm run api:types`: regenerates the web app's API types from the server's OpenAPI document.
import fs from 'node:fs';
import path from 'node:path';
import { OPENAPI_TYPES_FILE, openApiTypes } from '../server/src/openapi-types.js';

const root = path.resolve(import.meta.dirname, '..');
const file = path.join(root, OPENAPI_TYPES_FILE);
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, await openApiTypes(root));
console.log(`wrote ${OPENAPI_TYPES_FILE}`);
