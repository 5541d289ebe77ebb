import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** One console page: its address, who may open it, and its place in the navigation. */
export interface RouteDef {
  /** `/applications/:id`; parameters are read with useParam. */
  path: string;
  /** Roles that may open the page; 'public' pages need no sign-in. */
  roles: readonly string[] | 'public';
  /** Label in the main navigation; pages reached only by links leave it out. */
  nav?: string;
  page: LazyExoticComponent<ComponentType>;
}

/**
 * A page loaded on first visit: each page (and what only it imports, such as the
 * dashboard's charts) becomes its own chunk, so the first load carries the shell only.
 */
export function lazyPage<M, K extends keyof M>(load: () => Promise<M>, name: K): LazyExoticComponent<ComponentType> {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}
