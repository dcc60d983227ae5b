/**
 * The star ratings of the assessments before 2009 (event-star-ratings.ts): a council's or its children's services'
 * stars are a judgement, graded on the scale the project maps them to. Beside them, hotels, reviews, hopes,
 * conditions and sentences with no assessment, which give none. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {article} from './article.js';

const lead = 'The council’s record on children’s services is under scrutiny.';
const judgements = (published: string, ...text: string[]) =>
	article(published, lead, ...text)
		.events.filter((e) => e.type === 'inspection-judgement')
		.map((e) => `${e.rating ?? 'ungraded'} ${e.date.value ?? 'undated'}`);

test('stars the old assessments gave are judgements', () => {
	expect(judgements('2009-02-04', 'The Audit Commission rated Hull’s children’s services one star last year, down two bands.')).toEqual(['inadequate 2008']);
	expect(judgements('2009-03-05', 'Rochdale is among four councils awarded only one star for children’s services, the bottom of the scale, in the Audit Commission’s annual assessment.').map((r) => r.split(' ')[0])).toEqual(['inadequate']);
	expect(judgements('2009-12-10', 'Councillors said the result should worry everyone after Wigan Council was awarded three stars by the Audit Commission as recently as 2007.')).toEqual(['good 2007']);
	expect(judgements('2008-11-20', 'Wigan’s social care services were given two stars by the Commission for Social Care Inspection in 2006.')).toEqual(['adequate 2006']);
	expect(judgements('2008-11-20', 'In 2005 Wigan Council received the maximum four stars in the comprehensive performance assessment.')).toEqual(['outstanding 2005']);
	expect(judgements('2008-11-20', 'Oldham Council was handed a zero-star rating for its children’s services in 2004.')).toEqual(['inadequate 2004']);
	expect(judgements('2008-11-20', 'The annual performance assessment in 2007 gave Rochdale’s services for children three stars.')).toEqual(['good 2007']);
});

test('stars that are no assessment of a council, or are only hoped for, give no judgement', () => {
	expect(judgements('2008-11-20', 'The council has sold the old town hall to a developer who plans a four-star hotel.')).toEqual([]);
	expect(judgements('2008-11-20', 'The children’s services team received a one-star review from a parent on a website.')).toEqual([]);
	expect(judgements('2008-11-20', 'Wigan hopes to regain its three-star rating for children’s services next year.')).toEqual([]);
	expect(judgements('2008-11-20', 'If the Audit Commission gives the council one star, ministers could intervene.')).toEqual([]);
	expect(judgements('2008-11-20', 'The council’s youth theatre production of Cinderella was awarded four stars by the local paper’s critic.')).toEqual([]);
	expect(judgements('2008-11-20', 'Half of the councils in the region were awarded three stars in the Audit Commission’s assessment.')).toEqual([]);
	expect(judgements('2008-11-20', 'The children’s services director said the department was aiming for four stars in the Audit Commission’s annual assessment.')).toEqual([]);
	expect(judgements('2008-11-20', 'Will the Audit Commission award Wigan three stars for children’s services this year?')).toEqual([]);
});
