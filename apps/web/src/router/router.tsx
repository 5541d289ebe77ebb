import { createContext, useContext, useSyncExternalStore, type MouseEvent, type ReactNode } from 'react';

/**
 * A tiny history router: the path is the state, `navigate` pushes it, the back button
 * pops it. The gateway serves index.html for every client path, so reloads work.
 */
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace === true) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  for (const listener of listeners) listener();
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

/** The query string's values (`?state=SUBMITTED`), read on every navigation. */
export function useSearchParam(name: string): string | null {
  const search = useSyncExternalStore(subscribe, () => window.location.search);
  return new URLSearchParams(search).get(name);
}

export type RouteParams = Readonly<Record<string, string>>;

/**
 * `/applications/:id` against `/applications/42` -> `{ id: '42' }`; null when the path
 * does not fit. Segments are compared whole; parameters are URI-decoded.
 */
export function matchPath(pattern: string, path: string): RouteParams | null {
  const want = pattern.split('/').filter((s) => s !== '');
  const got = path.split('/').filter((s) => s !== '');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const g = got[i]!;
    if (w.startsWith(':')) {
      try {
        params[w.slice(1)] = decodeURIComponent(g);
      } catch {
        return null;
      }
    } else if (w !== g) return null;
  }
  return params;
}

const ParamsContext = createContext<RouteParams>({});

export function ParamsProvider({ params, children }: { params: RouteParams; children: ReactNode }) {
  return <ParamsContext.Provider value={params}>{children}</ParamsContext.Provider>;
}

/** The current route's `:name` parameter; a page is only rendered when its pattern matched. */
export function useParam(name: string): string {
  const value = useContext(ParamsContext)[name];
  if (value === undefined) throw new Error(`the route has no parameter :${name}`);
  return value;
}

export function Link({
  to,
  className,
  current,
  children,
}: {
  to: string;
  className?: string;
  /** Whether the link is the page shown; by default, when the path is `to`. Tabs that differ only in their query say it themselves. */
  current?: boolean;
  children: ReactNode;
}) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>): void => {
    // Let the browser handle new tabs and windows.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  const here = usePath() === to;
  const isCurrent = current ?? here;
  return (
    <a href={to} className={className} onClick={onClick} aria-current={isCurrent ? 'page' : undefined}>
      {children}
    </a>
  );
}
