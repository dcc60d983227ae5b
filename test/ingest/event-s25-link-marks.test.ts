/**
 * A saved BBC page's link label ", external" inside a run of grades and years (link-marks.ts): the run reads as if
 * the label were not there. Beside them, "external" as the sentence's own word, which stays. Sentences written for
 * this project.
 */
import {expect, test} from 'vitest';
import {withoutLinkMarks} from '../../source/ingest/link-marks.js';
import {article} from './article.js';

const judgements = (published: string, ...text: string[]) =>
	article(published, ...text)
		.events.filter((e) => e.type === 'inspection-judgement')
		.map((e) => `${e.rating ?? 'ungraded'} ${e.date.value ?? 'undated'}`)
		.sort();

test('a run of grades with link labels reads as the run without them', () => {
	expect(judgements('2024-03-01', 'Ofsted rated Bury’s children’s services inadequate in 2015, external and again in 2019, external.')).toEqual(['inadequate 2015', 'inadequate 2019']);
	expect(judgements('2024-03-01', 'It found Wigan’s services to be performing poorly in 2010, external, and rated them inadequate in 2016, external and again in 2020, external.')).toEqual(['inadequate 2010', 'inadequate 2016', 'inadequate 2020']);
	expect(judgements('2024-03-01', 'Inspectors judged Oldham’s services good in 2014, external and again in 2018, external.')).toEqual(['good 2014', 'good 2018']);
	expect(judgements('2024-03-01', 'Rochdale was judged to require improvement in 2017, external, and good in 2022, external.')).toEqual(['good 2022', 'requires improvement 2017']);
	expect(judgements('2024-03-01', 'Salford’s services were rated outstanding in 2019, external and again in 2023.')).toEqual(['outstanding 2019', 'outstanding 2023']);
	expect(judgements('2024-03-01', 'Stockport’s services were rated good in 2016, external; they were rated good again in 2021, external.')).toEqual(['good 2016', 'good 2021']);
});

test('"external" as the sentence’s own word stays', () => {
	const own = [
		'The council hired consultants, external reviewers and an interim director.',
		'Leaders commissioned two reviews, external and internal, of the front door.',
		'Staff were told that, external to the council, a new partnership would be formed.',
		'The report criticised the use of agency staff, external placements and costly residential care.',
		'Wigan said that a panel, external to the service, would check the plan.',
		'Spending rose on agency social workers, external fostering agencies and legal fees.',
	];
	for (const s of own) expect(withoutLinkMarks(s)).toBe(s);
	// The label is blanked, not cut: offsets into the paragraph still hold.
	const marked = 'It rated them inadequate in 2015, external and again in 2019, external.';
	expect(withoutLinkMarks(marked)).toHaveLength(marked.length);
	expect(withoutLinkMarks(marked).replace(/\s+/g, ' ')).toBe('It rated them inadequate in 2015 and again in 2019 .');
});
