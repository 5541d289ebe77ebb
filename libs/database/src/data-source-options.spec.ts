import { buildDataSourceOptions, databaseTuning, sessionOptions } from './data-source-options.js';

function settings(options: string): Record<string, string> {
  return Object.fromEntries([...options.matchAll(/-c (\w+)=((?:\\ |\S)+)/g)].map((m) => [m[1], m[2]]));
}

describe('subgraph session options', () => {
  it('bound every session by server-side timeouts, by default', () => {
    expect(settings(sessionOptions('registry'))).toEqual({
      search_path: 'registry,public',
      statement_timeout: '15000',
      lock_timeout: '5000',
      idle_in_transaction_session_timeout: '4000',
      client_connection_check_interval: '1000',
      tcp_keepalives_idle: '5',
      tcp_keepalives_interval: '2',
      tcp_keepalives_count: '3',
      default_transaction_isolation: 'read\\ committed',
    });
  });

  it('take the DATABASE_* configuration', () => {
    const tuning = databaseTuning({
      DATABASE_POOL_SIZE: 7,
      DATABASE_STATEMENT_TIMEOUT_MS: 30000,
      DATABASE_LOCK_TIMEOUT_MS: 2000,
      DATABASE_IDLE_TX_TIMEOUT_MS: 3000,
    });
    const options = buildDataSourceOptions({
      ...tuning,
      url: 'postgres://u@h/db',
      schema: 'valuation',
      entities: [],
      migrations: [],
      applicationName: 'valuation',
    });
    const extra = (options as { extra: { max: number; options: string } }).extra;
    expect(extra.max).toBe(7);
    expect(settings(extra.options)).toMatchObject({
      search_path: 'valuation,public',
      statement_timeout: '30000',
      lock_timeout: '2000',
      idle_in_transaction_session_timeout: '3000',
    });
  });
});
