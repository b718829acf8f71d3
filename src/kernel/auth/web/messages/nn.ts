import type { SameKeys } from '../../../i18n/define-messages.ts';
import type { authNb } from './nb.ts';

/** Texts of the login page. In nynorsk. */
export const authNn: SameKeys<typeof authNb> = {
  title: 'Logg inn',
  intro: 'Logg inn for å bruke Tidlig. Du ser berre det rollene dine gir tilgang til.',
  loggedOut: {
    here: 'Du er logga ut.',
    everywhere: 'Du er logga ut på alle maskiner og mobilar.',
  },
  providers: {
    heading: 'Logg inn med innlogginga til kommunen',
    intro: 'Vel kommunen du jobbar i. Du blir send vidare til den eigne innlogginga til kommunen og kjem tilbake hit etterpå.',
    link: 'Logg inn som tilsett i {{municipality}}',
    none: 'Ingen kommunar har sett opp innlogging enno.',
    loading: 'Hentar kommunane',
  },
  demo: {
    heading: 'Demo: logg inn utan passord – berre oppdikta personar',
    text: 'Prøv Tidlig som ein av dei oppdikta personane under. Kvar person har éi rolle, slik at du kan sjå kva rolla gir tilgang til.',
    login: 'Logg inn som {{name}} – {{role}} ved {{unit}}',
    loading: 'Hentar demopersonane',
    empty: 'Det finst ingen demopersonar, fordi databasen ikkje er fylt med demodata.',
    failed: 'Innlogginga gjekk ikkje: {{reason}}',
  },
  refused: {
    title: 'Du vart ikkje logga inn',
    unknown_provider: 'Kommunen har ikkje sett opp innlogging til Tidlig. Vel ein annan kommune, eller kontakt IT-avdelinga i kommunen din.',
    unknown_state: 'Innlogginga kunne ikkje fullførast, kanskje fordi ho vart starta i ei anna fane eller ein annan nettlesar. Prøv igjen herifrå.',
    expired_attempt: 'Innlogginga tok for lang tid og vart avbroten. Prøv igjen.',
    provider_error: 'Innlogginga til kommunen svarte ikkje som ho skulle. Prøv igjen om litt.',
    token_invalid: 'Vi kunne ikkje stadfeste innlogginga frå kommunen. Prøv igjen, og kontakt IT-avdelinga i kommunen om det skjer igjen.',
    unknown_person: 'Du er ikkje registrert som tilsett i Tidlig. Kontakt leiaren din for å få tilgang.',
    other: 'Innlogginga gjekk ikkje. Prøv igjen.',
  },
};
