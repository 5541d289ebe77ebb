import pg from 'pg';

/**
 * A pg client that never turns a connection error into an uncaught exception. pg emits
 * 'error' on a client whose connection fails while no query is running; the pool listens
 * only while the client is idle and TypeORM only while a query runner holds it, so a
 * session the server terminates (pg_terminate_backend, a restart) in between crashed the
 * whole subgraph (seen in the crash-safety e2e under load). The error still reaches the
 * pool and TypeORM through their own listeners, which discard the connection; this one
 * only keeps the process alive.
 */
export class GuardedPgClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    this.on('error', () => undefined);
  }
}
