/** Routes one request to the service; shared by the worker entry and the in-page fallback. */
import type { Progress, Request } from "./protocol";
import type { DatabaseService } from "./service";

export function dispatch(
  service: DatabaseService,
  request: Request,
  onProgress: (progress: Progress) => void,
): Promise<unknown> {
  switch (request.type) {
    case "importFiles":
      return service.importFiles(request.files, onProgress);
    case "importSeeds":
      return service.importSeeds(onProgress);
    case "counts":
      return service.counts();
    case "article":
      return service.articleDetail(request.id);
    case "aggregate":
      return service.aggregate(request.name, request.filters, request.params);
    case "expressions":
      return service.expressions(request.filters, request.limit);
    case "backup":
      return service.backup();
    case "restore":
      return service.restore(request.text, request.fileName);
    case "clear":
      return service.clear();
  }
}
