import { lazyPage, type RouteDef } from '@web/routes/route';

export const PROGRAM_ROUTES: readonly RouteDef[] = [
  {
    path: '/dashboard',
    roles: ['PROGRAM_STAFF'],
    nav: 'Dashboard',
    page: lazyPage(() => import('@web/pages/program/DashboardPage'), 'DashboardPage'),
  },
  {
    path: '/subsidies',
    roles: ['PROGRAM_STAFF'],
    nav: 'Subsidies',
    page: lazyPage(() => import('@web/pages/program/SubsidiesPage'), 'SubsidiesPage'),
  },
  {
    path: '/risk-fund',
    roles: ['PROGRAM_STAFF'],
    nav: 'Risk fund',
    page: lazyPage(() => import('@web/pages/program/RiskFundPage'), 'RiskFundPage'),
  },
];
