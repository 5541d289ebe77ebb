import { lazyPage, type RouteDef } from '@web/routes/route';

export const BANK_ROUTES: readonly RouteDef[] = [
  {
    path: '/listings',
    roles: ['BANK'],
    nav: 'Open listings',
    page: lazyPage(() => import('@web/pages/bank/listings/OpenListingsPage'), 'OpenListingsPage'),
  },
  {
    path: '/reviews',
    roles: ['BANK'],
    nav: 'Reviews',
    page: lazyPage(() => import('@web/pages/bank/reviews/ReviewsPage'), 'ReviewsPage'),
  },
  {
    path: '/reviews/:id',
    roles: ['BANK'],
    page: lazyPage(() => import('@web/pages/bank/reviews/ReviewApplicationPage'), 'ReviewApplicationPage'),
  },
  {
    path: '/portfolio',
    roles: ['BANK'],
    nav: 'Portfolio',
    page: lazyPage(() => import('@web/pages/bank/portfolio/PortfolioPage'), 'PortfolioPage'),
  },
  {
    path: '/pools',
    roles: ['ARRANGER'],
    nav: 'Pools',
    page: lazyPage(() => import('@web/pages/bank/portfolio/PoolsPage'), 'PoolsPage'),
  },
];
