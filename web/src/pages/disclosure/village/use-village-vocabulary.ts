import { villageApi, type VillageVocabulary } from '../../../api/village-affairs';
import { useRequest } from '../../../lib/use-request';

let cached: Promise<VillageVocabulary> | null = null;

/** 党务/村务/财务, the statutory subjects and frequencies — fixed values, fetched once. */
export function useVillageVocabulary() {
  return useRequest(
    () =>
      (cached ??= villageApi
        .vocabulary()
        .catch((e: unknown) => ((cached = null), Promise.reject(e)))),
    [],
  );
}
