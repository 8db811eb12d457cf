// The app's main sections, in the order the header shows them.
export interface NavItem {
	href: string;
	label: string;
}

export const NAV: NavItem[] = [
	{ href: '/', label: 'Home' },
	{ href: '/review', label: 'Review' },
	{ href: '/timeline', label: 'Timeline' },
	{ href: '/my-decks', label: 'My decks' },
	{ href: '/class', label: 'Class' },
	{ href: '/settings', label: 'Settings' }
];

/** Whether a nav item is the current section (the home item matches only itself). */
export function isCurrent(item: NavItem, pathname: string): boolean {
	if (item.href === '/') return pathname === '/' || pathname.startsWith('/decks');
	return pathname === item.href || pathname.startsWith(item.href + '/');
}
