/**
 * Shapes a sixth blind reading of real pages showed: settings graded one by one beside the service, dates of past
 * visits in a sentence about what is still to come, a range of days given month first with "this year", and two
 * judgements of the same grade told apart. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';
import {article, today} from './article.js';

test('"two children’s homes were judged inadequate", "a quarter of nurseries inspected were judged requires improvement": settings’ grades, not the council’s children’s services’', () => {
	const services = (published: string, ...paragraphs: string[]) => article(published, ...paragraphs).events.filter((e) => e.type === 'inspection-judgement').map((e) => `${e.rating} ${e.service ?? 'children’s services'}`);
	expect(services('2023-05-02', 'Ofsted’s inspections across Rutland found too many services for vulnerable children were weak.', 'The outcomes were:', '• two children’s homes were judged inadequate', '• a quarter of nurseries inspected were judged require improvement')).toEqual(['inadequate other', 'requires improvement school']);
	expect(services('2023-05-02', 'Wiltshire Council’s children’s services were rated good this week; two of its residential homes were judged outstanding.')).toEqual(['good children’s services', 'outstanding other']);
});

const visits = (published: string, ...paragraphs: string[]) =>
	article(published, ...paragraphs).events.filter((e) => e.type === 'inspection-visit').map((e) => `${e.date.value === null ? 'undated' : e.date.value}${e.date.approximate ? '~' : ''} ${e.status ?? ''}`.trim());

test('"will present the findings of the monitoring visits in June and September": past visits, not planned ones', () => {
	expect(visits('2024-11-20', 'Wiltshire Council’s cabinet will hear next week how its children’s services are improving.', 'Cllr Jane Moss will present the findings of the monitoring visits in June and September to fellow cabinet members.').map((v) => v.slice(0, 7))).toEqual(['2024-06', '2024-09']);
	// A visit still to come stays so, and so does the report of one.
	expect(visits('2024-05-01', 'Wiltshire Council’s children’s services are improving.', 'The report of the next monitoring visit in July will be presented to cabinet.').map((v) => v.slice(0, 7))).toEqual(['2024-07']);
	expect(visits('2024-11-20', 'Wiltshire Council’s children’s services are improving.', 'Inspectors will carry out a monitoring visit in February.').map((v) => v.slice(0, 7))).toEqual(['2025-02']);
});

test('"following a fortnight-long inspection between January 10 and January 21 this year": the inspection before the findings to come', () => {
	expect(visits('2022-05-04', 'Ofsted’s findings on Wiltshire Council are expected to land on Monday, following a fortnight-long inspection between January 10 and January 21 this year.').map((v) => v.slice(0, 10))).toEqual(['2022-01-10']);
});

test('on a page with no date, "also judged good at its last inspection in 2019" is an earlier grade, not the date of the one reported', () => {
	const x = extractArticle(['title: Children’s services rated good', '', 'Ofsted has rated Wiltshire Council’s children’s services as ‘good’ following an inspection in March.', '', 'The service was also judged ‘good’ at its last inspection in 2019.', ''].join('\n'), {today});
	expect(x.published.value).toBeNull();
	expect(x.events.filter((e) => e.type === 'inspection-judgement').map((e) => `${e.rating} ${e.date.value ?? 'undated'}`)).toEqual(['good undated', 'good 2019']);
});

test('"follows the full inspection in June 2022 and a first monitoring visit in January 2023": two visits', () => {
	expect(visits('2023-04-14', 'Wiltshire Council’s children’s services are improving slowly, Ofsted said after a monitoring visit last month.', 'The letter follows the full inspection in June 2022 and a first monitoring visit in January 2023.').map((v) => v.slice(0, 7)).sort()).toEqual(['2022-06', '2023-01', '2023-03']);
});

test('"Inspectors visited ... between 4 and 15 March 2019. The outcome from the inspection showed ... Good": the grade of that inspection, about its date', () => {
	const x = extractArticle(['title: Council rated good', '', 'Inspectors visited Wiltshire Council between 4 and 15 March 2019. The outcome from the inspection showed that the council was providing a ‘Good’ service.', ''].join('\n'), {today});
	expect(x.events.filter((e) => e.type === 'inspection-judgement').map((e) => `${e.rating} ${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}`)).toEqual(['good 2019-03-04~']);
});

test('"Commissioners ... will be withdrawn on 30 June", "regains full control of its children’s services": the intervention’s end', () => {
	const x = article('2020-05-02', 'Commissioners sent into Rutland County Council in 2017 will be withdrawn on 30 June, the education secretary confirmed.');
	expect(x.events.map((e) => `${e.type} ${e.date.value ?? 'undated'} ${e.status ?? 'happened'}`).sort()).toEqual(['commissioner-appointed 2017 happened', 'improvement-notice-lifted 2020-06-30 planned']);
	expect(article('2021-05-02', 'Rutland County Council regained full control of its children’s services last month.').events.map((e) => `${e.type} ${e.date.value}`)).toEqual(['improvement-notice-lifted 2021-04']);
	// Control of something else is no intervention's end.
	expect(article('2021-05-02', 'Rutland County Council regained control of its finances last month.').events).toEqual([]);
});

test('"The leader and the cabinet member for children both quit": both went; "threatened to quit": nobody', () => {
	const types = (...p: string[]) => article('2021-05-02', ...p).events.map((e) => e.type);
	const both = article('2021-05-02', 'Rutland County Council’s leader Iris Moor and cabinet member for children Leo Shaw both quit.').events;
	expect(both.map((e) => `${e.type}: ${(e.participants ?? []).map((p) => `${p.name} ${p.role}`).join(', ')}`)).toEqual(['resignation: Iris Moor by, Leo Shaw by']);
	expect(types('Rutland County Council’s leader Iris Moor threatened to quit.')).toEqual([]);
	const went = (sentence: string) => article('2021-05-02', sentence).events.map((e) => `${e.type}: ${(e.participants ?? []).map((p) => `${p.name} ${p.role}`).join(', ')}`);
	expect(went('Rutland County Council’s leader Iris Moor and cabinet member Leo Shaw both quit their posts.')).toEqual(['resignation: Iris Moor by, Leo Shaw by']);
	expect(went('Rutland County Council’s leader Iris Moor and cabinet member Leo Shaw both resigned on Monday.')).toEqual(['resignation: Iris Moor by, Leo Shaw by']);
});

test('"additional funding has been allocated", "has secured substantial financial investment": funding, though no sum is given', () => {
	const types = (...p: string[]) => article('2021-05-02', ...p).events.map((e) => e.type);
	expect(types('Wiltshire Council’s work to improve its children’s services began last year and additional funding has been allocated to support the changes.')).toEqual(['funding']);
	expect(types('Wiltshire Council has secured substantial financial investment to improve its children’s services.')).toEqual(['funding']);
	// Funding asked for, or cut, is not funding found.
	expect(types('Wiltshire Council’s children’s services need more funding, the director said.')).toEqual([]);
});
