/**
 * Proves the web client's types are the API's: src/web/api/schema.d.ts is exactly what
 * openapi-typescript makes of the live /openapi.json. When a route changes, this fails until
 * `npm run gen:api` is run and the file committed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateApiTypes, SCHEMA_TYPES_FILE } from '../src/api/openapi-types.ts';

describe('the typed web client', () => {
  it('matches the live OpenAPI document (run `npm run gen:api` after changing a route)', async () => {
    const live = await generateApiTypes();
    const committed = readFileSync(SCHEMA_TYPES_FILE, 'utf8');
    expect(committed === live, 'src/web/api/schema.d.ts is stale: run `npm run gen:api` and commit it').toBe(true);
  });
});
