import type { ReactNode } from 'react';

/** A page's heading line: title, a quiet subtitle, and actions on the right. */
export function PageHead({ title, subtitle, children }: { title: string; subtitle?: ReactNode; children?: ReactNode }) {
  return (
    <div className="page-head">
      <h1>{title}</h1>
      {subtitle !== undefined && subtitle !== null && <p className="muted">{subtitle}</p>}
      {children}
    </div>
  );
}

/** What shows while a query is on its way (announced to screen readers). */
export function Loading({ children }: { children: ReactNode }) {
  return (
    <p className="muted" role="status">
      {children}
    </p>
  );
}

/** A list with nothing in it, said as a sentence with the way forward. */
export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}
