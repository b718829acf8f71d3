import type { SameKeys } from '../../../i18n/define-messages.ts';
import type { authNb } from './nb.ts';

/** Texts of the login page. In English. */
export const authEn: SameKeys<typeof authNb> = {
  title: 'Log in',
  intro: 'Log in to use Tidlig. You see only what your roles give you access to.',
  loggedOut: {
    here: 'You are logged out.',
    everywhere: 'You are logged out on all devices.',
  },
  providers: {
    heading: "Log in with your municipality's login",
    intro: "Choose the municipality you work in. You are taken to the municipality's own login and brought back here afterwards.",
    link: 'Log in as staff of {{municipality}}',
    none: 'No municipality has set up a login yet.',
    loading: 'Fetching the municipalities',
  },
  demo: {
    heading: 'Demo: log in without password — synthetic people only',
    text: 'Try Tidlig as one of the made-up people below. Each person has one role, so you can see what that role gives access to.',
    login: 'Log in as {{name}} — {{role}} at {{unit}}',
    loading: 'Fetching the demo people',
    empty: 'There are no demo people, because the database holds no demo data.',
    failed: 'The login failed: {{reason}}',
  },
  refused: {
    title: 'You were not logged in',
    unknown_provider: 'The municipality has not set up a login for Tidlig. Choose another municipality, or contact your municipality’s IT department.',
    unknown_state: 'The login could not be completed, perhaps because it was started in another tab or browser. Try again from here.',
    expired_attempt: 'The login took too long and was cancelled. Try again.',
    provider_error: 'The municipality’s login did not answer as expected. Try again in a little while.',
    token_invalid: 'We could not confirm the login from the municipality. Try again, and contact your municipality’s IT department if it happens again.',
    unknown_person: 'You are not registered as staff in Tidlig. Ask your manager for access.',
    other: 'The login failed. Try again.',
  },
};
