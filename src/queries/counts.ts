import { queryOptions } from "@tanstack/react-query";
import { fetchCounts } from "./database";

export const countsQuery = () => queryOptions({ queryKey: ["db", "counts"], queryFn: fetchCounts });
