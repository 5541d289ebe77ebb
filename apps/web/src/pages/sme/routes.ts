import { lazyPage, type RouteDef } from '@web/routes/route';

export const SME_ROUTES: readonly RouteDef[] = [
  {
    path: '/patents',
    roles: ['SME'],
    nav: 'My patents',
    page: lazyPage(() => import('@web/pages/sme/MyPatentsPage'), 'MyPatentsPage'),
  },
  {
    path: '/patents/:id',
    roles: ['SME'],
    page: lazyPage(() => import('@web/pages/sme/PatentDetailPage'), 'PatentDetailPage'),
  },
  {
    path: '/financing',
    roles: ['SME'],
    nav: 'Financing',
    page: lazyPage(() => import('@web/pages/sme/FinancingPage'), 'FinancingPage'),
  },
  {
    path: '/applications/:id',
    roles: ['SME'],
    page: lazyPage(() => import('@web/pages/sme/ApplicationPage'), 'ApplicationPage'),
  },
  {
    path: '/loans',
    roles: ['SME'],
    nav: 'Loans',
    page: lazyPage(() => import('@web/pages/sme/LoansPage'), 'LoansPage'),
  },
  {
    path: '/loans/:id',
    roles: ['SME'],
    page: lazyPage(() => import('@web/pages/sme/LoanPage'), 'LoanPage'),
  },
];
