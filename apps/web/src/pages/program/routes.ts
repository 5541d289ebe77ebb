import type { RouteDef } from '@web/routes/route';

export const PROGRAM_ROUTES: readonly RouteDef[] = [];
