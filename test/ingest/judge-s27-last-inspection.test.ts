/**
 * A grade left behind ("gone from requires improvement to outstanding", "up from requires improvement", "no longer
 * inadequate", "previously judged inadequate") whose date the article gives in another sentence, as the year of the
 * last or previous inspection ("Inspectors had last graded the service in 2022", "The previous full inspection was in
 * 2019"): that year, approximately. Near misses: a monitoring or focused visit (which grades nothing), two years told
 * for the last inspection, another council's or a school's last inspection, a last inspection still to come, a grade
 * the sentence dates itself. Sentences written for this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const graded = (...paragraphs: string[]) =>
	extractArticle(`title: Council news\ndate: 2023-05-10\nauthority: York\n\n${paragraphs.join('\n\n')}\n`, {today})
		.events.filter((e) => e.type === 'inspection-judgement' && e.authority === 'York' && (e.service === undefined || e.service === "children's services"))
		.map((e) => `${e.rating ?? '-'} ${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}`)
		.sort();

describe('the grade left behind takes the year of the last inspection', () => {
	const cases: [string[], string][] = [
		[['York’s children’s services have gone from requires improvement to outstanding, Ofsted said in a report published today.', 'Inspectors had last graded the service in 2022.'], 'requires improvement 2022~'],
		[['York’s children’s services have improved from requires improvement to good, Ofsted has said.', 'The previous inspection was in 2019.'], 'requires improvement 2019~'],
		[['York’s children’s services are no longer inadequate, Ofsted has said.', 'The last full inspection took place in 2019.'], 'inadequate 2019~'],
		[['York’s children’s services have been rated good, up from requires improvement.', 'Ofsted last inspected the council’s children’s services in 2018.'], 'requires improvement 2018~'],
		[['The council’s services for children are now good, up from inadequate.', 'They were last inspected in full in 2017, when a commissioner was sent in.'], 'inadequate 2017'],
		[['Ofsted’s last full inspection of the council, in 2018, came before the pandemic.', 'York’s children’s services have now moved from requires improvement to good.'], 'requires improvement 2018~'],
		[['York has climbed from inadequate to requires improvement.', 'Its previous standard inspection was carried out in March 2019.'], 'inadequate 2019~'],
		[['Inspectors said York’s services were no longer inadequate.', 'The service had previously been inspected in 2016.'], 'inadequate 2016~'],
		[['York’s children’s services have gone from good to outstanding.', 'Ofsted had last rated them in 2017.'], 'good 2017~'],
	];
	for (const [paragraphs, want] of cases) it(paragraphs.join(' ').slice(0, 90), () => expect(graded(...paragraphs)).toContain(want));
});

describe('near misses', () => {
	// [paragraphs, what must not be read]
	const cases: [string[], string][] = [
		// A visit that grades nothing is no inspection that gave the grade.
		[['York’s children’s services have improved from requires improvement to good.', 'Ofsted’s last monitoring visit was in 2021.'], 'requires improvement 2021~'],
		[['York’s children’s services have improved from requires improvement to good.', 'The last focused visit, in 2021, found progress.'], 'requires improvement 2021~'],
		// Two years told: which one is not said.
		[['York’s children’s services have improved from requires improvement to good.', 'The council was last inspected in 2018 and visited again in 2020; before that it was inspected in 2014.'], 'requires improvement 2018~'],
		// Another council's, a school's, a home's last inspection.
		[['York’s children’s services have improved from requires improvement to good.', 'Leeds was last inspected in 2019.'], 'requires improvement 2019~'],
		[['York’s children’s services have improved from requires improvement to good.', 'The primary school was last inspected in 2019.'], 'requires improvement 2019~'],
		[['York’s children’s services have improved from requires improvement to good.', 'The children’s home was last inspected in 2019.'], 'requires improvement 2019~'],
		// The next inspection, not the last.
		[['York’s children’s services are no longer inadequate.', 'The next inspection is due in 2026.'], 'inadequate 2026~'],
		// The grade left behind dated in its own sentence keeps that date.
		[['York’s children’s services have improved from requires improvement in 2017 to good.', 'Ofsted last inspected the council in 2019.'], 'requires improvement 2019~'],
		// A hope or a question.
		[['York hopes to move from requires improvement to good.', 'Ofsted last inspected the council in 2019.'], 'requires improvement 2019~'],
		// The grade of now is not the one left behind.
		[['York’s children’s services have been rated good, up from requires improvement.', 'Ofsted last inspected the council in 2018.'], 'good 2018~'],
	];
	for (const [paragraphs, never] of cases) it(paragraphs.join(' ').slice(0, 90), () => expect(graded(...paragraphs)).not.toContain(never));
});
