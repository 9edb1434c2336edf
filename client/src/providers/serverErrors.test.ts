import polyglotI18nProvider from 'ra-i18n-polyglot';
import { HttpError } from 'react-admin';
import { messages, type Locale } from './i18nProvider';
import { en } from '../i18n/en';
import { translateAnswer, translateField, translateHttpError, withFieldSummary } from './serverErrors';

const translator = (locale: Locale) =>
  polyglotI18nProvider(() => messages[locale], locale, [], { allowMissing: true }).translate;

describe('server errors in the UI language, by code', () => {
  const nl = translator('nl');
  const uk = translator('uk');

  it('translates a field by its code, not by its English message', () => {
    const body = { errors: { reference: 'anything at all' }, fieldCodes: { reference: { code: 'reference_taken' } } };
    expect(translateField(body, 'reference', nl)).toBe('Wordt al gebruikt door een ander huishouden');
    expect(
      translateField(
        { errors: { personId: 'x' }, fieldCodes: { personId: { code: 'record_missing' } } },
        'personId',
        uk,
      ),
    ).toBe('Посилається на запис, якого (вже) не існує');
    expect(translateField({ errors: { name: 'x' }, fieldCodes: { name: { code: 'required' } } }, 'name', uk)).toBe(
      "Обов'язкове поле",
    );
  });

  it('puts the params in the sentence: lengths and lists as sent, dates in the reader’s format', () => {
    const body = {
      errors: { name: 'x', level: 'x', withdrawnOn: 'x', birthYear: 'x' },
      fieldCodes: {
        name: { code: 'too_long', params: { max: 200 } },
        level: { code: 'not_allowed_value', params: { values: 'A0, A1' } },
        withdrawnOn: { code: 'before_consent_given', params: { date: '2026-03-01' } },
        birthYear: { code: 'too_small', params: { min: 1900 } },
      },
    };
    expect(translateField(body, 'name', nl)).toBe('Mag hoogstens 200 tekens hebben');
    expect(translateField(body, 'level', nl)).toBe('Moet een van deze zijn: A0, A1');
    expect(translateField(body, 'withdrawnOn', nl)).toBe('Kan niet vóór de datum van de toestemming liggen (1-3-2026)');
    expect(translateField(body, 'birthYear', nl)).toBe('Moet 1900 of meer zijn');
  });

  it('translates an answer by its code, with plural forms from a count', () => {
    expect(translateAnswer({ code: 'household_has_members', message: 'x', params: { count: 2 } }, nl)).toBe(
      'Dit huishouden heeft nog 2 leden; verwijder die eerst',
    );
    expect(translateAnswer({ code: 'household_has_members', message: 'x', params: { count: 1 } }, nl)).toBe(
      'Dit huishouden heeft nog 1 lid; verwijder dat eerst',
    );
    expect(translateAnswer({ code: 'stale_version', message: 'x' }, nl)).toMatch(
      /^Iemand anders heeft dit intussen gewijzigd/,
    );
    expect(translateAnswer({ code: 'wrong_login', message: 'x' }, uk)).toBe('Неправильна електронна пошта або пароль');
    expect(translateAnswer({ code: 'rate_limited', message: 'x', params: { retryAfter: 42 } }, nl)).toMatch(
      /^Te veel pogingen/,
    );
  });

  it('shows the English message only for an answer without a code (not from this API)', () => {
    expect(translateAnswer({ message: 'Bad gateway' }, nl)).toBe('Bad gateway');
    expect(translateAnswer(undefined, nl, 'fallback')).toBe('fallback');
    expect(translateField({ errors: { notes: 'something new' } }, 'notes', nl)).toBe('something new');
  });

  it('has a sentence for every code in every language', () => {
    for (const translate of [translator('en'), nl, uk]) {
      for (const [group, codes] of [
        ['answer', Object.keys(en.app.errorCodes.answer)],
        ['field', Object.keys(en.app.errorCodes.field)],
      ] as const) {
        for (const code of codes)
          expect(translate(`app.errorCodes.${group}.${code}`)).not.toBe(`app.errorCodes.${group}.${code}`);
      }
    }
  });

  it('translates an HttpError: its message and every field, root too', () => {
    const error = new HttpError('Validation failed', 422, {
      statusCode: 422,
      code: 'validation_failed',
      message: 'Validation failed',
      errors: {
        reference: 'is already used by another household',
        notes: 'something new',
        root: { serverError: 'a value is out of range or malformed' },
      },
      fieldCodes: { reference: { code: 'reference_taken' }, root: { code: 'value_malformed' } },
    });
    const translated = translateHttpError(error, nl);
    expect(translated).toBeInstanceOf(HttpError);
    expect(translated.status).toBe(422);
    expect(translated.message).toBe('Enkele velden zijn niet goed ingevuld');
    expect(translated.body).toMatchObject({
      statusCode: 422,
      code: 'validation_failed',
      message: 'Enkele velden zijn niet goed ingevuld',
      errors: {
        reference: 'Wordt al gebruikt door een ander huishouden',
        notes: 'something new',
        root: { serverError: 'Een waarde is te groot, te klein of ongeldig' },
      },
    });
  });
});

