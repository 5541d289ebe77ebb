import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEV_GATEWAY_SHARED_SECRET } from '@app/config';
import { ensureDatabaseExists } from '@app/database';
import { runMain } from '@app/platform';
import {
  APPS,
  composeSupergraph,
  fetchSubgraphSdl,
  freePort,
  runNode,
  spawnNode,
  SUPERGRAPH_PLACEHOLDER_URLS,
  waitForHttp,
} from '@app/stack';

import { scratchDatabase } from './database.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SUBGRAPHS = ['valuation', 'pledge-registry'] as const;

/**
 * `npm run compose`: boots each subgraph against a scratch database, reads its
 * federation SDL, composes the supergraph in JS and writes apps/gateway/supergraph.graphql
 * plus each subgraph's schema.graphql (committed, so reviews show API changes).
 */
runMain(async () => {
  const db = await scratchDatabase('ipfin_compose');
  const stops: (() => Promise<void>)[] = [];
  try {
    await ensureDatabaseExists(db.url);
    const sdls = [];
    for (const app of SUBGRAPHS) {
      const port = await freePort();
      const env = {
        ...process.env,
        DATABASE_URL: db.url,
        [APPS[app].portVariable]: String(port),
        GATEWAY_SHARED_SECRET: DEV_GATEWAY_SHARED_SECRET,
        LOG_LEVEL: 'warn',
      };
      await runNode(join(ROOT, APPS[app].cli as string), ['migrate'], env);
      const proc = spawnNode(app, join(ROOT, APPS[app].main), [], env);
      stops.push(() => proc.stop());
      await waitForHttp(`http://127.0.0.1:${port}/health/ready`, 60000, () =>
        proc.exitCode() === null ? null : `${app} exited:\n${proc.output()}`,
      );
      const sdl = await fetchSubgraphSdl(`http://127.0.0.1:${port}/graphql`, DEV_GATEWAY_SHARED_SECRET);
      writeFileSync(join(ROOT, 'apps', app, 'schema.graphql'), sdl.endsWith('\n') ? sdl : `${sdl}\n`);
      sdls.push({ name: app, url: SUPERGRAPH_PLACEHOLDER_URLS[app] as string, sdl });
    }
    writeFileSync(join(ROOT, 'apps', 'gateway', 'supergraph.graphql'), `${composeSupergraph(sdls)}\n`);
    process.stdout.write('wrote apps/gateway/supergraph.graphql\n');
  } finally {
    for (const stop of stops) await stop();
    await db.stop();
  }
});
