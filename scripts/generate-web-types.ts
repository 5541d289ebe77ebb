import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runMain } from '@app/platform';
import { generateWebTypes } from '@app/web-codegen';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** `npm run codegen:web`: rewrites apps/web/schema.graphql and apps/web/src/gql/ (committed) where they changed. */
runMain(async () => {
  for (const [path, content] of await generateWebTypes(ROOT.replace(/\/$/, ''))) {
    const file = join(ROOT, path);
    // Unchanged files keep their mtime, so the e2e setup does not call dist/web stale.
    if (existsSync(file) && readFileSync(file, 'utf8') === content) continue;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
    process.stdout.write(`wrote ${path}\n`);
  }
});
