/**
 * Content in the visitor's language. A translation lives beside the Dutch entry in a folder named for its
 * language (content/vormen/pl/arbeidsuitbuiting.mdx next to content/vormen/arbeidsuitbuiting.mdx), with
 * the same slug. A page that is not translated yet shows the first language of `terugval` that has it
 * (English, then Dutch), marked with its own `lang` and a notice in the visitor's language (Starlight does
 * the same).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { isTaal, terugval, type Taal } from './talen.ts';

export type Collectie = 'doelgroepen' | 'vormen' | 'paginas' | 'signalencheck';
export type Entry<C extends Collectie = Collectie> = CollectionEntry<C>;

/** An entry in the language it is written in. */
export interface InTaal<C extends Collectie = Collectie> {
  entry: Entry<C>;
  /** The slug without language folder (`arbeidsuitbuiting`). */
  slug: string;
  /** The language the entry is written in. */
  taal: Taal;
  /** Whether that is the language the visitor asked for. */
  vertaald: boolean;
}

/** `pl/arbeidsuitbuiting` → ['pl', 'arbeidsuitbuiting']; a Dutch id has no folder. */
export function splitsId(id: string): [Taal, string] {
  const [eerste, ...rest] = id.split('/');
  return rest.length && isTaal(eerste) ? [eerste, rest.join('/')] : ['nl', id];
}

/** slug → language → entry, per collection: built once per build (every page of every language asks). */
const gegroepeerd = new Map<Collectie, Promise<Map<string, Map<Taal, Entry>>>>();

function perSlugVan<C extends Collectie>(collectie: C): Promise<Map<string, Map<Taal, Entry<C>>>> {
  let g = gegroepeerd.get(collectie);
  if (!g) {
    g = getCollection(collectie).then((alle) => {
      const perSlug = new Map<string, Map<Taal, Entry>>();
      for (const entry of alle as Entry[]) {
        const [t, slug] = splitsId(entry.id);
        if (!perSlug.has(slug)) perSlug.set(slug, new Map());
        perSlug.get(slug)!.set(t, entry);
      }
      return perSlug;
    });
    gegroepeerd.set(collectie, g);
  }
  return g as Promise<Map<string, Map<Taal, Entry<C>>>>;
}

/** Every slug of a collection once, each in the best language for `taal`, in Dutch order (`volgorde`, then slug). */
export async function inhoudIn<C extends Collectie>(collectie: C, taal: Taal): Promise<InTaal<C>[]> {
  const perSlug = await perSlugVan(collectie);
  const uit: InTaal<C>[] = [];
  for (const [slug, talen] of perSlug) {
    // Only a page that exists in Dutch exists at all: a translation never adds a page of its own.
    if (!talen.has('nl')) continue;
    const gekozen = terugval(taal).find((t) => talen.has(t))!;
    uit.push({ entry: talen.get(gekozen)!, slug, taal: gekozen, vertaald: gekozen === taal });
  }
  const volgorde = (e: Entry<C>) => ('volgorde' in e.data ? Number(e.data.volgorde) : 0);
  return uit.sort((a, b) => volgorde(a.entry) - volgorde(b.entry) || a.slug.localeCompare(b.slug));
}

/** One entry in the best language for `taal`; throws when the Dutch entry does not exist. */
export async function inhoudVan<C extends Collectie>(collectie: C, slug: string, taal: Taal): Promise<InTaal<C>> {
  const gevonden = (await inhoudIn(collectie, taal)).find((e) => e.slug === slug);
  if (!gevonden) throw new Error(`content/${collectie}/${slug} ontbreekt`);
  return gevonden;
}
