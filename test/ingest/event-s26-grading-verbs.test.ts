/**
 * Judgements told with verbs and frames the main rules did not read: an inspectorate that "found" a service good,
 * unquoted; a service "condemned", "classed", "assessed", "considered" or "categorised" as a grade; one that
 * "slipped to" a grade or "scored" one; "a good verdict". The near misses keep a bare "good" a common word: praise of
 * a part, staff, a school, a hope, a question, a denial. Sentences written for this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const graded = (text: string) =>
	extractArticle(`title: Council news\ndate: 2024-04-10\nauthority: Wigan\n\n${text}\n`, {today})
		.events.filter((e) => e.type === 'inspection-judgement' && (e.service === undefined || e.service === "children's services"))
		.map((e) => `${e.rating ?? '-'} ${e.date.value ?? 'undated'}`)
		.sort();

describe('grades given by the verbs and frames newsrooms use', () => {
	const cases: [string, string[]][] = [
		['Inspectors found Wigan’s services good.', ['good 2024-04-10']],
		['An inspection in 2021 found the service good.', ['good 2021']],
		['The report found Wigan’s children’s services outstanding, with leadership singled out for praise.', ['outstanding 2024-04-10']],
		['Ofsted found the council’s social care department good overall.', ['good 2024-04-10']],
		['Wigan’s children’s services were condemned as inadequate in 2016.', ['inadequate 2016']],
		['In 2013 the council’s services for children were classed as inadequate.', ['inadequate 2013']],
		['Wigan’s children’s services were assessed as performing well in 2009.', ['good 2009']],
		['Three years later the service was considered good.', ['good undated']],
		['Wigan’s children’s social care was categorised as requires improvement in 2018.', ['requires improvement 2018']],
		['In 2017 Wigan’s children’s services slipped to requires improvement.', ['requires improvement 2017']],
		['Wigan’s children’s services scored an ‘inadequate’ in 2015.', ['inadequate 2015']],
		['Wigan’s children’s services were given a good verdict in 2019.', ['good 2019']],
	];
	for (const [text, want] of cases) it(text.slice(0, 80), () => expect(graded(text)).toEqual(want));
});

describe('near misses: a common word, not a grade of the council’s services', () => {
	const cases: [string, string[]][] = [
		['Inspectors found Wigan’s social workers good at listening to children.', []],
		['Inspectors found good practice in Wigan’s fostering team.', []],
		['Inspectors found the services good in places but weak in others.', []],
		['Staff morale was considered good by the union.', []],
		['The plans were considered at a meeting of the cabinet in March.', []],
		['Councillors hope the service will be considered good at its next inspection.', []],
		['Was the service ever considered good?', []],
		['The leader denied the department had slipped, saying caseloads fell to 18 in 2016.', []],
		['Wigan’s largest secondary school was considered good by inspectors in 2019.', []],
		['Attendance fell to 91 per cent in 2016, the council said.', []],
		['The council scored well in a survey of residents in 2019.', []],
		['Inspectors found the hospital’s maternity care good, the trust said.', []],
	];
	for (const [text, want] of cases) it(text.slice(0, 80), () => expect(graded(text)).toEqual(want));
});
