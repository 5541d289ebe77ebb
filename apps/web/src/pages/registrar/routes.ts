import type { RouteDef } from '@web/routes/route';

export const REGISTRAR_ROUTES: readonly RouteDef[] = [];
