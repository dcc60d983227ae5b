/**
 * A spell under a notice told by its bounds or its length: "under a government improvement notice from 2010 to
 * 2013", "spent eighteen months under a notice to improve between 2012 and 2013" (lifted when the spell ended);
 * "was rated inadequate in 2012 and spent two years under an improvement notice" (served after that grade, lifted
 * about two years on); "were rated inadequate in 2018 and have been under an improvement notice since" (served
 * after that grade). The notice itself is the rules' to find: this step dates it where the rules could not and adds
 * the lifting a spell gone by implies. It describes how papers tell a council's history, never a particular article.
 */
import type {DateValue} from '../corpus/schema.js';
import type {DateMatch} from './dates/types.js';
import {findAuthorityMentions} from '../corpus/authorities.js';
import {childrens, otherBody} from './event-run-subject.js';
import type {RawEvent} from './event-types.js';

const under = String.raw`\bunder\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:(?:government|ministerial|statutory|formal|DfE|non-statutory)\s+)?(?:improvement notice|notice to improve|statutory direction|direction|intervention)\b`;
const underNotice = new RegExp(under, 'i');
const count: Record<string, number> = {a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, eighteen: 18, 'twenty-four': 24, 'thirty-six': 36};
const amount = String.raw`(a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty-four|thirty-six|\d{1,2})\s+(years?|months?)`;
/** "spent two years under ...": the length before the notice, told in the simple past (a spell over). */
const spentFor = new RegExp(String.raw`(?<!\b(?:has|have|had|will|would|could|may|might)\s+)\bspent\s+(?:almost\s+|nearly\s+|more than\s+|over\s+|about\s+|around\s+)?${amount}\s+${under}`, 'i');
/** "was under an improvement notice for (the next) three years": the length after it, in the simple past. */
const wasFor = new RegExp(String.raw`\b(?:was|were)\s+(?:then\s+)?${under}\s+for\s+(?:the\s+(?:next|following)\s+)?(?:almost\s+|nearly\s+|more than\s+|about\s+|around\s+)?${amount}\b`, 'i');
/** "from 2010 to 2013", "between 2012 and 2013" right after the notice's words (or after the length that follows them). */
const bounds = /^[^.;]{0,40}?\b(?:from|between)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?((?:19|20)\d\d)\s+(?:to|and|-|–)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?((?:19|20)\d\d)\b/i;
/** "and have been under an improvement notice since." with no date of its own, or "since the following month". */
const sinceThen = new RegExp(String.raw`\b(?:has|have|had)\s+(?:since\s+)?been\s+${under}\s+since\s*(?:[.,;]|$|the (following|next) (month|year)\b)`, 'i');
/** "since a 2014 inspection", "since the 2019 Ofsted report" right after the notice's words. */
const sinceInspection = /^\s*since\s+(?:a|an|the|its|their)\s+((?:19|20)\d\d)\s+(?:Ofsted\s+)?(?:inspection|rating|report|judgement|judgment|verdict|review)\b/i;
/** What joins the dated grade to the spell: "rated inadequate in 2012 and spent ...", nothing else between them. */
const gradeBefore = /\b(?:rated|judged|found|branded|graded|declared|deemed)\b/i;
/** Another act between the grade's date and the spell: its date would be that act's, not the notice's. */
const actBetween = /\b(?:after|before|when|until|following|since|later|lifted|removed|issued|served|appointed)\b/i;

/** The year reached `n` months after `year` (year precision), approximate. */
const yearAfter = (year: number, months: number, basis: string): DateValue => ({value: String(year + Math.round(months / 12)), precision: 'year', approximate: true, basis});

/** The months a length names ("two years", "18 months"), or null. */
function monthsOf(n: string, unit: string): number | null {
	const k = count[n.toLowerCase()] ?? (/^\d+$/.test(n) ? Number(n) : NaN);
	if (!Number.isFinite(k)) return null;
	return /^year/i.test(unit) ? k * 12 : k;
}

