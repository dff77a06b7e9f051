/** Interface texts of the page parts added for issue 10 (header, breadcrumb, contents list, side box, footer). */
export const uiterlijk = {
  kruimelpad: 'Kruimelpad',
  opDezePagina: 'Op deze pagina',
  directHulp: {
    titel: 'Direct hulp',
    gevaar: 'Direct gevaar',
    veiligThuis: 'Veilig Thuis, advies dag en nacht',
    melden: 'Anoniem melden via deze site',
  },
  voet: {
    contact: 'Contact met de gemeente',
    bel: 'Bel',
    mail: 'Mail',
    website: 'Website',
    dienst: 'Over deze site',
  },
  logoLink: 'naar de homepage',
} as const;
