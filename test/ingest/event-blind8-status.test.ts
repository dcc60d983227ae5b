/**
 * A status an eighth blind reading found wrong: a visit made "earlier this month" marked planned because an
 * appositive after it says what the council hopes it "will show". Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {article} from './article.js';

const visits = (...paragraphs: string[]) =>
	article('2022-03-28', ...paragraphs)
		.events.filter((e) => e.type === 'inspection-visit')
		.map((e) => e.status ?? 'happened');

test('a visit to come, with what it is hoped to show, stays planned', () => {
	expect(visits('Ofsted will spend two weeks at Bury Council’s children’s services next month, a visit which leaders hope will show real progress.')).toEqual(['planned']);
	expect(visits('Inspectors are due at Rochdale Borough Council in the spring, a visit that could decide whether the notice is lifted.')).toEqual(['planned']);
});

test('"spent two weeks ... earlier this month, a visit which the council hopes will show ...": the visit was made', () => {
	expect(visits('Ofsted spent two weeks at Bury Council’s children’s services earlier this month, a visit which leaders hope will show how far the service has come.')).toEqual(['happened']);
	expect(visits('Inspectors were at Rochdale Borough Council for a week in February, an inspection that the council believes will lift its grade.')).toEqual(['happened']);
});
