import type { ComponentProps } from 'react';
import { Link, useLocation } from 'wouter';

/** The current path (decoded), for components that only read it. */
export const usePathname = (): string => useLocation()[0];

/**
 * A navigation link that marks the section the user is in (`aria-current="page"` and `.active`),
 * the current path being the link's or one below it (`/referrals/123` is in "Referrals").
 */
export function NavLink({ to, ...rest }: { to: string } & Omit<ComponentProps<'a'>, 'href'>) {
  const pathname = usePathname().toLowerCase();
  const target = (to.split('?')[0] ?? to).toLowerCase();
  const isActive = pathname === target || pathname.startsWith(`${target}/`);
  return (
    <Link
      to={to}
      {...rest}
      className={isActive ? 'active' : undefined}
      aria-current={isActive ? 'page' : undefined}
    />
  );
}
