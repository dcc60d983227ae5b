/**
 * Kinds of event wording that the development half's misses and the phrasebooks share, written so that a rule reads
 * the kind and not a sentence: a day that is a council body's reaction to an event rather than the event's, spells
 * under intervention, grades told in lists and by their word alone. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {article} from './article.js';

const lead = 'Children’s services in the county are under the spotlight again.';
const rows = (published: string, ...paragraphs: string[]) =>
	article(published, lead, ...paragraphs).events.map((e) => `${e.type} ${e.authority} ${e.rating ?? '-'} ${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}`);

test('"The cabinet on Tuesday noted receipt of an improvement notice": the meeting’s day is not the notice’s', () => {
	const notice = rows('2024-03-14', 'Gateshead Council’s cabinet on Tuesday noted receipt of an improvement notice from the Department for Education.');
	expect(notice).toHaveLength(1);
	expect(notice[0]).toMatch(/^improvement-notice Gateshead - (undated|2024-03-14~)$/);
	// A body's reaction on a day: money it defends or debates was found before.
	const money = rows('2024-03-14', 'Gateshead councillors yesterday defended the £3m set aside for children in care.');
	expect(money).toHaveLength(1);
	expect(money[0]).not.toMatch(/2024-03-13$/);
	// The body's own act on its day is the event's: a cabinet that approved the money on Tuesday found it then.
	expect(rows('2024-03-14', 'Gateshead Council’s cabinet on Tuesday approved an extra £3m for children in care.')).toEqual(['funding Gateshead - 2024-03-12']);
	expect(rows('2024-03-14', 'The minister on Tuesday issued an improvement notice to Gateshead Council.')).toEqual(['improvement-notice Gateshead - 2024-03-12']);
});

test('"judged services for looked-after children good": a hyphenated word between the verb and the grade', () => {
	expect(rows('2011-04-08', 'Ofsted judged Gateshead’s services for looked-after children good.')).toEqual(['inspection-judgement Gateshead good 2011-04-08~']);
	expect(rows('2016-04-08', 'Inspectors rated Gateshead’s front-door and early-help work outstanding.')).toEqual(['inspection-judgement Gateshead outstanding 2016-04-08~']);
	// Two grades of the two headline judgements of the time, each a judgement.
	expect(rows('2011-04-08', 'Ofsted judged Gateshead’s services for looked-after children good and the overall effectiveness of safeguarding adequate.').sort()).toEqual(['inspection-judgement Gateshead adequate 2011-04-08~', 'inspection-judgement Gateshead good 2011-04-08~']);
	// Everyday 'good' is still no grade: "judged the long-term plan a good idea".
	expect(rows('2016-04-08', 'Councillors judged the long-term plan for Gateshead a good idea.')).toEqual([]);
});

test('"spent three years under an improvement notice from 2011": a notice in force from a date was issued then', () => {
	expect(rows('2018-12-19', 'Gateshead spent three years under an improvement notice from 2011.')).toEqual(['improvement-notice Gateshead - 2011']);
	expect(rows('2015-02-12', 'Gateshead spent eighteen months under a government notice to improve between 2012 and 2013.')).toContain('improvement-notice Gateshead - 2012');
	// As before, "since".
	expect(rows('2018-12-19', 'Gateshead has been under an improvement notice since 2016.')).toEqual(['improvement-notice Gateshead - 2016']);
	// A date that is not the spell's start is still not the notice's: "under an improvement notice until March".
	expect(rows('2018-12-19', 'Gateshead will remain under an improvement notice until March.').join()).not.toMatch(/2019-03/);
});

test('"which spent three years under government direction earlier in the decade": a spell under a notice, its start not told', () => {
	const spell = rows('2018-12-19', 'Gateshead, which spent three years under government direction earlier in the decade, was rated good this week.');
	expect(spell).toContain('inspection-judgement Gateshead good 2018-12-19~');
	expect(spell.filter((r) => r.startsWith('improvement-notice '))).toEqual(['improvement-notice Gateshead - undated']);
	// Time spent on something else under a director is no notice.
	expect(rows('2018-12-19', 'Gateshead spent three years under the direction of its former director rebuilding its teams.').filter((r) => r.startsWith('improvement-notice'))).toEqual([]);
});


test('"rated good at its previous inspection in 2019; after a visit in February, inspectors now rate it inadequate": the earlier grade stands for its own inspection', () => {
	const found = rows('2024-05-02', 'Gateshead was rated good at its previous full inspection in 2019; after the latest visit in February, inspectors have downgraded it to inadequate.');
	expect(found).toContain('inspection-judgement Gateshead good 2019');
	expect(found).toContain('inspection-visit Gateshead - 2024-02');
	expect(found.filter((r) => r.startsWith('inspection-visit'))).toEqual(['inspection-visit Gateshead - 2024-02']);
	// The news grade's own inspection is still a visit of its own.
	expect(rows('2024-05-02', 'Gateshead has been rated inadequate after an inspection in February.')).toContain('inspection-visit Gateshead - 2024-02');
});

test('"good in 2015; requires improvement in 2018; good again after a visit in 2022": "again" tells a grade given once more', () => {
	const found = rows('2023-05-02', 'Gateshead’s record reads: good in 2015; requires improvement in 2018; and good again after a visit in the spring of 2022.');
	expect(found).toContain('inspection-judgement Gateshead good 2015');
	expect(found).toContain('inspection-judgement Gateshead requires improvement 2018');
	expect(found.some((r) => /^inspection-judgement Gateshead good 2022/.test(r))).toBe(true);
	expect(rows('2023-05-02', 'Gateshead was judged requires improvement in 2016 and good again two years later.').some((r) => /^inspection-judgement Gateshead good 2018/.test(r))).toBe(true);
	// Everyday "good again" is no grade.
	expect(rows('2023-05-02', 'Gateshead councillors said the view from the new offices looked good again.')).toEqual([]);
});

test('"Ofsted has given its verdict on the council. Good, inspectors said.": a grade given by its word alone, attributed', () => {
	expect(rows('2019-03-29', 'Ofsted has given its verdict on Gateshead Council’s services for children. Good, inspectors said, with leadership singled out as outstanding.')).toContain('inspection-judgement Gateshead good 2019-03-29~');
	expect(rows('2019-03-29', 'The verdict on Gateshead Council’s children’s services is in. Outstanding, according to Ofsted.')).toContain('inspection-judgement Gateshead outstanding 2019-03-29~');
	// A word that opens a sentence of praise is no grade: "Good work, inspectors said, had been done".
	expect(rows('2019-03-29', 'Good work had been done in Gateshead, inspectors said.')).toEqual([]);
});

test('"spent £2m under government direction on highways": money spent, not a spell under a notice', () => {
	expect(rows('2024-03-14', 'Gateshead Council spent £2m under government direction on highways between 2020 and 2022.').filter((r) => r.startsWith('improvement-notice'))).toEqual([]);
});

test('"spent 18 months under a notice to improve from 2012": a spell told in figures is still a spell', () => {
	expect(rows('2016-03-14', 'Gateshead spent 18 months under a government notice to improve from 2012.').filter((r) => r.startsWith('improvement-notice'))).toEqual(['improvement-notice Gateshead - 2012']);
});
