export { startEmbeddedPostgres } from './embedded-postgres.js';
export type { EmbeddedDatabase, EmbeddedPostgresOptions } from './embedded-postgres.js';
export { startPlatform, APPS } from './platform.js';
export type { Platform, PlatformOptions, AppName } from './platform.js';
export { freePort, waitForHttp } from './net.js';
export { runNode, spawnNode } from './processes.js';
export type { RunningProcess } from './processes.js';
export { composeSupergraph, fetchSubgraphSdl, SUPERGRAPH_PLACEHOLDER_URLS } from './supergraph.js';
export type { SubgraphSdl } from './supergraph.js';
