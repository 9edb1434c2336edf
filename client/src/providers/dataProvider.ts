import { fetchUtils, HttpError, type DataProvider } from 'react-admin';
import simpleRestProvider from 'ra-data-simple-rest';
import { session } from './session';
import { i18nProvider } from './i18nProvider';
import { translateHttpError, withFieldSummary } from './serverErrors';

export const API_URL = '/api';

/** The stock simple-rest provider; the bearer token is added and known server messages are translated. */
export async function httpClient(url: string, options: fetchUtils.Options = {}) {
  const headers = new Headers(options.headers ?? { Accept: 'application/json' });
  const token = session.token();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  try {
    return await fetchUtils.fetchJson(url, { ...options, headers });
  } catch (error) {
    throw error instanceof HttpError ? translateHttpError(error, i18nProvider.translate) : error;
  }
}

const restProvider = simpleRestProvider(API_URL, httpClient);

/** Writes whose 422 a form shows: every field error is named in the form's notification too. */
const nameFieldErrors =
  <P extends { data?: unknown }>(write: (resource: string, params: P) => Promise<{ data: unknown }>) =>
  async (resource: string, params: P) => {
    try {
      return await write(resource, params);
    } catch (error) {
      throw error instanceof HttpError ? withFieldSummary(resource, error, i18nProvider.translate) : error;
    }
  };

export const dataProvider: DataProvider = {
  ...restProvider,
  create: nameFieldErrors(restProvider.create) as DataProvider['create'],
  update: nameFieldErrors(restProvider.update) as DataProvider['update'],
};
