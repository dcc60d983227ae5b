/**
 * Statuses a seventh blind reading found wrong: things done marked planned because a report's purpose ("is to
 * inform members of the outcome of the re-inspection ..., which took place in June 2014") or another verb's future
 * ("£6m have been allocated ... and the plan is expected to cost a further £2m") stands beside them, and a visit
 * someone asked for ("I have asked for inspectors to come back in six months") marked as made. Sentences written
 * for this project.
 */
import {expect, test} from 'vitest';
import {article} from './article.js';

const rows = (published: string, type: string, ...paragraphs: string[]) =>
	article(published, ...paragraphs)
		.events.filter((e) => e.type === type)
		.map((e) => `${e.authority} ${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''} ${e.status ?? 'happened'}`);

test('"the re-inspection ..., which took place in May 2016" in a report whose purpose is to inform members: a visit made', () => {
	expect(rows('2016-09-20', 'inspection-visit', '1.1 The purpose of this report is to update members on the outcome of the re-inspection of Bury Council’s youth offending service, which took place in May 2016.')).toEqual(['Bury 2016-05 happened']);
	expect(rows('2021-06-20', 'inspection-visit', 'This paper is to brief the committee on the Ofsted focused visit to Rochdale Borough Council, which was carried out on 3 and 4 March 2021.')).toEqual(['Rochdale 2021-03-03 happened']);
	// A report still to come on a visit made: the visit keeps its own date, not the report's.
	expect(rows('2021-06-20', 'inspection-visit', 'Ofsted will publish its report next month on the inspection of Bury Council’s children’s services, which took place in May.')).toEqual(['Bury 2021-05 happened']);
	// A visit still to come stays planned.
	expect(rows('2021-06-20', 'inspection-visit', 'Ofsted is expected to carry out a focused visit to Rochdale Borough Council in the autumn.').map((r) => r.split(' ').at(-1))).toEqual(['planned']);
});

test('"£6m have been allocated ... and the plan is expected to cost a further £2m": the money allocated happened', () => {
	const allocated = rows('2021-06-20', 'funding', 'Extra funding of £3m has been allocated to Bury Council’s children’s services this year and the improvement plan is expected to cost a further £1m.');
	expect(allocated.length).toBeGreaterThan(0);
	expect(allocated[0]).toMatch(/ happened$/);
	expect(rows('2021-06-20', 'funding', 'A further £2m was set aside by Rochdale Borough Council in March, and officers say more will be needed next year.')).toEqual(['Rochdale 2021-03~ happened']);
	// Money still to be given, or to be set aside, is planned.
	expect(rows('2021-06-20', 'funding', 'Bury Council will allocate an extra £2m to children’s services next year.')).toEqual(['Bury 2022~ planned']);
	expect(rows('2021-06-20', 'funding', 'An extra £2m is to be set aside by Bury Council for children’s services next year.').map((r) => r.split(' ').at(-1))).toEqual(['planned']);
});

test('"according to a report by commissioner X published on Tuesday": the report is out, whatever it says will happen', () => {
	expect(rows('2021-06-24', 'commissioner-report', 'Sutton Council will keep control of its children’s services, according to a report by commissioner Ruth Okafor published on Tuesday.').map((r) => r.split(' ').at(-1))).toEqual(['happened']);
});

test('"I have asked for inspectors to come back in six months": a visit asked for, not made', () => {
	const lead = 'Ofsted has rated Bury Council’s children’s services inadequate.';
	for (const asked of [
		'Council leader Amy Rix said: “We have a new team and I have asked for inspectors to come back in six months to check our progress.”',
		'Bury Council has invited inspectors back in the spring to see the changes.',
		'The director said she had requested a further monitoring visit.',
	]) {
		const visits = rows('2021-06-20', 'inspection-visit', lead, asked);
		expect(visits).toHaveLength(1);
		expect(visits[0]).toMatch(/ proposed$/);
	}
	// A visit made after a request, and inspectors who came back, happened.
	expect(rows('2021-06-20', 'inspection-visit', 'Inspectors came back in March to check on progress at Bury Council.')).toEqual(['Bury 2021-03 happened']);
	expect(rows('2021-06-20', 'inspection-visit', 'Bury Council asked for a monitoring visit, which took place in March.')).toEqual(['Bury 2021-03 happened']);
});
