import { useAddCorrection } from "../../queries/corrections";
import type { CorrectionChange } from "../../model/correction";

/** Saves corrections of one article (or, across articles, a "same person as"), one after another. */
export function useCorrect(articleId: string) {
  const add = useAddCorrection();
  const correct = async (changes: readonly CorrectionChange[], acrossArticles = false) => {
    for (const change of changes) await add.mutateAsync({ articleId: acrossArticles ? null : articleId, change });
  };
  return { correct, pending: add.isPending, failed: add.isError };
}
