import { lazyPage, type RouteDef } from '@web/routes/route';

export const BANK_ROUTES: readonly RouteDef[] = [
  {
    path: '/listings',
    roles: ['BANK'],
    nav: 'Open listings',
    page: lazyPage(() => import('@web/pages/bank/listings/OpenListingsPage'), 'OpenListingsPage'),
  },
];
