import { ConfigError, DEV_GATEWAY_SHARED_SECRET } from '@app/config';
import { loadGatewayConfig } from './gateway.config.js';

describe('gateway configuration', () => {
  it('boots with development defaults', () => {
    const config = loadGatewayConfig({});
    expect(config.GATEWAY_PORT).toBe(4000);
    expect(config.LOCAL_ISSUER_ENABLED).toBe(true);
  });

  it('refuses production with default secrets or the local issuer on the dev secret, naming each variable', () => {
    try {
      loadGatewayConfig({ NODE_ENV: 'production' });
      throw new Error('expected ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/GATEWAY_SHARED_SECRET/);
      expect(problems).toMatch(/JWT_SECRET/);
      expect(problems).toMatch(/LOCAL_ISSUER_ENABLED/);
    }
  });

  it('refuses the local issuer in production even with a private secret', () => {
    expect(() =>
      loadGatewayConfig({
        NODE_ENV: 'production',
        GATEWAY_SHARED_SECRET: 'p'.repeat(40),
        JWT_SECRET: 'q'.repeat(40),
        JWKS_URL: 'https://id.example.test/.well-known/jwks.json',
      }),
    ).toThrow(/LOCAL_ISSUER_ENABLED/);
  });

  it('accepts production with private secrets and a JWKS issuer', () => {
    const config = loadGatewayConfig({
      NODE_ENV: 'production',
      GATEWAY_SHARED_SECRET: 'p'.repeat(40),
      LOCAL_ISSUER_ENABLED: 'false',
      JWKS_URL: 'https://id.example.test/.well-known/jwks.json',
    });
    expect(config.GATEWAY_SHARED_SECRET).not.toBe(DEV_GATEWAY_SHARED_SECRET);
  });

  it('reports every malformed variable at once', () => {
    expect(() => loadGatewayConfig({ GATEWAY_PORT: 'abc', VALUATION_URL: 'not a url', JWT_SECRET: 'short' })).toThrow(
      /GATEWAY_PORT[\s\S]*VALUATION_URL[\s\S]*JWT_SECRET|GATEWAY_PORT[\s\S]*JWT_SECRET[\s\S]*VALUATION_URL/,
    );
  });
});
