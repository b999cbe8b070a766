import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { READ_ROUTES } from './routes.ts';

test('docs/api.md documents every API route', () => {
  const doc = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8');
  const routes = [...Object.keys(READ_ROUTES), 'GET /api/info', 'GET /api/version-stream', 'POST /api/ingest'];
  for (const r of routes) assert.ok(doc.includes('`' + r), `docs/api.md lacks ${r}`);
});
