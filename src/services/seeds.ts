/** The bundled articles of `seeds/`, built into the app as assets (so they work offline). */
const loaders = import.meta.glob<string>("/seeds/*", { query: "?raw", import: "default" });

export async function loadSeedFiles(): Promise<{ name: string; text: string }[]> {
  const entries = Object.entries(loaders).sort(([a], [b]) => a.localeCompare(b));
  return Promise.all(entries.map(async ([path, load]) => ({ name: path.split("/").pop()!, text: await load() })));
}
