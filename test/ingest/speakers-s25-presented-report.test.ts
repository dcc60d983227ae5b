/**
 * A report a named officer or member will present, has prepared, submitted or tabled for a meeting ("Brian Hale, the
 * council's director of children's services, will present a report which accepts the findings"): the words "The
 * report says:" quotes next are that person's. Near misses: the inspectorate's report presented by someone ("will
 * present the Ofsted report"), things presented that are no document (an award, a petition, a motion), a report
 * with no presenter, and a report by someone else named after the presenter. Paragraphs written for this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const speakerOf = (paragraphs: string[], startsWith: string) =>
	extractArticle(`title: Council news\ndate: 2024-03-14\nauthority: Darlington\n\n${paragraphs.join('\n\n')}\n`, {today}).quotes.find((q) => q.text.startsWith(startsWith))?.speaker ?? null;

const said = 'The report says: "We accept the findings and have a credible plan to address every one of them."';

describe('a report a named person presents, prepares, submits or tables', () => {
	const cases: [string, string][] = [
		["Brian Hale, the council's director of children's services, will present a report which accepts the findings.", 'Brian Hale'],
		['Cabinet member Sheila Marsh presented a report to councillors on Tuesday evening.', 'Sheila Marsh'],
		["The council's chief executive, Amanda Reeve, has prepared a report for next week's cabinet.", 'Amanda Reeve'],
		['Director Tom Barker submitted a report to the scrutiny committee ahead of the meeting.', 'Tom Barker'],
		['Councillor Peter Lowe tabled a report at the full council meeting.', 'Peter Lowe'],
		['Interim director Rachel Oduya has written a report for the children and young people committee.', 'Rachel Oduya'],
		["Jane Ellis, the council's head of safeguarding, is presenting a report to members this week.", 'Jane Ellis'],
	];
	for (const [intro, who] of cases) it(`${who}: ${intro.slice(0, 50)}`, () => expect(speakerOf([intro, said], 'We accept the findings')).toBe(who));
});

describe('reports and other things that do not make the presenter the author', () => {
	const cases: [string, string][] = [
		["Brian Hale, the council's director of children's services, will present the Ofsted report to councillors.", 'Brian Hale'],
		['Councillor Peter Lowe presented an award to foster carers at the meeting. The cabinet will also discuss the Ofsted report.', 'Peter Lowe'],
		["Cabinet member Sheila Marsh presented a petition signed by 2,000 parents. Ofsted's report was published on Monday.", 'Sheila Marsh'],
		['Director Tom Barker will present his response to councillors. An Ofsted report published on Monday rated the service adequate.', 'Tom Barker'],
		['Councillor Amir Khan presented a motion calling for an inquiry. Ofsted published its report on Monday.', 'Amir Khan'],
		['Jane Ellis, who chairs the committee, will be presented with a report by Ofsted inspectors.', 'Jane Ellis'],
	];
	for (const [intro, presenter] of cases) it(intro.slice(0, 60), () => expect(speakerOf([intro, said], 'We accept the findings')).not.toBe(presenter));
});
