/** tel: link for a Dutch number as written on the page ("033 448 11 86" → "tel:0334481186"). */
export function telLink(nummer: string): string {
  return `tel:${nummer.replace(/[^0-9+]/g, '')}`;
}
