/** Communities in the shown graph (Louvain, seeded so the colours are stable across runs). */
import Graph from "graphology";
import louvain from "graphology-communities-louvain";

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function detectCommunities(
  nodes: readonly string[],
  edges: readonly { source: string; target: string; weight: number }[],
): Map<string, number> {
  const graph = new Graph({ type: "undirected" });
  for (const node of nodes) graph.addNode(node);
  for (const edge of edges) graph.mergeEdge(edge.source, edge.target, { weight: edge.weight });
  if (graph.size === 0) return new Map(nodes.map((n, i) => [n, i]));
  const assignment = louvain(graph, { rng: seededRandom(1), getEdgeWeight: "weight" });
  // Renumber by first appearance so community 0 is the one of the most active person.
  const renumber = new Map<number, number>();
  return new Map(
    nodes.map((n) => [
      n,
      renumber.get(assignment[n]!) ?? renumber.set(assignment[n]!, renumber.size).get(assignment[n]!)!,
    ]),
  );
}
