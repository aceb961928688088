import { proactiveApi, type Vocabulary } from '../../../api/disclosure-proactive';
import { useRequest } from '../../../lib/use-request';

let cached: Promise<Vocabulary> | null = null;

/** Categories (arts 20–21), withholding grounds … — fixed values, fetched once per page load. */
export function useVocabulary() {
  return useRequest(
    () =>
      (cached ??= proactiveApi
        .vocabulary()
        .catch((e: unknown) => ((cached = null), Promise.reject(e)))),
    [],
  );
}
