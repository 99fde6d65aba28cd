/**
 * Common posts and their usual English names. A title ends with its post ("省民政厅党组书记" is a
 * 党组书记), so the longest post a title ends with names it; a title none covers stays Chinese.
 */
export const POSTS: Readonly<Record<string, string>> = {
  总书记: "General Secretary",
  党组书记: "Party Secretary of the Leading Party Group",
  党组副书记: "Deputy Party Secretary of the Leading Party Group",
  党组成员: "Member of the Leading Party Group",
  党委书记: "Party Committee Secretary",
  党委副书记: "Deputy Party Committee Secretary",
  党工委书记: "Party Working Committee Secretary",
  省委书记: "Provincial Party Secretary",
  市委书记: "Municipal Party Secretary",
  书记: "Secretary",
  副书记: "Deputy Secretary",
  常务副书记: "Executive Deputy Secretary",
  省长: "Governor",
  副省长: "Vice Governor",
  常务副省长: "Executive Vice Governor",
  市长: "Mayor",
  副市长: "Vice Mayor",
  县长: "County Head",
  区长: "District Head",
  总理: "Premier",
  副总理: "Vice Premier",
  厅长: "Director-General",
  副厅长: "Deputy Director-General",
  局长: "Director",
  副局长: "Deputy Director",
  主任: "Director",
  副主任: "Deputy Director",
  处长: "Division Chief",
  副处长: "Deputy Division Chief",
  主席: "Chair",
  副主席: "Vice Chair",
  秘书长: "Secretary-General",
  副秘书长: "Deputy Secretary-General",
  常委: "Standing Committee Member",
  委员: "Member",
  部长: "Minister",
  副部长: "Vice Minister",
  校长: "President",
  副校长: "Vice President",
  院长: "President",
  副院长: "Vice President",
  董事长: "Chair of the Board",
  总经理: "General Manager",
  巡视员: "Inspector",
  一级巡视员: "First-Class Inspector",
  二级巡视员: "Second-Class Inspector",
  教授: "Professor",
};

const BY_LENGTH = Object.keys(POSTS).sort((a, b) => b.length - a.length);

/** The longest post a title ends with ("厅党组书记" → "党组书记"), or null. */
export function postOf(title: string): string | null {
  return BY_LENGTH.find((post) => title.endsWith(post)) ?? null;
}

/** The English name of a title's post, or null when no post covers it. */
export function postEnglish(title: string): string | null {
  const post = postOf(title);
  return post === null ? null : POSTS[post]!;
}
