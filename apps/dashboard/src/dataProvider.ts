import simpleRestProvider from 'ra-data-simple-rest';
import { DataProvider, fetchUtils, Identifier, RaRecord } from 'react-admin';
import type { HomeReport, Outcome, OutcomeStage } from '@crm/domain';
import { currentLocale } from './i18n';

export const API_URL = '/api';

export interface OutcomeMove {
  stage: OutcomeStage;
  position: number;
  version?: number;
}

/** The stock REST provider plus the API's endpoints that are not CRUD. */
export interface CrmDataProvider extends DataProvider {
  moveOutcome(id: Identifier, move: OutcomeMove): Promise<{ data: Outcome }>;
  restore(resource: string, id: Identifier): Promise<{ data: RaRecord }>;
  homeReport(): Promise<{ data: HomeReport }>;
}

/**
 * fetchJson with the API's httpOnly session cookie (the page never holds the token itself, so a
 * script that found its way into the page could not carry it off) and the interface's language,
 * so the API's error messages come in it.
 */
export function createHttpClient() {
  return (url: string, options: fetchUtils.Options = {}) => {
    const headers = new Headers(options.headers ?? { Accept: 'application/json' });
    headers.set('Accept-Language', currentLocale());
    return fetchUtils.fetchJson(url, { ...options, headers, credentials: 'include' });
  };
}

export function createDataProvider(apiUrl = API_URL, httpClient = createHttpClient()): CrmDataProvider {
  const post = (url: string, body?: unknown) => httpClient(url, { method: 'POST', body: body === undefined ? undefined : JSON.stringify(body) });
  return {
    ...simpleRestProvider(apiUrl, httpClient),
    moveOutcome: async (id, move) => ({ data: (await post(`${apiUrl}/outcomes/${id}/move`, move)).json }),
    restore: async (resource, id) => ({ data: (await post(`${apiUrl}/${resource}/${id}/restore`)).json }),
    homeReport: async () => ({ data: (await httpClient(`${apiUrl}/reports/home`)).json }),
  };
}

export const dataProvider = createDataProvider();
