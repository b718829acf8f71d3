/** Texts of the login page. In bokmål, the source language: the other languages must have exactly its keys. */
export const authNb = {
  title: 'Logg inn',
  intro: 'Logg inn for å bruke Tidlig. Du ser bare det rollene dine gir tilgang til.',
  loggedOut: {
    here: 'Du er logget ut.',
    everywhere: 'Du er logget ut på alle maskiner og mobiler.',
  },
  providers: {
    heading: 'Logg inn med kommunens innlogging',
    intro: 'Velg kommunen du jobber i. Du blir sendt videre til kommunens egen innlogging og kommer tilbake hit etterpå.',
    link: 'Logg inn som ansatt i {{municipality}}',
    none: 'Ingen kommuner har satt opp innlogging ennå.',
    loading: 'Henter kommunene',
  },
  demo: {
    heading: 'Demo: logg inn uten passord – bare oppdiktede personer',
    text: 'Prøv Tidlig som en av de oppdiktede personene under. Hver person har én rolle, slik at du kan se hva rollen gir tilgang til.',
    login: 'Logg inn som {{name}} – {{role}} ved {{unit}}',
    loading: 'Henter demopersonene',
    empty: 'Det finnes ingen demopersoner, fordi databasen ikke er fylt med demodata.',
    failed: 'Innloggingen mislyktes: {{reason}}',
  },
  refused: {
    title: 'Du ble ikke logget inn',
    unknown_provider: 'Kommunen har ikke satt opp innlogging til Tidlig. Velg en annen kommune, eller kontakt IT-avdelingen i kommunen din.',
    unknown_state: 'Innloggingen kunne ikke fullføres, kanskje fordi den ble startet i en annen fane eller nettleser. Prøv igjen herfra.',
    expired_attempt: 'Innloggingen tok for lang tid og ble avbrutt. Prøv igjen.',
    provider_error: 'Kommunens innlogging svarte ikke som den skulle. Prøv igjen om litt.',
    token_invalid: 'Vi kunne ikke bekrefte innloggingen fra kommunen. Prøv igjen, og kontakt IT-avdelingen i kommunen hvis det skjer igjen.',
    unknown_person: 'Du er ikke registrert som ansatt i Tidlig. Kontakt lederen din for å få tilgang.',
    other: 'Innloggingen mislyktes. Prøv igjen.',
  },
};
