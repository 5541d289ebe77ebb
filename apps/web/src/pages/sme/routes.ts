import { lazyPage, type RouteDef } from '@web/routes/route';

export const SME_ROUTES: readonly RouteDef[] = [
  {
    path: '/patents',
    roles: ['SME'],
    nav: 'My patents',
    page: lazyPage(() => import('@web/pages/sme/MyPatentsPage'), 'MyPatentsPage'),
  },
];
