// The app's main sections, in the order the header shows them.
export interface NavItem {
	href: string;
	label: string;
	/** Other paths that belong to this section. */
	also?: readonly string[];
}

export const NAV: NavItem[] = [
	{ href: '/', label: 'Home' },
	{ href: '/review', label: 'Review' },
	{ href: '/timeline', label: 'Timeline' },
	{ href: '/my-decks', label: 'My decks', also: ['/decks/new'] },
	{ href: '/class', label: 'Class' },
	{ href: '/settings', label: 'Settings' }
];

const within = (pathname: string, href: string) =>
	pathname === href || pathname.startsWith(href + '/');

/** The section a page belongs to: the most specific match, so /decks/new is not Home. */
export function currentSection(pathname: string): NavItem | undefined {
	const claimed = NAV.find((item) => item.also?.some((path) => within(pathname, path)));
	if (claimed) return claimed;
	const direct = NAV.find((item) => item.href !== '/' && within(pathname, item.href));
	if (direct) return direct;
	// The built-in decks' pages and their modes belong to Home, where the decks are listed;
	// pages that are no section's (the sources, a shared round) mark none.
	const ownedByHome = ['/decks', '/study', '/cram', '/quiz', '/match'];
	return pathname === '/' || ownedByHome.some((path) => within(pathname, path))
		? NAV[0]
		: undefined;
}

export function isCurrent(item: NavItem, pathname: string): boolean {
	return currentSection(pathname) === item;
}