describe('httpClient', () => {
  afterEach(() => vi.restoreAllMocks());

  it('hands react-admin errors with the field messages already translated (Dutch by default)', async () => {
    const { httpClient } = await import('./dataProvider');
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      new Response(
        JSON.stringify({
          statusCode: 422,
          code: 'validation_failed',
          message: 'Validation failed',
          errors: { assigneeIds: 'must be active users of your organisation' },
          fieldCodes: { assigneeIds: { code: 'inactive_user' } },
        }),
        {
          status: 422,
          headers: { 'Content-Type': 'application/json' },
        },
      ),
    );
    const error = (await httpClient('/api/households', { method: 'POST', body: '{}' }).catch(
      (e: unknown) => e,
    )) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(error.body.errors).toEqual({ assigneeIds: 'Moet een actieve gebruiker van je organisatie zijn' });
  });
});

describe('a 422 names its fields in the form notification', () => {
  const nl = translator('nl');

  it('adds a summary of every field error, labelled as the form labels it', () => {
    const error = new HttpError('Validation failed', 422, {
      errors: { nextReviewDate: 'Mag niet vóór de startdatum liggen 2026-12-03', endReason: 'x' },
    });
    const named = withFieldSummary('perspective-plans', error, nl);
    const errors = (named.body as { errors: Record<string, unknown> }).errors;
    expect(errors.nextReviewDate).toBe('Mag niet vóór de startdatum liggen 2026-12-03');
    expect((errors.root as { serverError: string }).serverError).toBe(
      `${nl('resources.perspective-plans.fields.nextReviewDate')}: Mag niet vóór de startdatum liggen 2026-12-03 · ${nl('app.guards.fields.endReason')}: x`,
    );
  });

  it('keeps a whole-record message first and leaves errors without fields alone', () => {
    const rootOnly = new HttpError('Validation failed', 422, {
      errors: { root: { serverError: 'Kapot' }, minutes: 'Te veel' },
    });
    expect(
      (withFieldSummary('contact-logs', rootOnly, nl).body as { errors: { root: { serverError: string } } }).errors.root
        .serverError,
    ).toBe(`Kapot · ${nl('resources.contact-logs.fields.minutes')}: Te veel`);
    const conflict = new HttpError('Stale', 409, { message: 'Stale' });
    expect(withFieldSummary('contact-logs', conflict, nl)).toBe(conflict);
  });

  it('translates the placement move refusals', () => {
    const body = {
      errors: { status: 'x', endReason: 'x' },
      fieldCodes: {
        status: { code: 'status_move_not_allowed', params: { from: 'proposed', to: 'ended', allowed: 'started' } },
        endReason: { code: 'end_reason_required' },
      },
    };
    expect(translateField(body, 'status', nl)).toBe('Deze statuswijziging is niet toegestaan');
    expect(translateField(body, 'endReason', nl)).toBe('Geef aan waarom de plaatsing is beëindigd');
  });
});
