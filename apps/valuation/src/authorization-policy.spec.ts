import { createLogger } from '@app/logging';
import { policyDrift, providerClasses, resolverHandlers } from '@app/testing';
import { ValuationAppModule } from '@valuation/app.module.js';
import { loadValuationConfig } from '@valuation/valuation.config.js';

/**
 * The authorization matrix (AUTHORIZATION_POLICY in @app/testing) against this app's code:
 * the resolvers are found the way Nest finds them (every provider of the app module tree)
 * and their @Roles / @Public read from the same metadata RolesGuard reads.
 */
describe('valuation authorization policy', () => {
  const config = loadValuationConfig({ ...process.env, DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused' });
  const handlers = resolverHandlers(
    providerClasses(ValuationAppModule.forRoot(config, createLogger('test', 'silent'))),
  );

  it('finds the resolvers (control: an empty scan would pass the check below)', () => {
    expect(handlers.filter((h) => h.kind === 'root').length).toBeGreaterThan(5);
    expect(handlers.map((h) => h.key)).toEqual(expect.arrayContaining(['Query.valuation', '_entities.IpAsset']));
  });

  it('every query, mutation, field and reference resolver has exactly the roles its policy entry allows', () => {
    expect(policyDrift('valuation', handlers)).toEqual([]);
  });
});
