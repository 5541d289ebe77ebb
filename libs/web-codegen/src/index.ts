import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { preset as clientPreset } from '@graphql-codegen/client-preset';
import { sortSDL, transformSupergraphToPublicSchema } from '@theguild/federation-composition';
import { parse, print } from 'graphql';

/** Where the console's public schema and generated documents live (committed). */
export const WEB_SCHEMA_FILE = 'apps/web/schema.graphql';
export const WEB_GQL_DIR = 'apps/web/src/gql/';
const SUPERGRAPH_FILE = 'apps/gateway/supergraph.graphql';

/** The schema clients see: the committed supergraph without its federation machinery. */
export function publicSchemaSdl(rootDir: string): string {
  const supergraph = parse(readFileSync(join(rootDir, SUPERGRAPH_FILE), 'utf8'));
  return `${print(sortSDL(transformSupergraphToPublicSchema(supergraph)))}\n`;
}

/**
 * The files the console's typed documents come from: the public schema, then
 * @graphql-codegen's client preset over every `graphql(...)` call in apps/web/src.
 * Returns path (relative to rootDir) -> content; writes nothing.
 */
export async function generateWebTypes(rootDir: string): Promise<Map<string, string>> {
  const schema = publicSchemaSdl(rootDir);
  const outputs = (await generate(
    {
      cwd: rootDir,
      silent: true,
      schema,
      documents: ['apps/web/src/**/*.tsx', 'apps/web/src/**/*.ts', '!apps/web/src/gql/**', '!**/*.spec.*'],
      ignoreNoDocuments: true,
      generates: {
        [WEB_GQL_DIR]: {
          // The preset object, not its name: codegen's loader by name does not work inside Jest.
          preset: clientPreset,
          presetConfig: { fragmentMasking: false },
          config: {
            enumsAsTypes: true,
            useTypeImports: true,
            // Money and dates travel as strings; the console never turns money into a float.
            scalars: { Decimal: 'string', DateTime: 'string', LocalDate: 'string', JSON: 'unknown' },
          },
        },
      },
    },
    false,
  )) as { filename: string; content: string }[];
  const files = new Map<string, string>([[WEB_SCHEMA_FILE, schema]]);
  for (const output of outputs) files.set(output.filename.replace(`${rootDir}/`, ''), output.content);
  return files;
}
