import { lazyPage, type RouteDef } from '@web/routes/route';

export const REGISTRAR_ROUTES: readonly RouteDef[] = [
  {
    path: '/examination',
    roles: ['REGISTRAR'],
    nav: 'Examination',
    page: lazyPage(() => import('@web/pages/registrar/ExaminationQueuePage'), 'ExaminationQueuePage'),
  },
  {
    path: '/examination/:id',
    roles: ['REGISTRAR'],
    page: lazyPage(() => import('@web/pages/registrar/ExaminationPage'), 'ExaminationPage'),
  },
];
