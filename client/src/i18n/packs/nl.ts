import dutchMessages from 'ra-language-dutch';
import { nl } from '../nl';
import type { Tree } from './tree';

/**
 * Texts react-admin 5 shows that the v4 Dutch pack lacks (they would show in English), and
 * titles the v4 pack still builds from the record's id (a UUID) where react-admin 5 names the record.
 */
const RA5_GAPS: Tree = {
  ra: {
    action: {
      reset: 'Herstellen',
      search_columns: 'Kolommen zoeken',
      select_all_button: 'Alles selecteren',
      update_application: 'Applicatie herladen',
    },
    page: {
      access_denied: 'Geen toegang',
      authentication_error: 'Authenticatiefout',
      edit: '%{name} %{recordRepresentation}',
      show: '%{name} %{recordRepresentation}',
    },
    message: {
      delete_title: '%{name} %{recordRepresentation} verwijderen',
      access_denied: 'Je hebt geen rechten om deze pagina te bekijken',
      authentication_error: 'De authenticatieserver gaf een fout; je gegevens konden niet worden gecontroleerd.',
      auth_error: 'Er ging iets mis bij het controleren van het authenticatietoken.',
      clear_array_input: 'Weet je zeker dat je de hele lijst wilt leegmaken?',
      select_all_limit_reached:
        'Er zijn te veel elementen om alles te selecteren. Alleen de eerste %{max} zijn geselecteerd.',
      placeholder_data_warning: 'Netwerkprobleem: gegevens konden niet worden ververst.',
    },
    navigation: {
      clear_filters: 'Filters wissen',
      no_filtered_results: 'Geen %{name} gevonden met de huidige filters.',
    },
    auth: { email: 'E-mail' },
    notification: {
      application_update_available: 'Er is een nieuwe versie beschikbaar.',
      offline: 'Geen verbinding. Gegevens konden niet worden opgehaald.',
    },
    validation: { unique: 'Moet uniek zijn' },
  },
};

/** The Dutch texts, merged in this order over react-admin's English ones (the fallback). */
export const layers: Tree[] = [dutchMessages as unknown as Tree, RA5_GAPS, nl];
