import { useDeferredValue, useState } from "react";
import { NETWORK_OPENS_WITH } from "../../model/network-view";
import type { ColorBy } from "./to-option";

/** The network's own controls (not in the URL): colouring, how many people, a name search. */
export function useNetworkSettings() {
  const [colorBy, setColorBy] = useState<ColorBy>("province");
  const [limit, setLimit] = useState<number>(NETWORK_OPENS_WITH.limit);
  const [search, setSearch] = useState("");
  // The graph follows the search box without making each keystroke wait for it.
  const deferredSearch = useDeferredValue(search);
  return { colorBy, setColorBy, limit, setLimit, search, setSearch, deferredSearch };
}

export type NetworkSettings = ReturnType<typeof useNetworkSettings>;
