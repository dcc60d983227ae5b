/**
 * The day a report came out dates the judgement the article tells only when the report is the inspection's: "Her
 * report, dated 28 June and published on Thursday" after a sentence about a commissioner, "Ms Tolland's report", "the
 * adviser's review" are a person's reports, and the grade Ofsted gave before them keeps no date of theirs. Must
 * stay: the inspectorate's report by any name ("its report", inspectors' "their report", "the inspection report",
 * "Ofsted's report", "a report published on Friday"). Sentences written for this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const judgements = (published: string, text: string) =>
	extractArticle(`title: Council news\ndate: ${published}\nauthority: Halton\n\n${text}\n`, {today}).events.filter((e) => e.type === 'inspection-judgement');

describe('the inspectorate’s report dates the judgement', () => {
	const found: [string, string, string][] = [
		['2025-07-04', "Ofsted has rated Halton's children's services inadequate. Its report, published on Thursday, found widespread failures.", '2025-07-03'],
		['2025-03-20', "Inspectors have rated Halton's services for children good. Their report was published on 12 March.", '2025-03-12'],
		['2024-11-29', "The inspection report, published on Tuesday, rates Halton's children's services inadequate.", '2024-11-26'],
		['2023-05-12', "Halton's children's services require improvement, according to Ofsted's report published on Monday.", '2023-05-08'],
		['2022-10-08', "Halton's children's services have been rated outstanding in a report published on Friday.", '2022-10-07'],
		['2021-06-10', "Ofsted has judged Halton's children's services good, in a report released on 3 June.", '2021-06-03'],
	];
	for (const [day, text, want] of found) it(`${want}: ${text.slice(0, 60)}`, () => expect(judgements(day, text).map((e) => e.date.value)).toContain(want));
});

describe('a person’s report does not date the grade before it', () => {
	const notDated: [string, string, string][] = [
		['2025-07-04', "The commissioner was appointed in March after Ofsted rated Halton's children's services inadequate. Her report, dated 28 June 2025 and published on Thursday, says the council can improve.", '2025-06-28'],
		['2025-07-04', "The commissioner was appointed in March after Ofsted rated Halton's children's services inadequate. Her report, published on Thursday, says the council can improve.", '2025-07-03'],
		['2024-02-14', "An adviser was sent to Halton after Ofsted judged its children's services inadequate. His report, published on Monday, recommends a new director.", '2024-02-12'],
		['2023-09-22', "Ofsted rated Halton's children's services inadequate. Ms Tolland's report, published on Tuesday, recommends the council keeps control.", '2023-09-19'],
		['2023-09-22', "Halton's children's services were rated inadequate by Ofsted. Dr Reed's final review, published on Tuesday, describes the service's recovery.", '2023-09-19'],
		['2022-04-08', "After Halton's children's services were rated inadequate by Ofsted, the improvement adviser's report, published on Wednesday, set out a plan.", '2022-04-06'],
		['2022-04-08', "Halton's children's services were rated inadequate by Ofsted. The minister's report to Parliament, released on Wednesday, backs the council.", '2022-04-06'],
	];
	for (const [day, text, not] of notDated) it(text.slice(0, 70), () => expect(judgements(day, text).map((e) => e.date.value)).not.toContain(not));
});
