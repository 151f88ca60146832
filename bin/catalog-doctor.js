#!/usr/bin/env node
// Entry point for `npx catalog-doctor`: runs the built CLI (npm install builds it via `prepare`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../out/node/cli.js', import.meta.url));
if (!existsSync(cli)) {
  process.stderr.write('catalog-doctor: not built yet; run "npm run build" in the project folder\n');
  process.exit(2);
}
await import(cli);
