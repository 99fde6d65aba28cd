/** How the leader network opens: the worker lays this one out before it is asked for (analytics/prepare). */
export const NETWORK_OPENS_WITH = { includeMentioned: false, limit: 150, search: "" } as const;
