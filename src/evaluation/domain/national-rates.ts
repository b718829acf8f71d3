/**
 * National figures to read a municipality's own rate against, as data with their source.
 * Both as concern reports per 1,000 children a year.
 */
export const NATIONAL_RATES = [
  {
    country: 'NO',
    perThousandChildrenPerYear: 50,
    source: 'SSB, Barnevern (statistikkbanken, tabell 10660): about 50 bekymringsmeldinger per 1 000 barn 0–17 år a year',
    url: 'https://www.ssb.no/sosiale-forhold-og-kriminalitet/barne-og-familievern/statistikk/barnevern',
  },
  {
    country: 'DK',
    perThousandChildrenPerYear: 111,
    source: 'Danmarks Statistik, 2018: 11.1 underretninger per 100 children aged 0–17',
    url: 'https://www.dst.dk/da/Statistik/emner/sociale-forhold/udsatte-boern-og-unge',
  },
] as const;
