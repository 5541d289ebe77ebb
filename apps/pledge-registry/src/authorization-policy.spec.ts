import { createLogger } from '@app/logging';
import { policyDrift, providerClasses, resolverHandlers } from '@app/testing';
import { RegistryAppModule } from '@registry/app.module.js';
import { loadRegistryConfig } from '@registry/registry.config.js';

/**
 * The authorization matrix (AUTHORIZATION_POLICY in @app/testing) against this app's code:
 * the resolvers are found the way Nest finds them (every provider of the app module tree)
 * and their @Roles / @Public read from the same metadata RolesGuard reads.
 */
describe('pledge-registry authorization policy', () => {
  const config = loadRegistryConfig({ ...process.env, DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused' });
  const handlers = resolverHandlers(providerClasses(RegistryAppModule.forRoot(config, createLogger('test', 'silent'))));

  it('finds the resolvers (control: an empty scan would pass the check below)', () => {
    expect(handlers.filter((h) => h.kind === 'root').length).toBeGreaterThan(100);
    expect(handlers.map((h) => h.key)).toEqual(expect.arrayContaining(['Query.ipAsset', '_entities.IpAsset']));
  });

  it('every query, mutation, field and reference resolver has exactly the roles its policy entry allows', () => {
    expect(policyDrift('pledge-registry', handlers)).toEqual([]);
  });
});
