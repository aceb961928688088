import { proactiveApi } from '../api/disclosure-proactive';
import { requestsApi } from '../api/disclosure-requests';
import { decisionsApi } from '../api/decisions';
import { disputesApi } from '../api/disputes';
import { enforcementApi } from '../api/enforcement';
import { legalServicesApi } from '../api/legal-services';
import { litigationApi } from '../api/litigation';
import { reviewApi } from '../api/review';
import { villageApi } from '../api/village-affairs';
import { useRequest, type RequestState } from './use-request';

/**
 * The server's vocabulary endpoints: labels, states, categories and grounds are the server's, never
 * copied into the web app. Fixed values, so each is fetched once per page load.
 */
const SOURCES = {
  review: () => reviewApi.meta(),
  proactive: () => proactiveApi.vocabulary(),
  village: () => villageApi.vocabulary(),
  requests: () => requestsApi.vocabulary(),
  enforcement: () => enforcementApi.vocabulary(),
  litigation: () => litigationApi.vocabulary(),
  disputes: () => disputesApi.vocabulary(),
  decisions: () => decisionsApi.vocabulary(),
  legalServices: () => legalServicesApi.vocabulary(),
};
type Vocabularies = { [K in keyof typeof SOURCES]: Awaited<ReturnType<(typeof SOURCES)[K]>> };

const cache = new Map<keyof Vocabularies, Promise<unknown>>();

/** One module's vocabulary, shared by every component that asks (a failed fetch is retried). */
export function useVocabulary<K extends keyof Vocabularies>(key: K): RequestState<Vocabularies[K]> {
  return useRequest(() => {
    let p = cache.get(key);
    if (!p) {
      p = SOURCES[key]().catch((e: unknown) => {
        cache.delete(key);
        throw e;
      });
      cache.set(key, p);
    }
    return p as Promise<Vocabularies[K]>;
  }, [key]);
}
