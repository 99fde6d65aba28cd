import { useAddCorrection } from "../../queries/corrections";
import type { CorrectionChange } from "../../model/correction";

/** Saves corrections of one article (or, across articles, a "same person as"), one after another, signed by `author`. */
export function useCorrect(articleId: string, author: string) {
  const add = useAddCorrection();
  const correct = async (changes: readonly CorrectionChange[], acrossArticles = false) => {
    for (const change of changes)
      await add.mutateAsync({ articleId: acrossArticles ? null : articleId, change, author: author.trim() });
  };
  return { correct, pending: add.isPending, failed: add.isError };
}
