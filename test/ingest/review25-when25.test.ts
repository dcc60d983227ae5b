/**
 * Review of the ten date rules of when25 on news they were not written from: for each family, sentences it should date
 * and near misses where the date it would give is another council's, another service's, another person's, another
 * matter's or history. Each case lists the family's events as the extractor now dates them (type, date, '~' when
 * approximate; '-' undated). Sentences written for this review.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';
import type {EventType} from '../../source/corpus/schema.js';

const today = new Date('2026-11-22T12:00:00Z');
const notJudged = (t: EventType): boolean => t !== 'inspection-judgement' && t !== 'inspection-visit';
const families: Record<string, (t: EventType) => boolean> = {
	grades: (t) => t === 'inspection-judgement',
	letter: (t) => t === 'improvement-notice-lifted' || t === 'commissioner-appointed',
	own: (t) => t === 'inspection-judgement',
	after: notJudged,
	notice: (t) => t === 'improvement-notice',
	refusal: (t) => t === 'resignation-refused',
	told: (t) => t === 'inspection-judgement',
	decision: notJudged,
	meeting: notJudged,
};
const dated = (family: string, published: string | null, authority: string | null, text: string): string[] =>
	extractArticle(`title: Council news\n${published ? `date: ${published}\n` : ''}${authority ? `authority: ${authority}\n` : ''}\n${text.replace(/ \/ /g, '\n\n')}\n`, {today})
		.events.filter((e) => families[family]!(e.type))
		.map((e) => `${e.type} ${e.date.value ?? '-'}${e.date.approximate ? '~' : ''}`);

const cases: Record<string, [string | null, string | null, string, 'date' | 'near', string[]][]> = {
	grades: [
		["2024-03-14", "Norfolk", "Norfolk County Council's children's services were rated good, Ofsted said on Tuesday. / Services for care leavers were rated outstanding.", "date", ["inspection-judgement 2024-03-12","inspection-judgement 2024-03-12~"]],
		["2024-03-14", "Norfolk", "Ofsted rated Norfolk's children's services requires improvement in a report published on Monday. / The experiences of children in care were judged good.", "date", ["inspection-judgement 2024-03-11","inspection-judgement 2024-03-11~"]],
		["2024-03-14", "Norfolk", "Norfolk's children's services were rated good by Ofsted on Tuesday. / Leadership was rated outstanding.", "date", ["inspection-judgement 2024-03-12"]],
		["2024-03-14", "Norfolk", "Norfolk's children's services were rated good by Ofsted on Tuesday. / Neighbouring Suffolk's services were rated inadequate.", "near", ["inspection-judgement 2024-03-12","inspection-judgement -"]],
		["2024-03-14", "Norfolk", "Norfolk's children's services were rated good by Ofsted on Tuesday. / Its adult social care services were rated requires improvement by the Care Quality Commission.", "near", ["inspection-judgement 2024-03-12","inspection-judgement 2024-03-14~"]],
		["2024-03-14", "Norfolk", "Norfolk's children's services were rated good by Ofsted on Tuesday. / In 2015 the service was rated inadequate.", "near", ["inspection-judgement 2024-03-12","inspection-judgement 2015"]],
		["2024-03-14", "Norfolk", "Norfolk's children's services were rated good by Ofsted on Tuesday. / The council's fostering agency was rated outstanding in a separate inspection.", "near", ["inspection-judgement 2024-03-12","inspection-judgement 2024-03-14~"]],
		["2024-03-14", "Norfolk", "Norfolk's children's services were rated good by Ofsted on Tuesday. / A decade ago the department was rated inadequate.", "near", ["inspection-judgement 2024-03-12","inspection-judgement -"]],
		["2024-03-14", "Norfolk", "Norfolk's children's services were rated good by Ofsted on Tuesday. / Was leadership rated outstanding? No.", "near", ["inspection-judgement 2024-03-12"]],
		["2024-03-14", "Norfolk", "Norfolk's children's services were rated good by Ofsted on Tuesday. / Youth justice services in the county were rated inadequate by the probation inspectorate.", "near", ["inspection-judgement 2024-03-12","inspection-judgement 2024-03-14~"]],
		["2024-03-14", "Norfolk", "Norfolk's children's services were rated good by Ofsted on Tuesday. / Suffolk was rated inadequate.", "near", ["inspection-judgement 2024-03-12","inspection-judgement -"]],
		["2024-03-14", "Norfolk", "Norfolk's children's services were rated good by Ofsted on Tuesday. / In the report before, leadership was rated inadequate.", "near", ["inspection-judgement 2024-03-12"]],
		["2024-03-14", "Norfolk", "Norfolk's children's services were rated good by Ofsted on Tuesday. / Parents say the service should have been rated outstanding.", "near", ["inspection-judgement 2024-03-12"]],
		["2024-03-14", "Norfolk", "Norfolk's children's services were rated good by Ofsted on Tuesday. / Inspectors said the service could be rated outstanding next time.", "near", ["inspection-judgement 2024-03-12","inspection-judgement 2024-03-14~"]],
		["2024-03-14", "Norfolk", "Norfolk's children's services were rated good by Ofsted on Tuesday. / Norfolk's SEND services were rated inadequate by a joint inspection.", "near", ["inspection-judgement 2024-03-12","inspection-judgement 2024-03-14~"]],
		["2024-03-14", "Norfolk", "Norfolk's children's services were rated good by Ofsted on Tuesday. / Three years ago, services for care leavers were rated inadequate.", "near", ["inspection-judgement 2024-03-12","inspection-judgement 2021~"]],
	],
	letter: [
		["2023-06-16", "Cumbria", "The improvement notice on Cumbria's children's services has been lifted. / In a letter dated 12 June, the children's minister said progress had been sustained.", "date", ["improvement-notice-lifted 2023-06-12~"]],
		["2023-06-16", "Cumbria", "A commissioner has been appointed to Cumbria's children's services, a letter published on Wednesday reveals.", "date", ["commissioner-appointed 2023-06-14~"]],
		["2023-06-16", "Cumbria", "The government has lifted the statutory direction on Cumbria. / The minister's letter, dated 13 June, praises the progress staff have made.", "date", ["improvement-notice-lifted 2023-06-13~"]],
		["2023-06-16", "Cumbria", "The improvement notice on Cumbria has been lifted. / In a letter dated 12 June, the minister told Lancaster University its funding bid had failed.", "near", ["improvement-notice-lifted 2023-06-16~"]],
		["2023-06-16", "Cumbria", "The improvement notice on Cumbria has been lifted. / In a separate letter dated 12 June, the schools minister wrote to Cumbria about school transport.", "near", ["improvement-notice-lifted 2023-06-16~"]],
		["2023-06-16", "Cumbria", "The improvement notice on Cumbria has been lifted. / A commissioner has been sent into neighbouring Lincolnshire, a letter published on Wednesday reveals.", "near", ["improvement-notice-lifted 2023-06-16~","commissioner-appointed 2023-06-14~"]],
		["2023-06-16", "Cumbria", "The improvement notice on Cumbria has been lifted. / In a letter dated 12 June, the minister asked the council for a plan on SEND transport.", "near", ["improvement-notice-lifted 2023-06-16~"]],
		["2023-06-16", "Cumbria", "The improvement notice on Cumbria has been lifted. / The minister will write to the council in a letter dated 20 June setting out next steps.", "near", ["improvement-notice-lifted 2023-06-16~"]],
		["2023-06-16", null, "An improvement notice was lifted. / The minister denied in a letter dated 12 June that any notice had been lifted.", "near", []],
		["2023-06-16", "Cumbria", "A commissioner has been appointed to Cumbria's children's services. / Was the letter dated 12 June? The department would not say.", "near", ["commissioner-appointed 2023-06-16~"]],
		["2023-06-16", "Cumbria", "The improvement notice on Cumbria has been lifted. / In a letter dated 12 June, the minister said the notice on Northumberland would stay.", "near", ["improvement-notice-lifted 2023-06-16~"]],
		["2023-06-16", "Cumbria", "The improvement notice on Cumbria has been lifted. / In a letter dated 12 June, the minister said services in Cumbria would be checked again in 2025.", "date", ["improvement-notice-lifted 2023-06-12~"]],
	],
	own: [
		["2024-02-01", "Leeds", "Leeds children's services were rated outstanding in 2022, and had been judged good in 2015.", "date", ["inspection-judgement 2022","inspection-judgement 2015"]],
		["2024-02-01", "Leeds", "The service was rated good at its inspection in 2019, and had been rated inadequate in 2014.", "date", ["inspection-judgement 2019","inspection-judgement 2014"]],
		["2024-02-01", "Leeds", "Leeds was rated outstanding in March 2022, and was rated good in June 2017.", "date", ["inspection-judgement 2022-03","inspection-judgement 2017-06"]],
		["2024-02-01", "Leeds", "Leeds was rated outstanding in 2022, and Bradley council was rated inadequate in 2018.", "near", ["inspection-judgement 2022","inspection-judgement 2018"]],
		["2024-02-01", "Leeds", "Leeds children's services were rated outstanding in 2022, and its adult services were rated good last year.", "near", ["inspection-judgement 2022","inspection-judgement 2023"]],
		["2024-02-01", "Leeds", "Leeds was rated outstanding, and inspectors said in 2022 that it could be rated good in 2025.", "near", ["inspection-judgement 2024-02-01~","inspection-judgement 2024-02-01~"]],
		["2024-02-01", "Leeds", "Leeds was rated outstanding in the inspection, and the youth offending team was rated good in 2021.", "near", ["inspection-judgement 2024-02-01~","inspection-judgement 2021"]],
		["2024-02-01", "Leeds", "Leeds was rated good between 2015 and 2018, and has been rated outstanding since 2022.", "near", ["inspection-judgement 2015","inspection-judgement 2022"]],
		["2024-02-01", "Leeds", "Leeds was rated outstanding, and was not rated inadequate in 2014 as claimed.", "near", ["inspection-judgement 2024-02-01~"]],
		["2024-02-01", "Leeds", "Leeds was rated good in 2019, and had been expected to be rated outstanding in 2022.", "near", ["inspection-judgement 2019","inspection-judgement 2022"]],
		["2024-02-01", "Leeds", "Leeds was rated good at the inspection, and leaders hope it will be rated outstanding in 2026.", "near", ["inspection-judgement 2024-02-01~"]],
	],
	after: [
		["2024-05-10", "Essex", "Calls for the director to resign were made after the 2019 SEND inspection.", "date", ["resignation-call 2019"]],
		["2024-05-10", "Essex", "Essex was issued with an improvement notice after being rated inadequate in 2021.", "date", ["improvement-notice 2021~"]],
		[null, "Essex", "A children's commissioner was appointed following the 2018 inspection of Essex.", "date", ["commissioner-appointed 2018"]],
		["2024-05-10", "Essex", "A commissioner was appointed to Essex after Suffolk was rated inadequate in 2017.", "near", ["commissioner-appointed 2024-05-10~"]],
		["2024-05-10", "Essex", "The director resigned in March after a review of the 2019 inspection was published.", "near", ["resignation 2024-03"]],
		["2024-05-10", "Essex", "Essex was rated good after a 2022 improvement plan was drawn up.", "near", ["improvement-plan 2022"]],
		["2024-05-10", "Essex", "Calls for the director to resign were made after the council planned a 2025 inspection.", "near", ["resignation-call 2024-05-10~"]],
		["2024-05-10", "Essex", "Essex was rated inadequate after inspectors visited in 2019, 2020 and 2023.", "near", []],
		["2024-05-10", "Essex", "Essex was rated inadequate this week after problems first identified in 2019 were not fixed.", "near", []],
	],
	notice: [
		["2024-09-20", "Somerset", "Somerset remains under the improvement notice issued in March 2022.", "date", ["improvement-notice 2022-03"]],
		["2024-09-20", "Somerset", "The council is still working under an improvement notice imposed in 2021.", "date", ["improvement-notice 2021"]],
		["2024-09-20", "Somerset", "Somerset is under an improvement notice served last year.", "date", ["improvement-notice 2023"]],
		["2024-09-20", "Somerset", "Somerset remains under the improvement notice issued to Dorset in March 2022.", "near", ["improvement-notice -"]],
		["2024-09-20", "Somerset", "Somerset is under an improvement notice issued after the report published in March 2022.", "near", ["improvement-notice -"]],
		["2024-09-20", "Somerset", "Somerset remains under an improvement notice issued by the minister, who was appointed in March 2022.", "near", ["improvement-notice -"]],
		["2024-09-20", "Somerset", "Somerset is under an improvement notice issued following the inspection in 2021.", "near", ["improvement-notice -"]],
		["2024-09-20", "Somerset", "Somerset is under an improvement notice issued in error, councillors claimed in May.", "near", ["improvement-notice -"]],
		["2024-09-20", "Somerset", "Somerset is under an improvement notice, like Dorset, which was issued one in 2022.", "near", ["improvement-notice -"]],
		["2024-09-20", "Somerset", "Somerset remains under the improvement notice the minister issued, a council report said in March 2022.", "near", ["improvement-notice -"]],
		["2024-09-20", "Somerset", "Somerset remains under an improvement notice issued to the council, whose leader resigned in 2021.", "near", ["improvement-notice -"]],
	],
	refusal: [
		["2024-10-10", "Dorset", "Calls for the leader to resign grew louder on Tuesday, but she said she had no intention of stepping down.", "date", ["resignation-refused 2024-10-08~"]],
		["2024-10-10", "Dorset", "Opposition councillors demanded his resignation at Monday's meeting, but he said he would not resign.", "date", ["resignation-refused 2024-10-07~"]],
		["2024-10-10", "Dorset", "Parents called for the director to quit on Wednesday, but she refused to go.", "date", ["resignation-refused 2024-10-09~"]],
		["2024-10-10", "Dorset", "Calls for Suffolk's leader to resign grew on Tuesday, but Dorset's leader said she would not step down.", "near", ["resignation-refused 2024-10~"]],
		["2024-10-10", "Dorset", "Calls for the leader to resign grew louder on Tuesday, but the director said she would not be moving to another job.", "near", []],
		["2024-10-10", "Dorset", "Councillors will call for the leader to resign at Tuesday's meeting, but she has said she will not step down.", "near", ["resignation-refused 2024-10~"]],
		["2024-10-10", "Dorset", "Calls for the leader to resign were made on Tuesday, but she refused to comment on the budget.", "near", []],
		["2024-10-10", "Dorset", "Did anyone call for the leader to resign on Tuesday? No, but she said she would not step down in any case.", "near", ["resignation-refused 2024-10~"]],
		["2024-10-10", "Dorset", "Calls for the leader to resign grew louder on Tuesday, but she said last month she would not resign.", "near", ["resignation-refused 2024-09"]],
		["2024-10-10", "Dorset", "Calls for the director to resign were made on Tuesday, but the leader said he would not step down.", "near", ["resignation-refused 2024-10~"]],
		["2024-10-10", "Dorset", "Calls for the leader of Wiltshire Council to resign grew on Tuesday, but Dorset's leader said he would not resign.", "near", ["resignation-refused 2024-10~"]],
		["2024-10-10", "Dorset", "Calls for her to go grew louder on Tuesday, but the council said she would not step down.", "near", ["resignation-refused 2024-10~"]],
	],
	told: [
		["2024-04-04", "Cornwall", "The last full inspection of Cornwall was in 2019. / It rated services good.", "date", ["inspection-judgement 2019~"]],
		["2024-04-04", "Cornwall", "Ofsted inspected Cornwall's children's services in March 2018. / Inspectors found services to be outstanding.", "date", ["inspection-judgement 2018-03~"]],
		["2024-04-04", "Cornwall", "The previous inspection took place in 2017. / It gave the service a requires improvement rating.", "date", ["inspection-judgement 2017~"]],
		["2024-04-04", "Cornwall", "Somerset's children's services were inspected in 2019. / Inspectors found Cornwall's services to be good.", "near", ["inspection-judgement 2024-04-04~"]],
		["2024-04-04", "Cornwall", "The council's schools were inspected in 2019. / Inspectors found children's services to be good.", "near", ["inspection-judgement 2024-04-04~"]],
		["2024-04-04", "Cornwall", "An inspection is planned for 2025. / Inspectors found services to be good at the last visit.", "near", ["inspection-judgement -"]],
		["2024-04-04", "Cornwall", "The last full inspection was in 2019. / A new inspection this week found services to be outstanding.", "near", ["inspection-judgement 2024-04-04~"]],
		["2024-04-04", "Cornwall", "Cornwall's care homes were inspected by the Care Quality Commission in 2019. / It rated the children's services good.", "near", ["inspection-judgement -"]],
		["2024-04-04", "Cornwall", "Ofsted's annual report in 2019 covered 150 councils. / It rated Cornwall's services good.", "near", ["inspection-judgement 2024-04-04~"]],
	],
	decision: [
		["2024-06-14", "Hull", "Hull City Council has agreed to set up an improvement board for children's services. / The decision was made at a meeting on Tuesday.", "date", ["improvement-board 2024-06-11~"]],
		["2024-06-14", "Hull", "A commissioner has been appointed to Hull's children's services. / The announcement came on Wednesday.", "date", ["commissioner-appointed 2024-06-12~"]],
		["2024-06-14", "Hull", "Hull has been issued with an improvement notice. / The move was confirmed on Monday.", "date", ["improvement-notice 2024-06-10~"]],
		["2024-06-14", "Hull", "Hull City Council has agreed to set up an improvement board. / The decision on the budget was made at a meeting on Tuesday.", "near", ["improvement-board 2024-06-14~"]],
		["2024-06-14", "Hull", "Hull City Council has agreed to set up an improvement board. / The decision to close two children's homes was made on Tuesday.", "near", ["improvement-board 2024-06-14~","other 2024-06-11~"]],
		["2024-06-14", "Hull", "Hull City Council has agreed to set up an improvement board. / Was the decision made on Tuesday? The council would not say.", "near", ["improvement-board 2024-06-14~"]],
		["2024-06-14", "Hull", "Hull City Council has agreed to set up an improvement board. / The council denied the decision was made on Tuesday.", "near", ["improvement-board 2024-06-14~"]],
		["2024-06-14", "Hull", "Hull City Council has agreed to set up an improvement board. / A similar decision was made by East Riding council on Tuesday.", "near", ["improvement-board 2024-06-14~"]],
		["2024-06-14", "Hull", "Hull City Council has agreed to set up an improvement board. / The vote on the new headquarters took place on Tuesday.", "near", ["improvement-board 2024-06-14~"]],
		["2024-06-14", "Hull", "Hull City Council has agreed to set up an improvement board. / The decision was made by East Riding council on Tuesday.", "near", ["improvement-board 2024-06-14~"]],
		["2024-06-14", "Hull", "A commissioner has been appointed to Hull's children's services. / The announcement of the council's budget came on Wednesday.", "near", ["commissioner-appointed 2024-06-14~"]],
		["2024-06-14", "Hull", "Hull has been issued with an improvement notice. / The move was first proposed on Monday, but no decision has been taken.", "near", ["improvement-notice 2024-06-14~"]],
	],
	meeting: [
		["2024-06-14", "Hull", "An improvement board was agreed at a meeting of the cabinet. / The meeting, held on Tuesday, heard from the director.", "date", ["improvement-board 2024-06-11~"]],
		["2024-06-14", "Hull", "Calls for the leader to resign were rejected at a special meeting of the full council. / Separately, the director told a scrutiny meeting on Monday that caseloads had fallen.", "near", ["resignation-call 2024-06-14~"]],
		["2024-06-14", "Hull", "Calls for the leader to resign were rejected at a special meeting of the full council. / Last year the director told the meeting on Monday that caseloads had fallen.", "near", ["resignation-call 2024-06-14~"]],
		["2024-06-14", "Hull", "Calls for the leader to resign were rejected at a special meeting of the full council. / East Riding's leader told the meeting on Monday of the neighbouring council that he would stay.", "near", ["resignation-call 2024-06-14~"]],
		["2024-06-14", "Hull", "Calls for the leader to resign were rejected at a special meeting of the full council. / Nobody told the meeting on Monday whether the board would be set up.", "near", ["resignation-call 2024-06-14~"]],
		["2024-06-14", "Hull", "Calls for the leader to resign were rejected at a special meeting of the full council. / The director will tell the meeting on Monday about the budget.", "near", ["resignation-call 2024-06-14~"]],
		["2024-06-14", "Hull", "Calls for the leader to resign were rejected at a special meeting of the full council on 2 May. / The director told the meeting on Monday that caseloads had fallen.", "near", ["resignation-call 2024-05-02"]],
		["2024-06-14", "Hull", "Calls for the leader to resign were rejected at a special meeting of the full council. / The cabinet meeting, held on Tuesday, agreed the budget.", "near", ["resignation-call 2024-06-14~"]],
		["2024-06-14", "Hull", "Calls for the leader to resign were rejected at a special meeting of the full council. / A parent told the meeting on Monday of the schools forum that she was worried.", "near", ["resignation-call 2024-06-14~"]],
		["2024-06-14", "Hull", "An improvement board was agreed at a meeting of the cabinet. / The meeting of the schools forum, held on Tuesday, heard from the director.", "near", ["improvement-board 2024-06-14~"]],
	],
};

for (const [family, list] of Object.entries(cases)) {
	describe(`when25 ${family}`, () => {
		for (const [published, authority, text, kind, want] of list) it(`${kind}: ${text.slice(0, 80)}`, () => expect(dated(family, published, authority, text)).toEqual(want));
	});
}
