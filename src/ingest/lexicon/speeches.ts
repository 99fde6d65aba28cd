/**
 * A speech transcript ("在全省民政工作会议上的讲话") reports on other events: everyone it names is
 * only mentioned. It shows in its title's last word or in its salutation.
 */

/** Titles of transcripts end with the kind of speech: …的讲话, …上的发言, 致辞, 工作报告. */
export const SPEECH_TITLE = /(讲话|发言|致辞|报告)$/;

/** A transcript opens by addressing the audience: 同志们, 各位领导, 各位代表. */
export const SALUTATION = /^(同志们|各位(领导|代表|同志))/;
