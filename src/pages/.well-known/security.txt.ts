import type { APIRoute } from 'astro';
import { regio } from '../../regio/actief.ts';

/** RFC 9116 security.txt, from the region profile. */
export const GET: APIRoute = () => {
  const s = regio.securityTxt;
  const tekst = [
    `Contact: ${s.contact}`,
    `Expires: ${s.verloopt}T00:00:00.000Z`,
    `Preferred-Languages: ${s.talen}`,
    `Canonical: ${new URL('/.well-known/security.txt', regio.url).href}`,
    '',
  ].join('\n');
  return new Response(tekst, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
