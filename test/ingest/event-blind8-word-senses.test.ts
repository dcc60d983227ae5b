/**
 * Events an eighth blind reading found invented from another sense of the rules' words: young people "leaving
 * custody" or families "stepped down" to lighter support read as someone's going, a director's pay read as money for
 * the service, a national tally of councils ("45 are performing well") read as this council's grade, and an
 * administration's aim ("for at least one area to be rated outstanding") read as a judgement to come. Sentences
 * written for this project.
 */
import {expect, test} from 'vitest';
import {article} from './article.js';

const types = (published: string, ...paragraphs: string[]) =>
	article(published, ...paragraphs).events.map((e) => `${e.type}${e.rating ? `/${e.rating}` : ''}`);

test('young people leaving custody or care, and families stepped down to lighter support: nobody resigned', () => {
	// Ordinary sentences with the words of a going that is none.
	expect(types('2022-05-12', 'Stockport Council’s youth justice team works with teenagers who are leaving custody.')).not.toContain('resignation');
	expect(types('2022-05-12', 'Inspectors said too many young people were leaving care without a home to go to in Rochdale.')).not.toContain('resignation');
	expect(types('2022-05-12', 'Ofsted found that at Bury Council families were stepped down to early help before they were ready.')).not.toContain('resignation');
	expect(types('2022-05-12', 'Rochdale Borough Council said children had been stepped down from child protection plans too quickly.')).not.toContain('resignation');
	// A director who leaves, or steps down, still resigns.
	expect(types('2022-05-12', 'Bury Council’s director of children’s services, Ian Moss, is leaving the authority in June.')).toContain('resignation');
	expect(types('2022-05-12', 'Rochdale Borough Council’s director of children’s services stepped down to spend more time with her family.')).toContain('resignation');
});

test('a director’s pay is no money for the service', () => {
	expect(types('2022-05-12', 'Sutton Council’s children’s services were rated inadequate. The director, Len Hobb, is paid more than £140,000 a year.')).not.toContain('funding');
	expect(types('2022-05-12', 'The interim director of Bury Council’s children’s services earns £1,100 a day through an agency.')).not.toContain('funding');
	// Money put into the service is funding.
	expect(types('2022-05-12', 'Sutton Council has put an extra £2m into children’s social care this year.')).toContain('funding');
});

test('a national tally of councils is no grade for this one', () => {
	const lede = 'Stockport Council’s children’s services are now rated good by Ofsted.';
	expect(types('2022-05-12', lede, 'Across England, Ofsted found 14 councils are outstanding, 45 are performing well and 19 poorly.')).toEqual(['inspection-judgement/good']);
	expect(types('2022-05-12', lede, 'Nationally, the watchdog judged 12 local authorities as providing excellent services, while 30 were rated good.')).toEqual(['inspection-judgement/good']);
	// The council's own grade beside a figure that is not a count of councils stands.
	expect(types('2022-05-12', 'Ofsted found 30 social workers had left, and rated Wigan Council’s children’s services inadequate.')).toContain('inspection-judgement/inadequate');
});

test('an aim for a grade at the next inspection is no judgement', () => {
	const lede = 'Bury Council approved an extra £1m for children’s social care.';
	expect(types('2022-05-12', lede, 'The goal of the new administration is for children’s social care to have at least one area judged ‘outstanding’ at the next inspection.')).toEqual(['funding']);
	expect(types('2022-05-12', lede, 'Its ambition is for every part of the service to be rated good by Ofsted within three years.')).toEqual(['funding']);
	// A grade given stays.
	expect(types('2022-05-12', lede, 'At least one area of the service was judged ‘outstanding’ at the inspection in March.')).toContain('inspection-judgement/outstanding');
});
