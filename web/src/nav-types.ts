import type { ReactNode } from 'react';

export interface NavItem {
  path: string;
  label: string;
  icon: ReactNode;
  /** Any one of these permissions shows the item (and opens the page); none: everyone signed in. */
  perms: string[];
  testId: string;
}

export interface NavGroup {
  key: string;
  label: string;
  items: NavItem[];
}
