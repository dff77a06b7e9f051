import { inTaal, type Taal } from '../i18n/talen.ts';
import { woordenboek } from '../i18n/woordenboek.ts';

/** Main menu in `taal`: the few places every visitor needs. Doelgroepen and vormen are linked from the home page. */
export function hoofdmenuIn(taal: Taal) {
  const t = woordenboek(taal);
  return [
    { href: '/', label: t.nav.home },
    { href: '/melden/', label: t.nav.melden },
    { href: '/contact/', label: t.nav.contact },
    { href: '/signalen-check/', label: t.nav.check },
    { href: '/zoeken/', label: t.nav.zoeken },
  ].map((item) => ({ ...item, href: inTaal(item.href, taal) }));
}
