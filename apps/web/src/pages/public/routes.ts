import type { RouteDef } from '@web/routes/route';

export const PUBLIC_ROUTES: readonly RouteDef[] = [];
