#!/usr/bin/env node
// `npx fazhi <command>` — runs the compiled CLI; the server must have been built (`npm run build`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
if (!existsSync(entry)) {
  console.error('fazhi: 尚未构建服务端，请先运行 `npm run build`（或 `npm start`）。');
  process.exit(2);
}
await import(entry);
