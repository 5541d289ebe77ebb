import { matchPath } from '@web/router/router';
import { findRoute, navFor, ROUTES } from '@web/routes';

describe('console routes', () => {
  it.each([
    ['/applications/:id', '/applications/42', { id: '42' }],
    ['/applications/:id', '/applications/a%20b', { id: 'a b' }],
    ['/patents', '/patents/', {}],
    ['/applications/:id', '/applications', null],
    ['/applications/:id', '/applications/42/extra', null],
    ['/patents', '/listings', null],
    ['/a/:id', '/a/%E0%A4%A', null],
  ])('%s against %s', (pattern, path, params) => {
    expect(matchPath(pattern, path)).toEqual(params);
  });

  it('finds the page for an address and its parameters', () => {
    expect(findRoute('/patents')?.route.path).toBe('/patents');
    expect(findRoute('/no-such-page')).toBeNull();
  });

  it('shows each role its own pages and the public ones', () => {
    const sme = navFor(['SME']).map((i) => i.path);
    const bank = navFor(['BANK']).map((i) => i.path);
    expect(sme).toContain('/patents');
    expect(sme).not.toContain('/listings');
    expect(bank).toContain('/listings');
    expect(bank).not.toContain('/patents');
    const publicPaths = ROUTES.filter((r) => r.roles === 'public' && r.nav !== undefined).map((r) => r.path);
    expect(navFor([]).map((i) => i.path)).toEqual(publicPaths);
  });

  it('has one page per address', () => {
    const paths = ROUTES.map((r) => r.path);
    expect(new Set(paths).size).toBe(paths.length);
  });
});
