/** The corpus's batches: tuned on (development), or only scored to report (held out). See README.md. */
export const DEVELOPMENT_BATCHES = ["M", "N", "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z", "AD", "AG", "AI", "AM", "AR", "AS", "AT", "AU", "AV", "AW", "AX", "AY", "AZ", "BA", "BB", "BC", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BK", "BL", "BM", "BN", "BO", "BP", "BQ", "BR", "BS", "BT", "BU", "BV", "BW", "BX", "BY", "BZ", "CA", "CB", "CC", "CD", "CE", "CF", "CH", "CI", "CJ", "CK", "CL"];
export const HELD_OUT_BATCHES = ["AF", "AH", "AJ", "AK", "AL", "AN", "AO", "AP", "AQ"];
