/**
 * Generates the web client's TypeScript types (src/web/api/schema.d.ts) from the live OpenAPI
 * document: the app is built on an empty in-memory store and asked for its document, so the types
 * are exactly what the routes declare. `npm run gen:api` writes the file; a test fails when the
 * committed file differs from what this produces (run `npm run gen:api` and commit the result).
 */
import { resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { openPglite } from '../store/db.ts';
import { migrate } from '../store/migrate.ts';
import { buildApp } from './app.ts';

export const SCHEMA_TYPES_FILE = resolve(import.meta.dirname, '../web/api/schema.d.ts');

const HEADER = `/**
 * Types of the PURL Ledger REST API, generated from /openapi.json by \`npm run gen:api\`.
 * Do not edit by hand: a test checks that this file matches the live document.
 */
`;

export async function liveOpenApiDocument(): Promise<Record<string, unknown>> {
  const db = await openPglite();
  try {
    await migrate(db);
    const app = await buildApp({ db });
    const doc = app.swagger() as unknown as Record<string, unknown>;
    await app.close();
    return JSON.parse(JSON.stringify(doc)) as Record<string, unknown>;
  } finally {
    await db.close();
  }
}

export async function generateApiTypes(): Promise<string> {
  const doc = await liveOpenApiDocument();
  const ast = await openapiTS(doc as never, { alphabetize: true });
  return HEADER + astToString(ast);
}
