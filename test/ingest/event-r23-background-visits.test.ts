/**
 * Inspections told as a story's background (event-background-visits.ts): "since an earlier visit", "Ofsted were in
 * the building", and an inspection placed at a time of its own beside a grade ("with an unannounced visit the year
 * before"). Each beside ordinary sentences with the same words that tell no inspection of a council's children's
 * services: a royal or ministerial visit, a fire officers' or a football club's, another body's inspection, a school's.
 * Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';
import {today} from './article.js';
import {rows as allRows} from './pb4-rows.js';

/** The article names a council first, so that its sentences are read as about one. */
const rows = (published: string, ...text: string[]) => allRows(published, 'Bolton Council’s children’s services are under the spotlight again.', ...text);

const visits = (published: string, ...text: string[]) => rows(published, ...text).filter((r) => r.startsWith('inspection-visit '));

test('a visit the story looks back to: "since an earlier visit", "Ofsted were in the building"', () => {
	expect(visits('2019-03-01', 'Inspectors said practice in Redcar had slipped badly since an earlier visit and that managers had missed warning signs.')).toHaveLength(1);
	expect(visits('2022-05-10', 'Ofsted inspectors found that work with care leavers in Halton had improved since the previous monitoring visit.')).toHaveLength(1);
	expect(visits('2016-10-19', 'Two months ago the cabinet member told the chamber that Ofsted were in the building and things were going well in Warrington.')).toEqual(['inspection-visit 2016-08~']);
});

test('an inspection placed at a time of its own beside a grade is a visit of its own', () => {
	expect(visits('2018-02-09', 'Bolton had been judged adequate for safeguarding in 2011, with an unannounced visit the year before finding no areas for priority action.')).toEqual(['inspection-visit 2010~']);
	expect(visits('2011-12-14', 'The notice was issued in October 2009, after Ofsted rated Leicestershire’s children’s services as performing poorly and an unannounced inspection of its contact, referral and assessment arrangements that summer found areas for priority action.')).toEqual(['inspection-visit 2009~']);
});

test('other visits and other inspections are none', () => {
	for (const text of [
		'The Duke of Kent has returned to the Stockport hospice for the first time since an earlier visit in 2015.',
		'Fans have not seen the club win at home since the last visit of Stockport County.',
		'The prime minister said Bolton’s town centre had changed since his previous visit.',
		'Fire officers said the Stockport tower block had become safer since their last visit.',
		'Police were in the building within minutes of the alarm being raised at the Bolton store.',
		'The headteacher said the school had improved since the last visit by Ofsted inspectors of schools, who rated its teaching good.',
		'Staff said morale at the Halton hospital had slipped since the previous visit by the Care Quality Commission.',
		'The bishop said the parish had grown since his earlier visit to Bolton.',
		'The striker has not scored since the team’s last visit to the stadium in the autumn of 2019.',
		'Environmental health officers were in the building for three hours at the Bolton takeaway.',
		'The museum’s visitor numbers have doubled since the previous year, with an unannounced visit by the mayor the year before.',
		'If inspectors were in the building tomorrow, they would find a service that is improving, the director said.',
	]) {
		expect(visits('2019-03-01', text), text).toEqual([]);
	}
});

test('an inspection dated "this summer" beside the news of its grade: a visit to each council the sentence lists', () => {
	expect(visits('2023-08-24', 'Suffolk, Bury and Torbay must act urgently after receiving the lowest of the three possible outcomes in joint inspections by Ofsted and the Care Quality Commission this summer.')).toEqual(['inspection-visit 2023~', 'inspection-visit 2023~', 'inspection-visit 2023~']);
	expect(visits('2023-08-24', 'Suffolk was given the lowest outcome in an area SEND inspection carried out this summer.')).toEqual(['inspection-visit 2023~']);
});

test('a visit of someone else dated "this summer", or another body’s inspection, is none', () => {
	for (const text of [
		'Bolton’s children’s services were rated good, and the prime minister’s visit this summer was a success.',
		'Bolton’s children’s services were rated good, and the Ofsted chief inspector’s speech this summer praised them.',
		'Bolton’s children’s services were rated good; the royal visit this summer drew large crowds.',
		'Bolton’s children’s services were rated good, and the fire safety inspection of the town hall last month found no faults.',
	]) {
		expect(visits('2023-08-24', text), text).toEqual([]);
	}
});

test('"the previous year" steps back from the date told before it, like "the year before"', () => {
	expect(visits('2022-02-16', 'In a report made public on Tuesday, Ofsted said Durham’s leaders had not acted quickly enough after warnings at a focused visit the previous year.')).toEqual(['inspection-visit 2021~']);
	// (Not a date: "the previous leader", "the previous government".)
	expect(visits('2022-02-16', 'In a report made public on Tuesday, Ofsted said Durham’s leaders had acted on warnings the previous leader ignored at a focused visit.').every((r) => !r.includes('2021'))).toBe(true);
});

test('a monitoring letter tells the monitoring visit it reports; a school’s, a hospital’s or a firm’s letter is none', () => {
	expect(visits('2016-11-18', 'The director of Bolton’s children’s services resigned today, days after an Ofsted monitoring letter said the pace of improvement remained too slow.')).toHaveLength(1);
	for (const text of [
		'The Bolton academy received a monitoring letter from Ofsted praising its new headteacher.',
		'The Bolton hospital’s latest monitoring letter from the Care Quality Commission raised concerns about maternity care.',
		'Pupils at the Bolton school were praised in a monitoring letter published last week.',
		'The bank sent a monitoring letter to the Bolton company about its loan.',
		'The charity’s monitoring letter to its Bolton trustees was leaked.',
		'The Bolton council’s monitoring officer wrote a letter to councillors about the vote.',
	]) {
		expect(visits('2016-11-18', text), text).toEqual([]);
	}
});

test('on a page with no date, an inspection "in September" beside an earlier grade is still a visit (undated)', () => {
	const got = extractArticle('title: Council news\nauthority: East Riding of Yorkshire\n\nThe education watchdog spent three weeks looking at the county’s social work in September, and its report lifts the council from the requires improvement grade it was handed in 2015.\n', {today}).events;
	expect(got.filter((e) => e.type === 'inspection-visit').map((e) => e.date.value)).toEqual([null]);
});
