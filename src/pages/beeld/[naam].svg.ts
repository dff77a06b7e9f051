import type { APIRoute, GetStaticPaths } from 'astro';
import { regio } from '../../regio/actief.ts';
import { PICTOGRAM_NAMEN, pictogramSvg, type Pictogram } from '../../beeld/pictogrammen.ts';

/** The pictograms as files in the region's colours: /beeld/inwoners.svg, /beeld/arbeidsuitbuiting.svg, … */
export const getStaticPaths: GetStaticPaths = () => PICTOGRAM_NAMEN.map((naam) => ({ params: { naam } }));

export const GET: APIRoute = ({ params }) =>
  new Response(pictogramSvg(params.naam as Pictogram, regio), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
