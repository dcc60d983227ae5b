/**
 * A call to go that is renewed, repeated or made again tells of an earlier call too: "today renewed his call for the
 * cabinet member to resign" is the call of today and one before it, undated unless the article dates it. Each beside
 * near-misses: a call renewed for something other than a going, a renewal denied or asked about, an earlier call the
 * article dates. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {rows} from './pb4-rows.js';

// (Today's call is dated by the date rules, exactly or not: only the earlier, undated one is this test's.)
const of = (type: string, published: string, ...text: string[]) => rows(published, ...text).filter((r) => r.startsWith(`${type} `));

test('a renewed, repeated or reiterated call to go tells of an earlier call, undated', () => {
	expect(of('resignation-call', '2016-10-18', 'Cllr Amos Reid today renewed his call for Bromley’s cabinet member for children to resign.').map((r) => r.replace(/ 2016-10-\d\d~?$/, ' dated'))).toEqual(['resignation-call dated', 'resignation-call undated']);
	expect(of('resignation-call', '2016-10-18', 'Bromley’s Liberal Democrats have repeated their demand that the director of children’s services step down.').map((r) => r.replace(/ 2016-10-\d\d~?$/, ' dated'))).toEqual(['resignation-call dated', 'resignation-call undated']);
	expect(of('resignation-call', '2016-10-18', 'Calls for Bromley’s lead member for children to resign were renewed at Tuesday’s council meeting.').map((r) => r.replace(/ 2016-10-\d\d~?$/, ' dated'))).toEqual(['resignation-call dated', 'resignation-call undated']);
	expect(of('resignation-call', '2016-10-18', 'Opposition leader Cllr Jane Fox today reiterated her call for Bromley’s council leader to quit over the Ofsted report.').map((r) => r.replace(/ 2016-10-\d\d~?$/, ' dated'))).toEqual(['resignation-call dated', 'resignation-call undated']);
	expect(of('resignation-call', '2016-10-18', 'Cllr Ray Dunn again called for Bromley’s portfolio holder for children to go after the inadequate rating.').map((r) => r.replace(/ 2016-10-\d\d~?$/, ' dated'))).toEqual(['resignation-call dated', 'resignation-call undated']);
	expect(of('resignation-call', '2016-10-18', 'Parents in Bromley renewed calls for the director of children’s services to stand down.').map((r) => r.replace(/ 2016-10-\d\d~?$/, ' dated'))).toEqual(['resignation-call dated', 'resignation-call undated']);
});

test('a renewal of something else, denied, asked about, or of a call the article dates adds no earlier call', () => {
	expect(of('resignation-call', '2016-10-18', 'Cllr Amos Reid renewed his call for more money for Bromley’s children’s services.')).toEqual([]);
	expect(of('resignation-call', '2016-10-18', 'Cllr Amos Reid renewed his membership of Bromley’s children’s services scrutiny panel.')).toEqual([]);
	expect(of('resignation-call', '2016-10-18', 'Cllr Amos Reid said he had not renewed his call for Bromley’s director to resign.').filter((r) => r.endsWith('undated'))).toEqual([]);
	expect(of('resignation-call', '2016-10-18', 'Will Cllr Reid renew his call for Bromley’s director of children’s services to resign?').filter((r) => r.endsWith('undated'))).toEqual([]);
	expect(of('resignation-call', '2016-10-18', 'Cllr Amos Reid first called for Bromley’s cabinet member to resign in August.', 'He today renewed his call for the cabinet member for children to resign.').filter((r) => r.endsWith('undated'))).toEqual([]);
});
