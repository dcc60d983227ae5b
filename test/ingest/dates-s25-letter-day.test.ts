/**
 * The day of the minister's letter that made the news: a notice lifted or served, a direction revoked or a
 * commissioner sent in, told with no date of its own, takes the day of the government's letter the article gives
 * ("a letter published on Friday reveals", "In a letter dated 21 December, the minister said"), approximately
 * (event-letter-day.ts). Near misses: the inspectorate's, councillors' or parents' letter, a letter of years before
 * told in the past perfect, a planned lifting, a lifting with a date of its own. Sentences written for this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const decisions = (published: string, text: string) =>
	extractArticle(`title: Council news\ndate: ${published}\nauthority: Derbyshire\n\n${text.replace(/ \/ /g, '\n\n')}\n`, {today})
		.events.filter((e) => e.type === 'improvement-notice-lifted' || e.type === 'commissioner-appointed')
		.map((e) => `${e.type} ${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}`);

describe("an intervention decision takes the day of the letter that told it", () => {
	const cases: [string, string, string][] = [
		['2022-07-11', "The children's minister has agreed to lift the direction imposed on Derbyshire in 2019, a letter published on Friday reveals.", 'improvement-notice-lifted 2022-07-08~'],
		['2023-12-22', "The improvement notice placed on Derbyshire County Council's children's services in March last year has been lifted. / In a letter dated 21 December, the children's minister said the council had shown it could sustain its progress.", 'improvement-notice-lifted 2023-12-21~'],
		['2011-12-14', "An improvement notice placed on Derbyshire County Council's children's services has been lifted. / The children's minister confirmed in a letter to the council that the intervention was over. / Councillors welcomed the news. / In his letter, dated 8 December, the minister said he was satisfied with the progress made.", 'improvement-notice-lifted 2011-12-08~'],
		['2018-03-02', "A commissioner has been appointed to Derbyshire's children's services. / The minister's letter, dated 26 February, sets out the commissioner's task.", 'commissioner-appointed 2018-02-26~'],
		['2020-10-09', 'The government has lifted the statutory direction on Derbyshire. / In a letter released on Wednesday, the minister said services had improved.', 'improvement-notice-lifted 2020-10-07~'],
		['2016-05-20', 'Derbyshire is no longer under an improvement notice. / The Department for Education lifted the notice in a letter to the chief executive on Monday 16 May.', 'improvement-notice-lifted 2016-05-16'],
	];
	for (const [day, text, want] of cases) it(`${want}: ${text.slice(0, 60)}`, () => expect(decisions(day, text)).toContain(want));
});

describe("other letters, and decisions with a date of their own, keep their dates", () => {
	const cases: [string, string, string][] = [
		['2022-07-11', 'The improvement notice on Derbyshire has been lifted. / An Ofsted letter published on Friday after a monitoring visit found further progress.', 'improvement-notice-lifted 2022-07-11~'],
		['2022-07-11', 'The improvement notice on Derbyshire has been lifted. / A letter dated 4 March 2019 had first warned the council of the risks.', 'improvement-notice-lifted 2022-07-11~'],
		['2022-07-11', 'The improvement notice on Derbyshire has been lifted. / Councillors sent a letter on Friday asking for more money.', 'improvement-notice-lifted 2022-07-11~'],
		['2022-07-11', 'The improvement notice on Derbyshire will be lifted, the minister said. / A letter published on Friday set out the terms.', 'improvement-notice-lifted 2022-07~'],
		['2022-07-11', 'The improvement notice on Derbyshire was lifted in May. / A letter published on Friday gave the reasons.', 'improvement-notice-lifted 2022-05'],
		['2022-07-11', 'The improvement notice on Derbyshire has been lifted. / Parents wrote to the minister in a letter dated 1 July.', 'improvement-notice-lifted 2022-07-11~'],
	];
	for (const [day, text, want] of cases) it(text.slice(0, 90), () => expect(decisions(day, text)).toContain(want));
});
