import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { precompressDir } from '@app/static-assets';

const WEB_DIR = fileURLToPath(new URL('../web/', import.meta.url));

/** The last step of `npm run build`: brotli and gzip variants of the console's files for the gateway. */
if (!existsSync(WEB_DIR)) throw new Error(`${WEB_DIR} does not exist: run vite build first`);
const files = precompressDir(WEB_DIR);
const sum = (key: 'bytes' | 'br' | 'gzip') => files.reduce((total, f) => total + (f[key] ?? f.bytes), 0);
process.stdout.write(
  `web console: ${files.length} files, ${sum('bytes')} B -> brotli ${sum('br')} B, gzip ${sum('gzip')} B\n`,
);
