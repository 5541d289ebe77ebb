import { BANK_ROUTES } from '@web/pages/bank/routes';
import { PROGRAM_ROUTES } from '@web/pages/program/routes';
import { PUBLIC_ROUTES } from '@web/pages/public/routes';
import { REGISTRAR_ROUTES } from '@web/pages/registrar/routes';
import { SME_ROUTES } from '@web/pages/sme/routes';
import { matchPath, type RouteParams } from '@web/router/router';
import type { RouteDef } from '@web/routes/route';

/** Every page of the console; each area keeps its own list in pages/<area>/routes.ts. */
export const ROUTES: readonly RouteDef[] = [
  ...SME_ROUTES,
  ...BANK_ROUTES,
  ...REGISTRAR_ROUTES,
  ...PROGRAM_ROUTES,
  ...PUBLIC_ROUTES,
];

export function findRoute(
  path: string,
  routes: readonly RouteDef[] = ROUTES,
): { route: RouteDef; params: RouteParams } | null {
  for (const route of routes) {
    const params = matchPath(route.path, path);
    if (params !== null) return { route, params };
  }
  return null;
}

export function mayOpen(route: RouteDef, roles: readonly string[]): boolean {
  return route.roles === 'public' || route.roles.some((role) => roles.includes(role));
}

export interface NavItem {
  path: string;
  label: string;
}

/** The navigation for a user: the public pages and those of their roles that carry a label, in order. */
export function navFor(roles: readonly string[], routes: readonly RouteDef[] = ROUTES): NavItem[] {
  return routes.filter((r) => r.nav !== undefined && mayOpen(r, roles)).map((r) => ({ path: r.path, label: r.nav! }));
}

/**
 * Fetches the chunks of a user's pages while the browser is idle, so following a link renders
 * at once rather than after a round trip and a loading fallback.
 */
export function prefetchPagesOf(roles: readonly string[], routes: readonly RouteDef[] = ROUTES): void {
  const prefetch = (): void => {
    for (const route of routes) {
      if (route.nav !== undefined && mayOpen(route, roles)) void route.page.load().catch(() => undefined);
    }
  };
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(prefetch);
  else window.setTimeout(prefetch, 200);
}
