import polyglotI18nProvider from 'ra-i18n-polyglot';
import { HttpError } from 'react-admin';
import { messages, type Locale } from './i18nProvider';
import { serverErrorKey, translateHttpError, translateServerMessage, withFieldSummary } from './serverErrors';

const translator = (locale: Locale) => polyglotI18nProvider(() => messages[locale], locale, [], { allowMissing: true }).translate;

describe('server messages in the UI language', () => {
  const nl = translator('nl');
  const uk = translator('uk');

  it('maps exact field messages to keys under app.serverErrors', () => {
    expect(serverErrorKey('is already used by another household')).toEqual({ key: 'app.serverErrors.referenceTaken', args: {} });
    expect(translateServerMessage('is already used by another household', nl)).toBe('Wordt al gebruikt door een ander huishouden');
    expect(translateServerMessage('refers to a record that does not exist', uk)).toBe('Посилається на запис, якого (вже) не існує');
    expect(translateServerMessage('must be active users of your organisation', nl)).toBe('Moeten actieve gebruikers van je organisatie zijn');
    expect(translateServerMessage('is not a known field', nl)).toBe('Is geen bekend veld');
    expect(translateServerMessage('is required', uk)).toBe("Обов'язкове поле");
    expect(translateServerMessage('must not be empty', nl)).toBe('Mag niet leeg zijn');
  });

  it('maps messages with values through patterns, keeping the values', () => {
    expect(translateServerMessage('must be at least 10 characters', nl)).toBe('Moet minstens 10 tekens hebben');
    expect(translateServerMessage('must be one of: active, closed', nl)).toBe('Moet een van deze zijn: active, closed');
    expect(translateServerMessage('cannot be before the start date (2026-01-31)', uk)).toBe(
      'Не може бути раніше за дату початку 2026-01-31',
    );
    expect(translateServerMessage('Household was changed by someone else (version 3, yours 2); reload and try again', nl)).toMatch(
      /^Iemand anders heeft dit intussen gewijzigd/,
    );
    expect(translateServerMessage('This household still has 2 member(s); remove them first', nl)).toBe(
      'Dit huishouden heeft nog 2 leden; verwijder die eerst',
    );
    expect(translateServerMessage('This household still has 1 member(s); remove them first', nl)).toBe(
      'Dit huishouden heeft nog 1 lid; verwijder dat eerst',
    );
  });

  it('passes unknown messages through unchanged', () => {
    expect(serverErrorKey('would explode: A → B → A')).toBeUndefined();
    expect(translateServerMessage('would explode: A → B → A', nl)).toBe('would explode: A → B → A');
    // Only whole messages match: a longer text that starts like a known one is not mistranslated.
    expect(translateServerMessage('is required (or ask someone)', nl)).toBe('is required (or ask someone)');
  });

  it('translates the rule messages of single resources, with their dates in the reader’s format', () => {
    expect(translateServerMessage('must be another person than the first coder', nl)).toBe('Moet iemand anders zijn dan de eerste codeur');
    expect(translateServerMessage('would create a cycle: A → B → A', nl)).toBe('Zou een kringloop maken: A → B → A');
    expect(translateServerMessage('is required (or give a planId)', nl)).toBe('Verplicht (of kies een plan)');
    expect(translateServerMessage('cannot be before consent was given (2026-03-01)', nl)).toBe('Kan niet vóór de datum van de toestemming liggen (1-3-2026)');
  });

  it('translates an HttpError: its message and every field message, nested ones too', () => {
    const error = new HttpError('Validation failed', 422, {
      statusCode: 422,
      message: 'Validation failed',
      errors: { reference: 'is already used by another household', notes: 'something new', root: { serverError: 'a value is out of range or malformed' } },
    });
    const translated = translateHttpError(error, nl);
    expect(translated).toBeInstanceOf(HttpError);
    expect(translated.status).toBe(422);
    expect(translated.message).toBe('Enkele velden zijn niet goed ingevuld');
    expect(translated.body).toEqual({
      statusCode: 422,
      message: 'Enkele velden zijn niet goed ingevuld',
      errors: {
        reference: 'Wordt al gebruikt door een ander huishouden',
        notes: 'something new',
        root: { serverError: 'Een waarde is te groot, te klein of ongeldig' },
      },
    });
  });

  it('translates the sign-in messages', () => {
    expect(translateServerMessage('Wrong email or password', uk)).toBe('Неправильна електронна пошта або пароль');
    expect(translateServerMessage('Too many sign-in attempts; wait a minute and try again', nl)).toMatch(/^Te veel pogingen/);
  });
});

describe('httpClient', () => {
  afterEach(() => vi.restoreAllMocks());

  it('hands react-admin errors with the field messages already translated (Dutch by default)', async () => {
    const { httpClient } = await import('./dataProvider');
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      new Response(JSON.stringify({ statusCode: 422, message: 'Validation failed', errors: { assigneeIds: 'must be active users of your organisation' } }), {
        status: 422,
        headers: { 'Content-Type': 'application/json' },
      }),
    );
    const error = (await httpClient('/api/households', { method: 'POST', body: '{}' }).catch((e: unknown) => e)) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(error.body.errors).toEqual({ assigneeIds: 'Moeten actieve gebruikers van je organisatie zijn' });
  });
});

describe('a 422 names its fields in the form notification', () => {
  const nl = translator('nl');

  it('adds a summary of every field error, labelled as the form labels it', () => {
    const error = new HttpError('Validation failed', 422, { errors: { nextReviewDate: 'Mag niet vóór de startdatum liggen 2026-12-03', endReason: 'x' } });
    const named = withFieldSummary('perspective-plans', error, nl);
    const errors = (named.body as { errors: Record<string, unknown> }).errors;
    expect(errors.nextReviewDate).toBe('Mag niet vóór de startdatum liggen 2026-12-03');
    expect((errors.root as { serverError: string }).serverError).toBe(
      `${nl('resources.perspective-plans.fields.nextReviewDate')}: Mag niet vóór de startdatum liggen 2026-12-03 · ${nl('app.guards.fields.endReason')}: x`,
    );
  });

  it('keeps a whole-record message first and leaves errors without fields alone', () => {
    const rootOnly = new HttpError('Validation failed', 422, { errors: { root: { serverError: 'Kapot' }, minutes: 'Te veel' } });
    expect(((withFieldSummary('contact-logs', rootOnly, nl).body as { errors: { root: { serverError: string } } }).errors.root.serverError)).toBe(
      `Kapot · ${nl('resources.contact-logs.fields.minutes')}: Te veel`,
    );
    const conflict = new HttpError('Stale', 409, { message: 'Stale' });
    expect(withFieldSummary('contact-logs', conflict, nl)).toBe(conflict);
  });

  it('translates the placement move messages', () => {
    expect(translateServerMessage('cannot move from proposed to ended; allowed: started', nl)).toBe('Deze statuswijziging is niet toegestaan');
    expect(translateServerMessage('is required to end a placement', nl)).toBe('Geef aan waarom de plaatsing is beëindigd');
  });
});
