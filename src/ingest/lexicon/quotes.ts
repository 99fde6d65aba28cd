/**
 * Quotation marks that set off a formulation (提法): “两个确立”, 「三级联动」, "放管服", 『…』.
 * Book-title marks 《》 are not among them: they name documents, not formulations.
 */
export const QUOTE_MARKS: readonly (readonly [open: string, close: string])[] = [
  ["“", "”"],
  // A page that mixes its marks closes a curly quote with a straight one: “一国两制"、“澳人治澳".
  ["“", '"'],
  ["「", "」"],
  ['"', '"'],
  ["『", "』"],
];

/** The double quotation marks, curly and straight: a quotation in one of them holds none of the others. */
export const DOUBLE_QUOTES = '“”"';
