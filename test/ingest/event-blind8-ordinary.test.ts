/**
 * Ordinary sentences that share the eighth blind measure's rules' words and report no children's-services event (the
 * session's review wrote the first of them), beside the events those words do tell. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {article} from './article.js';

const typed = (type: string, text: string) =>
	article('2023-05-10', 'Leeds City Council is in the news again.', text)
		.events.filter((e) => e.type === type)
		.map((e) => `${e.rating ?? '-'} ${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}`);

test('bus, train and adult social care services that remain good are no judgement; the council’s services are', () => {
	expect(typed('inspection-judgement', 'Bus services in Leeds remain good despite the driver shortage, the operator said.')).toEqual([]);
	expect(typed('inspection-judgement', 'Leeds City Council’s adult social care services remain good, according to the Care Quality Commission.')).toEqual([]);
	expect(typed('inspection-judgement', 'Leeds City Council’s overall services remain inadequate, Ofsted said.')).toEqual(['inadequate 2023-05-10~']);
});

test('a royal visit or a prison’s inspection "held in May" is no visit', () => {
	expect(typed('inspection-visit', 'The royal visit, held in June, drew thousands to Leeds.')).toEqual([]);
	expect(typed('inspection-visit', 'The prison inspection in Leeds, held in May, found cells infested with rats.')).toEqual([]);
});

test('an improvement order from the Environment Agency or a league is no notice; one from the government is', () => {
	expect(typed('improvement-notice', 'The quarry operator near Leeds was handed an improvement order by the Environment Agency.')).toEqual([]);
	expect(typed('improvement-notice', 'The football club in Leeds was handed an improvement order by the league.')).toEqual([]);
	expect(typed('improvement-notice', 'Leeds City Council has been handed an improvement order by the government.')).toEqual(['- 2023-05-10~']);
});

test('a grant paid to the council is funding; a salary is not', () => {
	expect(typed('funding', 'Leeds City Council has been paid £2m by the Department for Education to improve its children’s services.')).toEqual(['- 2023-05-10~']);
	expect(typed('funding', 'The director of children’s services at Leeds City Council is paid more than £140,000 a year.')).toEqual([]);
});
