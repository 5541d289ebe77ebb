/** The console's pages and who sees them in the navigation; later pages add a line here. */
export interface NavItem {
  path: string;
  label: string;
  roles: readonly string[];
}

export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/patents', label: 'My patents', roles: ['SME'] },
  { path: '/listings', label: 'Open listings', roles: ['BANK'] },
];

export function navFor(roles: readonly string[]): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.some((role) => roles.includes(role)));
}
