// `npm run schema`: writes docs/profile-export.schema.json from the zod schemas (a test keeps it in sync).
import { writeFileSync } from 'node:fs';
import { exportJsonSchema } from './format';

export const SCHEMA_FILE = 'docs/profile-export.schema.json';
export const schemaText = () => `${JSON.stringify(exportJsonSchema(), null, 2)}\n`;

if (process.argv[1]?.endsWith('write-schema.ts')) {
  writeFileSync(SCHEMA_FILE, schemaText());
  console.log(`wrote ${SCHEMA_FILE}`);
}
