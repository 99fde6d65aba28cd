/**
 * The leader network, in Node: the corpus is imported into the in-memory dataset (as
 * matching.bench.ts does), then the network aggregate (ranking, links, communities and the force
 * layout, all of which run in the worker) is timed at each limit. The synthetic corpus has a few
 * hundred people, so the force layout alone is also timed on 2,000 people with 8,000 random links.
 * Prints human lines and, last, one JSON object of figures.
 */
import { aggregates } from "../../src/analytics";
import { DatasetStore } from "../../src/analytics/dataset-store";
import { layoutNetwork } from "../../src/analytics/network-layout";
import { deriveRows } from "../../src/db/derive";
import { parseText } from "../../src/ingest";
import { NO_FILTERS } from "../../src/model/filters";
import { corpusFiles, seededRandom } from "./corpus";

const ARTICLES = Number(process.env.NETWORK_ARTICLES ?? 30_000);
const LIMITS = [150, 600, 2000];

const store = new DatasetStore();
let index = 0;
for (const file of corpusFiles(ARTICLES, 5)) {
  const documentId = (index++).toString(16).padStart(16, "0").padEnd(64, "0");
  store.apply(deriveRows(documentId, file.name, parseText(file.text, { fileName: file.name }), store));
}
const data = store.current();
const figures: Record<string, number> = { networkPeople: data.people.length };
for (const limit of LIMITS) {
  const start = performance.now();
  const network = await aggregates.network(
    data,
    NO_FILTERS,
    { includeMentioned: false, limit, search: "" },
    async () => [],
  );
  const ms = Math.round(performance.now() - start);
  figures[`network${limit}Ms`] = ms;
  figures[`network${limit}Nodes`] = network.nodes.length;
  console.log(
    `network, limit ${limit}: ${network.nodes.length} people, ${network.edges.length} links, ${ms} ms (worker side)`,
  );
}
const random = seededRandom(3);
const people = Array.from({ length: 2000 }, (_, i) => `p${i}`);
const pick = () => people[Math.floor(random() * people.length)]!;
const links = Array.from({ length: 8000 }, () => ({
  source: pick(),
  target: pick(),
  weight: 1 + Math.floor(random() * 3),
}));
const start = performance.now();
layoutNetwork(people, links);
figures.layout2000Ms = Math.round(performance.now() - start);
console.log(`force layout alone, 2,000 people and 8,000 links: ${figures.layout2000Ms} ms (worker side)`);
console.log(JSON.stringify(figures));
