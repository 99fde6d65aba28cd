/**
 * Quotation marks that set off a formulation (提法): “两个确立”, 「三级联动」, "放管服", 『…』.
 * Book-title marks 《》 are not among them: they name documents, not formulations.
 */
export const QUOTE_MARKS: readonly (readonly [open: string, close: string])[] = [
  ["“", "”"],
  ["「", "」"],
  ['"', '"'],
  ["『", "』"],
];
