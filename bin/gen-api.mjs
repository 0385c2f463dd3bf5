#!/usr/bin/env node
// npm run gen:api: writes src/web/api/schema.d.ts from the live OpenAPI document (see src/api/openapi-types.ts).
import { writeFileSync } from 'node:fs';
import { register } from 'tsx/esm/api';

register();
const { generateApiTypes, SCHEMA_TYPES_FILE } = await import('../src/api/openapi-types.ts');
writeFileSync(SCHEMA_TYPES_FILE, await generateApiTypes());
console.log(`wrote ${SCHEMA_TYPES_FILE}`);
