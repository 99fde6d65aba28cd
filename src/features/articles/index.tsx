import { useViewState } from "../../lib/view-state";
import { ArticleList } from "./article-list";
import { ArticleReader } from "./article-reader";

/** The article list, or the reader when an article is open. */
export default function ArticlesView() {
  const { state } = useViewState();
  if (state.article) return <ArticleReader id={state.article} />;
  // Keyed by the URL's search so a search set elsewhere (a link, back/forward) starts the box afresh.
  return <ArticleList key={state.q} />;
}
