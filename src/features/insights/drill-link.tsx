import type { ReactNode } from 'react';
import { Link } from 'wouter';

/** A table cell's number that opens the list on exactly its referrals (plain text without one). */
export function DrillLink({
  href,
  label,
  children,
}: {
  href: string | null;
  label?: string;
  children: ReactNode;
}) {
  if (!href) return <>{children}</>;
  return (
    <Link to={href} aria-label={label}>
      {children}
    </Link>
  );
}
