import { lazyPage, type RouteDef } from '@web/routes/route';

export const PUBLIC_ROUTES: readonly RouteDef[] = [
  {
    path: '/register',
    roles: 'public',
    nav: 'Public register',
    page: lazyPage(() => import('@web/pages/public/PledgeRegisterPage'), 'PledgeRegisterPage'),
  },
];
