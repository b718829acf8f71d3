import type { SameKeys } from '../../../i18n/define-messages.ts';
import type { authNb } from './nb.ts';

/** Texts of the login page. In Danish. */
export const authDa: SameKeys<typeof authNb> = {
  title: 'Log ind',
  intro: 'Log ind for at bruge Tidlig. Du ser kun det, dine roller giver adgang til.',
  loggedOut: {
    here: 'Du er logget ud.',
    everywhere: 'Du er logget ud på alle computere og telefoner.',
  },
  providers: {
    heading: 'Log ind med kommunens login',
    intro: 'Vælg den kommune, du arbejder i. Du bliver sendt videre til kommunens eget login og kommer tilbage hertil bagefter.',
    link: 'Log ind som medarbejder i {{municipality}}',
    none: 'Ingen kommuner har sat login op endnu.',
    loading: 'Henter kommunerne',
  },
  demo: {
    heading: 'Demo: log ind uden adgangskode – kun opdigtede personer',
    text: 'Prøv Tidlig som en af de opdigtede personer nedenfor. Hver person har én rolle, så du kan se, hvad rollen giver adgang til.',
    login: 'Log ind som {{name}} – {{role}} på {{unit}}',
    loading: 'Henter demopersonerne',
    empty: 'Der er ingen demopersoner, fordi databasen ikke er fyldt med demodata.',
    failed: 'Login mislykkedes: {{reason}}',
  },
  refused: {
    title: 'Du blev ikke logget ind',
    unknown_provider: 'Kommunen har ikke sat login til Tidlig op. Vælg en anden kommune, eller kontakt kommunens it-afdeling.',
    unknown_state: 'Login kunne ikke gennemføres, måske fordi det blev startet i en anden fane eller browser. Prøv igen herfra.',
    expired_attempt: 'Login tog for lang tid og blev afbrudt. Prøv igen.',
    provider_error: 'Kommunens login svarede ikke som forventet. Prøv igen om lidt.',
    token_invalid: 'Vi kunne ikke bekræfte login fra kommunen. Prøv igen, og kontakt kommunens it-afdeling, hvis det sker igen.',
    unknown_person: 'Du er ikke registreret som medarbejder i Tidlig. Kontakt din leder for at få adgang.',
    other: 'Login mislykkedes. Prøv igen.',
  },
};
