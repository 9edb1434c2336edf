import { fetchUtils, HttpError, type DataProvider } from 'react-admin';
import simpleRestProvider from 'ra-data-simple-rest';
import { session } from './session';
import { i18nProvider } from './i18nProvider';
import { translateHttpError } from './serverErrors';

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

export const dataProvider: DataProvider = simpleRestProvider(API_URL, httpClient);
