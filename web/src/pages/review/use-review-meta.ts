import { reviewApi, type ReviewMeta } from '../../api/review';
import { useRequest } from '../../lib/use-request';

let cached: Promise<ReviewMeta> | null = null;

/** The module's vocabulary (types, states, conclusions …), fetched once per page load. */
export function useReviewMeta() {
  return useRequest(() => {
    cached ??= reviewApi.meta().catch((e: unknown) => {
      cached = null;
      throw e;
    });
    return cached;
  }, []);
}
