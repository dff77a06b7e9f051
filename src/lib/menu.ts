import { t } from '../i18n/nl.ts';

/** Main menu: the few places every visitor needs. Doelgroepen and vormen are linked from the home page. */
export const hoofdmenu = [
  { href: '/', label: t.nav.home },
  { href: '/melden/', label: t.nav.melden },
  { href: '/contact/', label: t.nav.contact },
  { href: '/signalen-check/', label: t.nav.check },
  { href: '/zoeken/', label: t.nav.zoeken },
] as const;
