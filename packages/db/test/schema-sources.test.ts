// One source of truth: each provider's schema is exactly what the shared models assemble to, and the
// committed migrations of each provider produce that schema (no drift between models, schemas, migrations).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assembleSchema, providers, schemaPath } from '../scripts/schema-files';
import { pendingSchemaChange } from '../src/migrate';
import { createTestDatabase, testProviders } from '../src/testing';

describe('schema sources', () => {
  it.each(providers)('the %s schema is generated from the shared models', (provider) => {
    expect(readFileSync(schemaPath(provider), 'utf8')).toBe(assembleSchema(provider));
  });
});

describe.each(await testProviders())('migrations on %s', (provider) => {
  it('apply on an empty database and leave nothing for a new migration to do', async () => {
    const database = await createTestDatabase(provider);
    try {
      expect(await pendingSchemaChange(database.url)).toBe('');
    } finally {
      await database.drop();
    }
  });
});
