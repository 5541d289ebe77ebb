import { use, type ComponentType } from 'react';

/** A page's code, fetched on first need and kept: `Component` once loaded, `load()` to fetch it. */
export interface PageModule {
  load(): Promise<ComponentType>;
  /** The page, when its chunk has arrived; undefined before. */
  loaded(): ComponentType | undefined;
}

/** One console page: its address, who may open it, and its place in the navigation. */
export interface RouteDef {
  /** `/applications/:id`; parameters are read with useParam. */
  path: string;
  /** Roles that may open the page; 'public' pages need no sign-in. */
  roles: readonly string[] | 'public';
  /** Label in the main navigation; pages reached only by links leave it out. */
  nav?: string;
  page: PageModule;
}

/**
 * A page loaded on first need: each page (and what only it imports, such as the dashboard's
 * charts) becomes its own chunk, so the first load carries the shell only. Not React.lazy:
 * a page whose chunk is already here renders at once, without a Suspense fallback; React
 * holds a shown fallback for about 300 ms before revealing the content, which measured as
 * a third of My patents' first load (BENCHMARKS.md section 9). main.tsx loads the landing
 * page's chunk before the first render and the user's other pages after it.
 */
export function lazyPage<M, K extends keyof M>(importer: () => Promise<M>, name: K): PageModule {
  let component: ComponentType | undefined;
  let pending: Promise<ComponentType> | undefined;
  const load = (): Promise<ComponentType> => {
    pending ??= importer().then(
      (module) => (component = module[name] as ComponentType),
      (error: unknown) => {
        pending = undefined; // a failed fetch (network) may be tried again
        throw error;
      },
    );
    return pending;
  };
  return { load, loaded: () => component };
}

/** Renders a page: at once when its chunk is here, else suspends until it arrives. */
export function RoutePage({ page }: { page: PageModule }) {
  const Loaded = page.loaded() ?? use(page.load());
  return <Loaded />;
}