/** The dated grade the spell follows in its sentence: its date, or null. */
function gradeDate(sentence: string, at: number, dates: readonly DateMatch[]): DateMatch | null {
	const before = dates.filter((d) => d.date.value !== null && d.end <= at).at(-1);
	if (!before) return null;
	const between = sentence.slice(before.end, at);
	if (!/^[^.;]{0,40}?\band\b/i.test(between) || actBetween.test(between)) return null;
	return gradeBefore.test(sentence.slice(Math.max(0, before.start - 60), before.start)) ? before : null;
}

/** The lifting a spell gone by implies and the serving date the rules left out; `sentenceRaw`: the sentence's events. Pure but for that date. */
export function noticeSpells(sentence: string, dates: readonly DateMatch[], sentenceRaw: readonly RawEvent[], published: DateValue): RawEvent[] {
	const notice = sentenceRaw.find((e) => e.type === 'improvement-notice' && !e.status);
	if (!notice || !underNotice.test(sentence) || sentenceRaw.some((e) => e.type === 'improvement-notice-lifted')) return [];
	const now = published.value === null ? null : Number(published.value.slice(0, 4));
	const lifted = (date: DateValue, cue: string): RawEvent[] => (now !== null && Number(date.value!.slice(0, 4)) > now ? [] : [{...notice, type: 'improvement-notice-lifted', date, dated: true, undatedPast: false, reportsNews: false, evidence: notice.evidence && {...notice.evidence, cue}}]);
	const u = underNotice.exec(sentence)!;
	if (!spellIsOurs(sentence.slice(0, u.index), sentence, notice)) return [];
	const ranged = bounds.exec(sentence.slice(u.index + u[0].length));
	if (ranged) return lifted({value: ranged[2]!, precision: 'year', approximate: false, basis: `the end of the spell '${ranged[0].trim()}'`}, ranged[0].trim());
	// "had been under intervention since a 2014 inspection rated safeguarding inadequate": served after that inspection.
	const sinceGrade = sinceInspection.exec(sentence.slice(u.index + u[0].length));
	if (sinceGrade && (!notice.dated || notice.date.value === null)) Object.assign(notice, {date: {value: sinceGrade[1]!, precision: 'year', approximate: true, basis: `'${sinceGrade[0].trim()}': in force since then`}, dated: true, undatedPast: false});
	const spell = spentFor.exec(sentence) ?? wasFor.exec(sentence);
	const since = spell ? null : sinceThen.exec(sentence);
	const grade = gradeDate(sentence, (spell ?? since)?.index ?? -1, dates);
	if (!grade) return [];
	const year = Number(grade.date.value!.slice(0, 4));
	// Served after the grade, within its year as papers tell it ("since the following month": a month on).
	const served: DateValue = since?.[1] ? {value: String(/year/i.test(since[2]!) ? year + 1 : year), precision: 'year', approximate: true, basis: `'${since[0].trim()}' the grade of ${grade.date.value}`} : {value: String(year), precision: 'year', approximate: true, basis: `the spell under the notice followed the grade of ${grade.date.value}`};
	// (A reading that took another date, approximate, gives way to the month the spell names.)
	if (!notice.dated || notice.date.value === null || (since?.[1] && notice.date.approximate)) Object.assign(notice, {date: served, dated: true, undatedPast: false});
	if (!spell) return [];
	const months = monthsOf(spell[1]!, spell[2]!);
	return months === null || months < 12 ? [] : lifted(yearAfter(year, months, `${spell[1]} ${spell[2]} after the grade of ${grade.date.value}`), spell[0]);
}

/**
 * The spell is the notice's council's, told as fact: not asked ("Was it under a notice from 2010 to 2013?"), claimed
 * or denied, not a restaurant's or school's notice, and not another council's ("Bolton was under a notice from 2010 to
 * 2013, Wigan councillors were told": the council named last before the notice is whose spell it is).
 */
function spellIsOurs(before: string, sentence: string, notice: RawEvent): boolean {
	if (sentence.trim().endsWith('?') || /\b(?:claim(?:s|ed|ing)?|alleg(?:es|ed|ing)|den(?:y|ies|ied|ying)|if|whether)\b/i.test(before)) return false;
	if (otherBody.test(before) && !childrens.test(before)) return false;
	const last = findAuthorityMentions(before).at(-1);
	return !last || !notice.authority || last.name === notice.authority;
}
