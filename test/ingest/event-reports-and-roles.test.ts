/**
 * Shapes a fifth blind reading of real pages left without rules: a commissioner's report dated by where it was sent
 * ("submitted to the education secretary in June"), an intervention's roles listed with their months ("- commissioner
 * for children's social care: June 2021"), and a grade a council failed to keep. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {article} from './article.js';

const typed = (published: string, ...paragraphs: string[]) =>
	article(published, ...paragraphs).events.map((e) => `${e.type}${e.rating ? ` ${e.rating}` : ''}${e.status ? ` ${e.status}` : ''} ${e.authority} ${e.date.value === null ? 'undated' : (e.date.approximate ? '~' : '') + e.date.value}`);

const lede = 'Derby City Council’s children’s services were rated inadequate in January.';

test('"The commissioner’s report, submitted to the education secretary in June, found ...": the report of June', () => {
	expect(typed('2021-09-14', lede, 'The commissioner’s report, submitted to the education secretary in June, found the council had the capacity to improve.')).toContain('commissioner-report Derby 2021-06');
	expect(typed('2021-09-14', lede, 'The adviser’s findings, sent to ministers in June, were published on Tuesday. The commissioner’s review, handed to the minister in July, recommended that the council keep its services.')).toContain('commissioner-report Derby 2021-07');
	// A purpose told by a participle is still a clause of its own: the plan's date is not the purpose's.
	expect(typed('2021-09-14', lede, 'An improvement plan was agreed in March, designed to speed up assessments by December.')).toContain('improvement-plan Derby 2021-03');
});

test('an intervention’s roles listed with their months: "- commissioner for children’s social care: June 2021"', () => {
	const events = typed('2024-03-01', 'Derby City Council is under government intervention.', 'Key dates:', '- Inadequate judgement: January 2018', '- commissioner for children’s social care: June 2021', '- improvement adviser: January 2024');
	expect(events).toContain('commissioner-appointed Derby 2021-06');
	expect(typed('2024-03-01', 'Derby City Council is under government intervention.', '• Inadequate judgement: 12 January 2019', '• Children’s services commissioner: 4 March 2019', 'The council expects the intervention to end next year.')).toContain('commissioner-appointed Derby 2019-03-04');
	// A role described, with no month, is no appointment.
	expect(typed('2024-03-01', 'Derby City Council is under government intervention.', 'The commissioner: a former director who has led two councils.').filter((e) => e.startsWith('commissioner'))).toEqual([]);
});

test('"failed to keep its outstanding rating": a grade lost, not given', () => {
	expect(typed('2024-02-08', 'Bury Council failed to keep its outstanding rating, inspectors said.').filter((e) => e.includes('outstanding'))).toEqual([]);
	expect(typed('2024-02-08', 'Bury Council was unable to retain its good rating at the latest inspection.').filter((e) => e.includes(' good '))).toEqual([]);
	// The grade it held is history where the sentence dates it.
	expect(typed('2024-02-08', 'Bury Council has been unable to retain the good rating it won in 2019.')).toContain('inspection-judgement good Bury 2019');
});
