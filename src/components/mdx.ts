/** Components content authors may use in MDX without importing them. */
import Partners from './Partners.astro';
import Meldroute from './Meldroute.astro';
import Nummers from './Nummers.astro';
import Acuut from './Acuut.astro';
import MeldKnop from './MeldKnop.astro';
import RegioNaam from './RegioNaam.astro';
import Veiligheid from './Veiligheid.astro';
import HulpJongeren from './HulpJongeren.astro';
import GemeenteContact from './GemeenteContact.astro';
import AlleenVoor from './AlleenVoor.astro';
import Koppeling from './Koppeling.astro';

/** `a` replaces every Markdown link (src/components/Koppeling.astro keeps it in the page's language). */
export const mdxComponenten = { Partners, Meldroute, Nummers, Acuut, MeldKnop, RegioNaam, Veiligheid, HulpJongeren, GemeenteContact, AlleenVoor, a: Koppeling };
