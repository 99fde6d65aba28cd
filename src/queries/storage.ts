import { queryOptions } from "@tanstack/react-query";
import { tifaKeys } from "./keys";

export interface StorageInfo {
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

/** Asks the browser to keep the data (no eviction under pressure) and reports the space used. */
export async function storageInfo(): Promise<StorageInfo> {
  const storage = typeof navigator !== "undefined" ? navigator.storage : undefined;
  if (!storage) return { persisted: null, usage: null, quota: null };
  const persisted = (await storage.persisted?.()) || (await storage.persist?.().catch(() => false)) || false;
  const estimate = await storage.estimate?.().catch(() => undefined);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

export const storageQuery = () => queryOptions({ queryKey: tifaKeys.storage(), queryFn: storageInfo });

export function formatBytes(bytes: number | null): string {
  if (bytes === null) return "?";
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} kB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}
