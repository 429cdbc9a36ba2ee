import simpleRestProvider from 'ra-data-simple-rest';
import { DataProvider, fetchUtils, Identifier, RaRecord } from 'react-admin';
import type { AnnualReport, HomeReport, Outcome, OutcomeStage, SearchResult } from '@crm/domain';
import { currentLocale } from './i18n';

export const API_URL = '/api';

/**
 * The address of a file the API writes (an export, a report's sheet) for a link: a link sends the
 * browser's Accept-Language, so the language the person chose in the app rides along as `locale`.
 */
export function downloadHref(path: string): string {
  return `${API_URL}${path}${path.includes('?') ? '&' : '?'}locale=${currentLocale()}`;
}

export interface OutcomeMove {
  stage: OutcomeStage;
  position: number;
  version?: number;
}

/** The stock REST provider plus the API's endpoints that are not CRUD. */
export interface CrmDataProvider extends DataProvider {
  moveOutcome(id: Identifier, move: OutcomeMove): Promise<{ data: Outcome }>;
  restore(resource: string, id: Identifier): Promise<{ data: RaRecord }>;
  purge(resource: string, id: Identifier): Promise<{ data: RaRecord }>;
  /** The home figures of the whole school, or of one college. */
  homeReport(unitId?: number | null): Promise<{ data: HomeReport }>;
  annualReport(academicYear: string): Promise<{ data: AnnualReport }>;
  /** Live records a new or edited one with these values would duplicate (GET /api/{resource}/similar). */
  similar(
    resource: 'enterprises' | 'contacts',
    values: Record<string, string | number | undefined>,
  ): Promise<{ data: SimilarRecord[] }>;
  duplicates(resource: 'enterprises' | 'contacts'): Promise<{ data: DuplicatePair[] }>;
  merge(
    resource: 'enterprises' | 'contacts',
    id: Identifier,
    otherId: Identifier,
    fields: string[],
  ): Promise<{ data: { survivor: RaRecord; moved: Record<string, number> } }>;
  commitImport(id: string): Promise<{ data: { counts: ImportCounts; created: Record<string, number> } }>;
  /** The search box: the best matches of each resource the account may read (GET /api/search). */
  search(q: string): Promise<{ data: SearchResult[] }>;
}

export type DuplicateReason = 'uscc' | 'name' | 'alias' | 'phone' | 'email';
export type SimilarRecord = RaRecord & { name: string; reason: DuplicateReason };
export interface DuplicatePair {
  id: string;
  reason: DuplicateReason;
  records: [SimilarRecord, SimilarRecord];
}
export interface ImportCounts {
  create: number;
  match: number;
  invalid: number;
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
  const post = (url: string, body?: unknown) =>
    httpClient(url, { method: 'POST', body: body === undefined ? undefined : JSON.stringify(body) });
  const rest = simpleRestProvider(apiUrl, httpClient);
  return {
    ...rest,
    // a search's total counted up to the API's cap answers `Content-Range: …/10000+`: the stock provider reads
    // the number, and the list says "10,000+" (common/CappedPagination) from `meta.totalCapped`
    getList: async (resource, params) => {
      let capped = false;
      const page = await simpleRestProvider(apiUrl, async (url, options) => {
        const answer = await httpClient(url, options);
        capped = /\/\d+\+$/.test(answer.headers.get('Content-Range') ?? '');
        return answer;
      }).getList(resource, params);
      return capped ? { ...page, meta: { ...page.meta, totalCapped: true } } : page;
    },
    moveOutcome: async (id, move) => ({ data: (await post(`${apiUrl}/outcomes/${id}/move`, move)).json }),
    restore: async (resource, id) => ({ data: (await post(`${apiUrl}/${resource}/${id}/restore`)).json }),
    purge: async (resource, id) => ({
      data: (await httpClient(`${apiUrl}/${resource}/${id}/purge`, { method: 'DELETE' })).json,
    }),
    homeReport: async (unitId) => ({
      data: (await httpClient(`${apiUrl}/reports/home${unitId ? `?unitId=${unitId}` : ''}`)).json,
    }),
    annualReport: async (academicYear) => ({
      data: (await httpClient(`${apiUrl}/reports/annual?academicYear=${encodeURIComponent(academicYear)}`)).json,
    }),
    similar: async (resource, values) => {
      const query = Object.entries(values)
        .filter(([, value]) => value !== undefined && value !== '')
        .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
        .join('&');
      return { data: (await httpClient(`${apiUrl}/${resource}/similar?${query}`)).json };
    },
    duplicates: async (resource) => ({ data: (await httpClient(`${apiUrl}/${resource}/duplicates`)).json }),
    merge: async (resource, id, otherId, fields) => ({
      data: (await post(`${apiUrl}/${resource}/${id}/merge`, { otherId, fields })).json,
    }),
    commitImport: async (id) => ({ data: (await post(`${apiUrl}/imports/${id}/commit`)).json }),
    search: async (q) => ({ data: (await httpClient(`${apiUrl}/search?q=${encodeURIComponent(q)}`)).json }),
  };
}

export const dataProvider = createDataProvider();
