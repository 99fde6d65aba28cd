/**
 * A speech transcript ("在全省民政工作会议上的讲话") reports on other events: everyone it names is
 * only mentioned. It shows in its title's last word or in its salutation.
 */

/**
 * Titles of transcripts end with the kind of speech: …上的讲话, …的发言, 政府工作报告. A headline
 * that says someone spoke (宋福龙主持并讲话, 甲作工作报告, 乙作政府工作报告) or what a meeting did with the report
 * (李克强主持国务院全体会议讨论政府工作报告) is a report, not a transcript.
 */
export const SPEECH_TITLE =
  /(?:的|上)(?:讲话|发言|致辞|报告)(?:稿|全文)?$|^(?:讲话|致辞|发言)$|(?<![作并]|[作做](?:政府|常委会|法院|检察院)|(?:讨论|审议|听取|通过|修改|征求)[\u4e00-\u9fff]{0,6})工作报告$/;

/** A transcript opens by addressing the audience: 同志们, 各位领导, 各位代表. */
export const SALUTATION = /^(同志们|各位(领导|代表|同志))/;
