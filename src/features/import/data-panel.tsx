import { PartBoundary } from "../../components/part-boundary";
import { AnalysisControls } from "./analysis-controls";
import { CorpusControls } from "./corpus-controls";
import { CorrectionsList } from "./corrections-list";
import { DatabaseSummary } from "./database-summary";
import { ImportFiles } from "./import-files";

/** The data page: your own articles in, backups out and back, and what the database holds. */
export default function DataPanel() {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <PartBoundary>
        <ImportFiles />
      </PartBoundary>
      <PartBoundary>
        <DatabaseSummary />
      </PartBoundary>
      <PartBoundary>
        <AnalysisControls />
      </PartBoundary>
      <PartBoundary>
        <CorrectionsList />
      </PartBoundary>
      <PartBoundary>
        <CorpusControls />
      </PartBoundary>
    </div>
  );
}
